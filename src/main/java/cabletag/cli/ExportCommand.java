package cabletag.cli;

import cabletag.core.ShownName;
import cabletag.formats.WholeFolders;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportOutputNames;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.ExportTargetCheck;
import cabletag.formats.export.Exporter;
import cabletag.formats.export.LabelMapping;
import cabletag.formats.export.SplitRatios;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.OutputPath;
import cabletag.formats.io.OutputRefusedException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Exports cables as training data, with the stored corrections applied.",
                "PATH is a file for jsonl, conll, hf and doccano ('-' for standard output) and a folder for brat "
                        + "and inline (files keep their relative names). Inputs are never overwritten; output is "
                        + "written atomically.",
                "PATH must be a regular file or not exist: FIFOs, devices and symbolic links are refused. A folder "
                        + "export replaces the whole folder, so it must be new, empty or an earlier cabletag export."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:exported", "1:exported what could be read; problems named on standard error "
                + "(nothing is written when a named input gave no cable or the corrections store cannot be read); or the output "
                + "could not be written (a full disk, a closed pipe)", "2:bad use", "3:internal error",
                "130, 143:interrupted by Ctrl-C (SIGINT) or SIGTERM; the unfinished output is deleted, the old one kept"})
final class ExportCommand implements Callable<Integer> {

    /** Starts the standard error line that gives hf's tag names when the data goes to standard output. */
    static final String LABELS_LINE_PREFIX = "labels: ";

    /** The seed of a split when {@code --seed} is not given. */
    static final long DEFAULT_SEED = 42;

