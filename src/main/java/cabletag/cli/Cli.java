package cabletag.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands: {@code export}, {@code check}, {@code stats}, {@code report}, {@code suggest}. {@link #run} returns the exit
 * code and never exits the JVM: 0 done, 1 problems found (or out of memory), 2 bad use (one line on
 * standard error, never a stack trace), 3 an internal error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int BAD_USE = 2;
    public static final int INTERNAL_ERROR = 3;

    private static final Set<String> COMMANDS = Set.of("export", "check", "stats", "report", "suggest", "help", "--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** Whether the first argument asks for a command rather than the window. */
    public static boolean isCommand(String firstArg) {
        return firstArg != null && COMMANDS.contains(firstArg);
    }

    /**
     * The one line for a first argument that is no command and no existing file or folder but close to a
     * command's name ({@code exprot}): bad use, rather than a window opened on a file that is not there.
     */
    public static java.util.Optional<String> misspelledCommand(String firstArg) {
        if (firstArg == null || isCommand(firstArg) || exists(firstArg)) {
            return java.util.Optional.empty();
        }
        return CommandNames.closestTo(firstArg).map(meant -> CommandNames.misspelled(firstArg, meant));
    }

    private static boolean exists(String path) {
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(path));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Runs a command. {@code out} is best a {@link #standardOutput()}: a failed write to it is then named
     * with its reason; any PrintStream's failed writes end the command with exit 1.
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        try {
            boolean[] outputFailureSaid = {false};
            CommandLine commandLine = commandLine(out, err, outputFailureSaid, args.length == 0 ? null : args[0]);
            int code = commandLine.execute(args);
            return outputFailureSaid[0] ? code : afterWriting(commandLine, out, err, code);
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(err); // picocli hands Errors on; the data that filled memory is gone now
        } catch (RuntimeException e) {
            if (OutOfMemory.isCause(e)) {
                return OutOfMemory.report(err);
            }
            err.println("cabletag: internal error: " + e);
            return INTERNAL_ERROR;
        }
    }

    /** The process's standard output for {@link #run}: System.out's bytes, and the reason when a write fails. */
    public static PrintStream standardOutput() {
        return StandardOutput.open();
    }

    /**
     * A write to standard output that failed and was not said yet (the commands that print at the end, help,
     * version) ends the run with exit 1 and its one line: a result that never arrived is no success.
     */
    private static int afterWriting(CommandLine commandLine, PrintStream out, PrintStream err, int code) {
        commandLine.getOut().flush(); // help and version are printed through picocli's writer, over out
        out.flush(); // into a pipe or a file, standard output is written a block at a time: the last block now
        if (code != OK && code != PROBLEMS || !out.checkError()) {
            return code;
        }
        CommandLine ran = commandLine;
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
            ran = parsed.commandSpec().commandLine();
        }
        ProblemLine.print(err, fullName(ran) + ": " + StandardOutput.failureLine(out));
        return PROBLEMS;
    }

    /** Every command, as {@code cabletag --help} lists them. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, new boolean[1], null);
    }

    /**
     * {@code outputFailureSaid} is set when a command stopped on a failed output and its line was printed.
     * {@code firstArg} naming a command builds that command alone: picocli reads each command's options from
     * its annotations, about a third of a command's start, and a run uses one of them (docs/PERFORMANCE.md).
     * Anything else (help, a misspelt name, none) gets every command, so that help and the parser's own lines
     * name them all.
     */
    private static CommandLine commandLine(PrintStream out, PrintStream err, boolean[] outputFailureSaid, String firstArg) {
        CommandLine commandLine = new CommandLine(new Root(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExportCommand.class) {
                    return type.cast(new ExportCommand(out, err));
                }
                if (type == CheckCommand.class) {
                    return type.cast(new CheckCommand(out, err));
                }
                if (type == StatsCommand.class) {
                    return type.cast(new StatsCommand(out, err));
                }
                if (type == ReportCommand.class) {
                    return type.cast(new ReportCommand(out, err));
                }
                if (type == SuggestCommand.class) {
                    return type.cast(new SuggestCommand(out, err));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        // before the settings below: picocli hands converters and handlers to the subcommands it holds then
        for (Class<?> command : SUBCOMMANDS) {
            if (firstArg == null || !RUNNABLE.contains(firstArg) || firstArg.equals(nameOf(command))) {
                commandLine.addSubcommand(command);
            }
        }
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        // every Path of every command, inputs and options alike: a name this locale cannot hold is one line
        commandLine.registerConverter(java.nio.file.Path.class, new PathArgument.Input());
        commandLine.setParameterExceptionHandler((e, args) -> {
            err.println(BadUseLine.of(e));
            return BAD_USE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (OutOfMemory.isCause(e)) {
                return OutOfMemory.report(err);
            }
            if (e instanceof NothingReadException) {
                ProblemLine.printAll(err, ((NothingReadException) e).lines());
                return PROBLEMS;
            }
            if (e instanceof CorrectionsUnreadableException unreadable) {
                ProblemLine.print(err, fullName(cmd) + ": " + unreadable.line(cmd.getCommandName()));
                return PROBLEMS;
            }
            if (e instanceof OutputFailedException) {
                ProblemLine.print(err, fullName(cmd) + ": " + e.getMessage());
                outputFailureSaid[0] = true;
                return PROBLEMS;
            }
            if (e instanceof UsageException) {
                ProblemLine.print(err, fullName(cmd) + ": " + e.getMessage());
                return BAD_USE;
            }
            err.println(fullName(cmd) + ": internal error: " + e);
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    /** In the order {@code cabletag --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ExportCommand.class, CheckCommand.class, StatsCommand.class,
            ReportCommand.class, SuggestCommand.class, CommandLine.HelpCommand.class);

    /** The names that run one command, which is then the only one built ({@code help} needs them all). */
    private static final Set<String> RUNNABLE = Set.of("export", "check", "stats", "report", "suggest");

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static String fullName(CommandLine cmd) {
        return cmd.getParent() == null ? cmd.getCommandName() : "cabletag " + cmd.getCommandName();
    }

    @Command(name = "cabletag", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Review and correct named-entity annotations on cables; export training data.%n"
                    + "Without a command, opens the window.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:done", "1:problems: check found some, an input was not read whole or an annotation was dropped (see COMMAND --help), or an output could not be written", "2:bad use", "3:internal error"})
    static final class Root implements Runnable {
        @Override
        public void run() {
            throw new UsageException("name a command: export, check, stats, report or suggest");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"cabletag " + (version == null ? "0.1.0-SNAPSHOT" : version)};
        }
    }
}
