package cabletag.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line for arguments that picocli could not take: a path this locale cannot hold, named as such;
 * an unknown option, named with its near miss; else picocli's own message. An unknown option is named
 * first even when a required option is missing too, because the misspelling is most often why it is
 * missing ({@code --frmat jsonl} leaves {@code --format} out), and picocli would name only the missing one.
 */
final class BadUseLine {

    /** Two edits (a swapped pair counts as one) cover the usual slips, as for commands. */
    private static final int MAX_DISTANCE = 2;

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
        String see = " (see " + Cli.fullName(command) + " --help)";
        if (unmatched.isEmpty()) {
            return command.getCommandName() + ": " + e.getMessage() + see;
        }
        String unknown = new UnmatchedArgumentException(command, unmatched).getMessage() + nearMiss(command, unmatched);
        if (e instanceof MissingParameterException) {
            // "Missing required option: '--format=FORMAT'" said after the unknown option, as the rest of a sentence
            String missing = e.getMessage().replaceFirst("^Missing required ([^:]*): ", "missing required $1 ");
            return command.getCommandName() + ": " + unknown + "; " + missing + see;
        }
        return command.getCommandName() + ": " + unknown + see;
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

    /**
     * {@code " (did you mean '--format'?)"} for one unknown option within two edits of a name of an option of
     * the command (dashes and case not compared, as for cabletag's own options), else nothing.
     */
    private static String nearMiss(CommandLine command, List<String> unmatched) {
        if (unmatched.size() != 1 || !unmatched.get(0).startsWith("-")) {
            return "";
        }
        String given = unmatched.get(0);
        String word = (given.contains("=") ? given.substring(0, given.indexOf('=')) : given)
                .replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
            for (String name : option.names()) { // -F is -f, not --format: the name it is close to
                int distance = CommandNames.distance(word, name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT));
                if (distance < bestDistance) {
                    best = name;
                    bestDistance = distance;
                }
            }
        }
        return best != null && bestDistance <= MAX_DISTANCE && bestDistance < word.length() ? " (did you mean '" + best + "'?)" : "";
    }
}
