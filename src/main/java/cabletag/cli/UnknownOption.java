package cabletag.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Tells an option the launcher does not know from a file to open in the window. The window takes files and
 * folders only, so an argument that starts with {@code -} and is no command's option ({@code --bogus},
 * {@code --verison}, a command's {@code -f} given before the command) is bad use: one line, exit 2, rather
 * than a window that opens on a file of that name which does not exist, or, with no display, a failure to
 * open the window. A file really named so is opened as {@code ./-x}, which the line says.
 */
public final class UnknownOption {

    /** The options of {@code cabletag} itself, which are matched exactly; a near miss is named in the line. */
    private static final List<String> OWN = List.of("--help", "--version");

    /** Two edits (a swapped pair counts as one) cover the usual slips, as for commands. */
    private static final int MAX_DISTANCE = 2;

    private UnknownOption() {
    }

    /** The one line for an argument of a window start that looks like an option, or empty for a file or folder. */
    public static Optional<String> line(String arg) {
        if (arg == null || !arg.startsWith("-")) {
            return Optional.empty();
        }
        String fileHint = "; the window takes only files and folders: a file of that name opens as ./" + arg;
        if (Cli.isCommand(arg)) { // --help, --version after a file: they stand alone
            return Optional.of("cabletag: '" + arg + "' stands alone: cabletag " + arg + fileHint);
        }
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        List<String> commands = commandsWithOption(name);
        if (!commands.isEmpty()) {
            return Optional.of("cabletag: '" + name + "' is an option of " + String.join(", ", commands)
                    + "; give the command first: cabletag " + commands.get(0) + " " + arg + " ..." + fileHint);
        }
        Optional<String> meant = closestOwnOption(name);
        if (meant.isPresent()) {
            return Optional.of("cabletag: unknown option '" + arg + "'; did you mean '" + meant.get() + "'? (see cabletag --help"
                    + fileHint + ")");
        }
        return Optional.of("cabletag: unknown option '" + arg + "' (see cabletag --help" + fileHint + ")");
    }

    /** The commands that take this option, in the order of cabletag --help. */
    private static List<String> commandsWithOption(String name) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        List<String> commands = new ArrayList<>();
        for (var command : Cli.commandLine(nowhere, nowhere).getSubcommands().entrySet()) {
            CommandLine.Model.OptionSpec option = command.getValue().getCommandSpec().findOption(name);
            if (option != null && !option.usageHelp() && !option.versionHelp()) {
                commands.add(command.getKey());
            }
        }
        return commands;
    }

    /** {@code --verison} → {@code --version}; {@code -v} and {@code -version} too: the dashes are not compared. */
    private static Optional<String> closestOwnOption(String option) {
        String word = option.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (String own : OWN) {
            String ownWord = own.substring(2);
            if (ownWord.startsWith(word)
                    || CommandNames.distance(word, ownWord) <= MAX_DISTANCE && CommandNames.distance(word, ownWord) < word.length()) {
                return Optional.of(own);
            }
        }
        return Optional.empty();
    }
}