    /** The one line for {@code -o ''}. */
    static final String EMPTY_OUTPUT = "--output '' is not a file or folder (empty path); give a file, a folder, or '-'";

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "jsonl, conll, hf, brat, doccano or inline")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH", converter = PathArgument.OutputName.class,
            description = "output file or folder; '-' writes a file format to standard output")
    String output;

    /** iob2 when not given; given with a format that writes no tags, it is said to do nothing. */
    @Option(names = "--scheme", paramLabel = "SCHEME",
            description = "tag scheme for conll and hf: iob2 (default; also bio) or bioes (also iobes)")
    String scheme;

    @Option(names = "--labels", paramLabel = "LABEL", split = ",", description = "keep only these labels")
    List<String> keep;

    @Option(names = "--drop", paramLabel = "LABEL", split = ",", description = "leave out these labels, e.g. MISC")
    List<String> drop;

    @Option(names = "--map", paramLabel = "OLD=NEW", split = ",", description = "rename labels, e.g. PER=PERSON")
    List<String> rename;

    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST",
            description = "split by cable into NAME.train/.dev/.test (or train/ dev/ test/ folders), e.g. 80/10/10")
    String split;

    /** 42 when not given; given without --split, it is said to do nothing. */
    @Option(names = "--seed", paramLabel = "N", description = "seed of the split (default 42)")
    Long seed;

    @Option(names = "--reviewed-only", description = "export only cables marked reviewed")
    boolean reviewedOnly;

    @Option(names = "--no-corrections", description = "ignore the stored corrections; export the files as they are")
    boolean noCorrections;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no summary (hf to '-' still gives its tag names "
            + "on standard error as one line: labels: [\"O\", ...])")
    boolean quiet;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "cable files, dataset files and folders")
    List<Path> inputs;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        // corpus/* is corpus: its files named under it, the output guarded as in it
        inputs = WholeFolders.of(inputs);
        ExportFormat exportFormat = parse(() -> ExportFormat.named(format));
        TagScheme tagScheme = parse(() -> TagScheme.named(scheme == null ? "iob2" : scheme));
        LabelMapping labels = parse(() -> LabelMapping.parse(keep, drop, rename));
        SplitRatios ratios = split == null ? null : parse(() -> SplitRatios.parse(split, seed == null ? DEFAULT_SEED : seed));
        InputCorpus.validate(inputs);
        boolean toStdout = output.equals("-");
        if (toStdout && exportFormat.writesFolder()) {
            throw new UsageException(exportFormat.cliName() + " writes a folder; give a folder with --output, not '-'");
        }
        if (toStdout && ratios != null) {
            throw new UsageException("--split writes three outputs; give a file with --output, not '-'");
        }
        if (output.isEmpty()) {
            // Path.of("") is the working folder: an empty argument would write, or replace, the folder the shell is in
            throw new UsageException(EMPTY_OUTPUT);
        }
        if (!toStdout && !exportFormat.writesFolder() && (output.endsWith("/") || output.endsWith(java.io.File.separator))) {
            // Path.of drops a trailing slash: "o.jsonl/" would silently write the file o.jsonl
            throw new UsageException("--output " + output + " ends with '/', which names a folder; " + exportFormat.cliName()
                    + " writes a file: give its path without the '/'");
        }
        // where the system puts the output (lnk/.. is where lnk points, then up), checked and written there
        Path target = toStdout ? null : OutputPath.resolve(Path.of(output));
        if (target != null) {
            checkWritable(Path.of(output), exportFormat, ratios);
        }
        // options the others make do nothing: said once the export may go ahead, before it reads
        for (String unused : optionsThatDoNothing(exportFormat, labels)) {
            err.println("note: " + unused);
        }
        InputCorpus corpus = CommandSupport.open(inputs, !noCorrections, reviewedOnly, err);
        ExportOptions options = new ExportOptions(exportFormat, tagScheme, labels, ratios, corpus.scope(), new HashSet<>(inputs));
        CommandSupport.ProgressLine progress = new CommandSupport.ProgressLine(err);
        ExportSummary summary = null;
        String failure = null;
        // Ctrl-C or SIGTERM cancels the export, which then deletes what it staged before the JVM halts
        SignalCancel signal = SignalCancel.install(err, "cabletag export", toStdout ? null
                : "the export did not stop within " + SignalCancel.WAIT.toSeconds() + " s; what it left beside "
                        + outputSet(exportFormat, ratios) + " is removed or completed by the next export into that folder");
        // the hook stays until the summary is out: a signal just after the export ended (its new output in place)
        // ended the process with no line at all, as if nothing had been written
        try {
            try {
                // the export's bytes go to a stream that throws at the first failed write: the export stops there
                summary = new Exporter(options).export(corpus,
                        toStdout ? ExportTarget.stream(StandardOutput.failingLoudly(out)) : ExportTarget.path(target),
                        quiet ? (done, total, current) -> { } : (done, total, current) -> progress.update(done, current),
                        signal.asked());
            } catch (IOException e) {
                RuntimeException stop = writeFailure(output, e);
                failure = stop.getMessage();
                throw stop;
            } finally {
                try {
                    corpus.close(); // a stopped export stops the reading threads too
                } finally {
                    signal.ended(failure != null ? failure : summary == null ? null : interruptedLine(summary, toStdout, exportFormat, ratios));
                }
            }
            if (toStdout) {
                StandardOutput.check(out);
                if (!summary.tagNames().isEmpty()) {
                    // hf's ner_tags are numbers; with no file beside the data for their names, the names go to
                    // standard error as one JSON line, also with --quiet: the data cannot be read without them.
                    err.println(LABELS_LINE_PREFIX + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(summary.tagNames()));
                }
            }
            ProblemLine.printAll(err, summary.problems());
            // a document left out of the export (--reviewed-only) is not in the summary: its dropped entities
            // still make the exit 1, so they are named here
            java.util.Set<String> said = new HashSet<>(summary.problems());
            if (summary.problems().stream().noneMatch(line -> line.startsWith(ExportSummary.MORE))) {
                for (String lost : corpus.lostAnnotations()) {
                    if (!said.contains(lost)) {
                        ProblemLine.print(err, lost);
                    }
                }
            }
            // a correction put back somewhere else than the cable's others, or after the file moved: said, not counted
            ProblemLine.printAll(err, corpus.correctionNotes());
            if (!quiet) {
                (toStdout ? err : out).print(summary.describe());
            }
            if (!toStdout && out.checkError()) {
                // the summary could not be printed (standard output closed, a full disk): exit 1, but the export's files
                // were written, and a script that sees the failure must not take the old ones for still in place
                throw new OutputFailedException(StandardOutput.failureLine(out) + "; the export itself was written: "
                        + interruptedLine(summary, false, exportFormat, ratios).replaceFirst("^the export had finished: ", ""));
            }
            // what was read is exported; what could not be read (a skipped file, a bad line, a damaged store
            // file) or written (a cable whose inline form would not read back, an entity of white space only that a
            // token format cannot carry, a token conll writes that reads back otherwise: each a loss the summary counts
            // with the problems) makes it exit 1
            return corpus.hadProblems() || summary.notWritten() > 0 || summary.entitiesNotCarried() > 0
                    || summary.lossWarnings() > 0 ? Cli.PROBLEMS : Cli.OK;
        } finally {
            signal.close(); // after a signal, waits here for the JVM to halt with the signal's code
        }
    }

    /**
     * The options given that the others make do nothing, each as a note says it: a scheme with a format that
     * writes no tags, a seed without a split, a rename of a label left out. They change neither the bytes nor the
     * exit code, as a label the label options name and no cable has; said so a slip is seen (--seed for --split).
     */
    private List<String> optionsThatDoNothing(ExportFormat exportFormat, LabelMapping labels) {
        List<String> notes = new java.util.ArrayList<>();
        if (scheme != null && !exportFormat.isTokenBased()) {
            notes.add("--scheme " + scheme + " does nothing with " + exportFormat.cliName() + ": only conll and hf write tags");
        }
        if (seed != null && split == null) {
            notes.add("--seed " + seed + " does nothing without --split: it only seeds the split");
        }
        notes.addAll(labels.renamesThatDoNothing());
        return notes;
    }

    /** What the line of an export a signal ended says, after "interrupted; ". */
    private String interruptedLine(ExportSummary summary, boolean toStdout, ExportFormat exportFormat, SplitRatios ratios) {
        if (toStdout) {
            return summary.cancelled() ? "standard output holds the cables written before it" : null;
        }
        boolean one = ExportOutputNames.of(output, exportFormat, ratios).size() == 1;
        String set = outputSet(exportFormat, ratios);
        return summary.cancelled() ? "nothing was written: " + set + (one ? " is as it was" : " are as they were")
                : "the export had finished: " + set + (one ? " holds its" : " hold its") + " new output";
    }

    /**
     * Every output of the export, as the user named them ("data.train.jsonl, data.dev.jsonl and data.test.jsonl"):
     * a split never writes the --output its names come from, so a line naming that one would name the wrong file.
     */
    private String outputSet(ExportFormat exportFormat, SplitRatios split) {
        List<String> names = ExportOutputNames.of(output, exportFormat, split).stream().map(ShownName::of).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * What stops an export whose output could not be written: a refused target (a folder that is no earlier
     * export, a link; the user's choice) is bad use; a write that failed (a full disk, a closed standard
     * output) is exit 1, and the old output is kept, with nothing stray left beside it.
     */
    static RuntimeException writeFailure(String output, IOException e) {
        if (e instanceof StandardOutput.WriteFailed) {
            return new OutputFailedException(e.getMessage());
        }
        String line = "cannot write " + output + ": " + cabletag.formats.io.IoReason.describe(e);
        return e instanceof OutputRefusedException ? new UsageException(line) : new OutputFailedException(line);
    }

    /** @param given the output as the user wrote it, named in the messages; checked where the system puts it */
    private void checkWritable(Path given, ExportFormat exportFormat, SplitRatios split) {
        // The check the export itself makes before it writes anything; asked here first so the refusal comes
        // before the corpus is read.
        try {
            ExportTargetCheck.check(given, exportFormat, split, InputGuard.of(inputs));
        } catch (OutputRefusedException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
