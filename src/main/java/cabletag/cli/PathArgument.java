package cabletag.cli;

import cabletag.core.ShownName;
import cabletag.formats.io.FileNameEncoding;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A path named on the command line, made from the argument as the JVM decoded it. In an ASCII locale
 * ({@code LC_ALL=C}) a name in UTF-8 cannot be a path at all; that is said in one line, as for such a name
 * met inside a folder, rather than as Java's exception or a conversion failure of picocli. In a UTF-8 locale
 * bytes that are not UTF-8 arrive as U+FFFD: an output so named is refused, since it would be written under
 * another name (an input so named is said of when it is not there, by {@code CorpusReader.missingInput}). The converters
 * run while the arguments are parsed, so the line comes before anything is read or written, from every
 * command: {@link Input} is registered for every {@code Path} of every command, {@link Output} and
 * {@link OutputName} are named by the options that say where to write.
 */
final class PathArgument {

    private PathArgument() {
    }

    /** A path to read (an {@code INPUT}), or any {@code Path} option that names no output of its own. */
    static final class Input implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return input(value);
        }
    }

    /** A file to write ({@code report --html}). */
    static final class Output implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return output(value);
        }
    }

    /** An output kept as the word typed ({@code export --output}, where {@code -} is standard output), checked as a path. */
    static final class OutputName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            output(value);
            return value;
        }
    }

    static Path input(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Unusable(value, FileNameEncoding.notValid());
        }
    }

    static Path output(String value) {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new Unusable(value, FileNameEncoding.notValidForOutput());
        }
        if (FileNameEncoding.lostBytes(value)) {
            // bytes the JVM decoded as U+FFFD: writing would make a file of another name, silently
            throw new Unusable(value, FileNameEncoding.lostBytesForOutput());
        }
        return path;
    }

    /**
     * An argument that names no path cabletag can use. picocli hands it on as the cause of its
     * {@link CommandLine.ParameterException}, whose argument tells which option it was given to.
     */
    static final class Unusable extends RuntimeException {
        private final String argument;

        Unusable(String argument, String why) {
            super(why);
            this.argument = argument;
        }

        /** The one line: the option if it was one, the argument as the JVM decoded it, and why it cannot be used. */
        String line(CommandLine.Model.ArgSpec given) {
            String option = given instanceof CommandLine.Model.OptionSpec named ? named.longestName() + " " : "";
            return option + ShownName.of(argument) + ": " + getMessage();
        }
    }
}
