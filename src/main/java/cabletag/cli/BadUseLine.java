package cabletag.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line for arguments that picocli could not take: a path this locale cannot hold, named as such;
 * else picocli's own message.
 */
final class BadUseLine {

    private BadUseLine() {
    }

    static String of(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e.getCause() instanceof PathArgument.Unusable unusable) {
            return Cli.fullName(command) + ": " + unusable.line(e.getArgSpec());
        }
        List<String> unmatched = unmatched(e);
        Optional<String> unusablePath = unusablePath(command, unmatched);
        if (unusablePath.isPresent()) {
            return unusablePath.get();
        }
        return command.getCommandName() + ": " + e.getMessage() + " (see " + Cli.fullName(command) + " --help)";
    }

    /** The arguments left over, also when picocli stopped on something else first (a missing option). */
    private static List<String> unmatched(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched.getUnmatched();
        }
        CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
        return parsed == null ? List.of() : parsed.unmatched();
    }

    /**
     * A second or later input that is no path here: picocli leaves an argument that its converter refuses
     * out of a list of inputs, as unmatched, instead of saying why.
     */
    private static Optional<String> unusablePath(CommandLine command, List<String> unmatched) {
        for (String argument : unmatched) {
            if (argument.startsWith("-")) {
                continue;
            }
            try {
                PathArgument.input(argument);
            } catch (PathArgument.Unusable unusable) {
                return Optional.of(Cli.fullName(command) + ": " + unusable.line(null));
            }
        }
        return Optional.empty();
    }
}
