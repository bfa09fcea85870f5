package cabletag.cli;

import cabletag.core.Document;
import cabletag.formats.WholeFolders;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.io.OutputFile;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.OutputPath;
import cabletag.formats.io.OverwritesInputException;
import cabletag.workspace.CorrectedDocument;
import cabletag.workspace.report.HtmlReport;
import cabletag.workspace.report.JsonReport;
import cabletag.workspace.report.Report;
import cabletag.workspace.report.ReportScope;
import cabletag.workspace.report.ScoreReport;
import cabletag.workspace.report.SuggestionQualitySection;
import cabletag.workspace.report.TextReport;
import cabletag.workspace.suggest.CorpusEvidence;
import cabletag.workspace.suggest.SuggestionQuality;
import cabletag.workspace.suggest.SuggestionSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "The tagger's report card: the tags as read scored against the analyst's corrections (precision, recall, F1"
                + " per label, errors by kind, confusion, most frequent corrections, review progress), and the quality of the"
                + " suggestions on reviewed cables held aside. Reviewed cables only unless --all; the scope is stated in every output.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:reported what could be read; problems named on standard error "
                + "(nothing is reported when a named input gave no cable or the corrections store cannot be read)", "2:bad use", "3:internal error"})
final class ReportCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", converter = PathArgument.OutputName.class, description = "write one self-contained HTML page (tables and SVG charts) to FILE (- for standard output)")
    String htmlName;

    /** The page's path as given ({@code htmlName}, whose trailing '/' a path would drop). */
    private Path html;

    @Option(names = "--all", description = "score every cable, not only the reviewed ones")
    boolean all;

    @Option(names = "--no-suggestion-quality", description = "leave out the quality of the suggestions (precision and recall of"
            + " each source on reviewed cables held aside), which trains the name finder once per fold")
    boolean noSuggestionQuality;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "cable files, dataset files and folders")
    List<Path> inputs;

    ReportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        inputs = WholeFolders.of(inputs); // corpus/* is corpus
        if (json && htmlName != null) {
            throw new UsageException("--json and --html exclude each other: JSON goes to standard output, HTML to a file");
        }
        InputCorpus.validate(inputs);
        Path page = null;
        // "-" is standard output, as for export's -o: it wrote a file named "-" (found from outside)
        boolean htmlToStandardOutput = "-".equals(htmlName);
        if (htmlName != null && !htmlToStandardOutput) {
            if (htmlName.isEmpty()) {
                // Path.of("") is the working folder, not a page
                throw new UsageException("--html '' is not a file (empty path); give the page's file name");
            }
            if (htmlName.endsWith("/") || htmlName.endsWith(java.io.File.separator)) {
                // Path.of drops a trailing slash: "r.html/" would silently write the file r.html (export refuses it so too)
                throw new UsageException("--html " + htmlName + " ends with '/', which names a folder; the page is a file:"
                        + " give its path without the '/'");
            }
            html = Path.of(htmlName);
            page = OutputPath.resolve(html); // where the system puts it (lnk/.. is where lnk points, then up)
            checkTarget(html, page);
        }
        InputCorpus corpus = CommandSupport.open(inputs, true, false, err);
        if (page != null) {
            try {
                // the page read as a cable through a link inside an input folder: it would be scored, then replaced
                cabletag.formats.export.OutputsReadAsInputs.checkFile(page, corpus.listedFiles());
            } catch (OverwritesInputException e) {
                throw new UsageException(e.getMessage());
            }
        }
        ScoreReport card = new ScoreReport(all ? ReportScope.ALL : ReportScope.REVIEWED);
        CorpusEvidence evidence = noSuggestionQuality ? null : new CorpusEvidence(SuggestionSettings.DEFAULT);
        corpus.onCorrected(cable -> {
            card.add(cable);
            if (evidence != null) {
                evidence.addCable(cable.document(), cable.isReviewed());
            }
        });
        Iterator<Document> documents = corpus.documents();
        while (documents.hasNext()) {
            documents.next(); // the listener above has added it, as read and as corrected
        }
        Report report = card.build();
        if (evidence != null) {
            report = report.with(SuggestionQualitySection.of(SuggestionQuality.estimate(evidence)));
        }
        if (htmlToStandardOutput) {
            // the page alone (it states its scope itself), in the UTF-8 its head declares, whatever the locale
            out.write(HtmlReport.render(report).getBytes(StandardCharsets.UTF_8));
            out.flush();
            StandardOutput.check(out);
        } else if (page != null) {
            byte[] bytes = HtmlReport.render(report).getBytes(StandardCharsets.UTF_8);
            try {
                // a page written by an earlier report and not changed since is replaced; any other file is kept as a copy
                OutputFile.write(page, bytes).ifPresent(kept -> err.println("note: " + cabletag.core.ShownName.of(kept)));
            } catch (cabletag.formats.io.OutputRefusedException e) {
                // made read-only while the report was computed: the choice of target, as before reading (bad use)
                throw new UsageException(e.getMessage());
            } catch (IOException e) {
                // a folder that takes no file though its permissions said yes (/proc as root, a read-only file
                // system): the choice of target, refused as a folder without permission is before reading
                cabletag.formats.io.OutputRefusedException refused = cabletag.formats.io.FolderRefusal.of(page.getParent(), e);
                if (refused != null) {
                    throw new UsageException("cannot write " + html + ": " + refused.getMessage());
                }
                // what the page's path is was checked before reading (bad use); this is a write that failed (a full disk)
                throw new OutputFailedException("cannot write " + html + ": " + cabletag.formats.io.IoReason.describe(e));
            }
            out.println(report.scopeLine());
            out.println("written: " + cabletag.core.ShownName.of(page.toString())); // one line, whatever the name holds
        } else if (json) {
            out.print(JsonReport.render(report));
        } else {
            out.print(TextReport.render(report));
            if (!all) {
                out.println();
                out.println("(--all scores every cable, reviewed or not)");
            }
        }
        out.flush();
        // an entity dropped in reading makes it exit 1, as in stats: it is named, or the code would say nothing
        ProblemLine.printReading(err, corpus);
        return corpus.hadProblems() ? Cli.PROBLEMS : Cli.OK;
    }

    /**
     * The page is one file, replaced atomically (a file that is not an unchanged earlier page is kept as
     * {@code NAME.~N~} first); never an input, a link, a folder or a device.
     *
     * @param given the path as the user wrote it, named in the messages
     * @param page  the same as the system resolves it, which is checked
     */
    private void checkTarget(Path given, Path page) {
        String problem = ExportTarget.problemWith(given, false);
        if (problem != null) {
            throw new UsageException(problem);
        }
        try {
            InputGuard.of(inputs).checkFile(given);
        } catch (OverwritesInputException e) {
            throw new UsageException(e.getMessage());
        }
        Path parent = page.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("cannot write " + given + ": folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException("cannot write " + given + ": permission denied (" + parent + ")");
        }
    }
}
