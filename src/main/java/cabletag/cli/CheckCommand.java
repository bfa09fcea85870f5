package cabletag.cli;

import cabletag.workspace.StoreLocation;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.formats.WholeFolders;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Reports reading problems as file:line:column: severity: message, one per line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problems", "1:problems found (or the corrections store cannot be read: nothing is checked)", "2:bad use", "3:internal error"})
final class CheckCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--notes", description = "also list notes (labels not known yet...), which are not problems")
    boolean notes;

    @Option(names = "--no-corrections", description = "do not read the stored corrections")
    boolean noCorrections;

    @Option(names = "--consistency", description = "list consistency findings over the corpus instead: one text with "
            + "different labels, a text tagged in one place and untagged elsewhere, name variants")
    boolean consistency;

    @Option(names = "--json", description = "with --consistency: the findings as one JSON object")
    boolean json;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "cable files, dataset files and folders")
    List<Path> inputs;

    CheckCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        inputs = WholeFolders.of(inputs); // corpus/* is corpus
        InputCorpus.validate(inputs);
        if (json && !consistency) {
            throw new UsageException("--json goes with --consistency");
        }
        if (consistency) {
            return new ConsistencyCheck(out, err, noCorrections).run(inputs, json);
        }
        // the store too: a damaged store file or a correction that no longer fits is a problem of its cable
        cabletag.workspace.CorrectedDocuments corrections = noCorrections ? cabletag.workspace.CorrectedDocuments.none()
                : CommandSupport.corrections(err);
        InputCorpus corpus = InputCorpus.open(inputs, corrections, false);
        corpus.reportUnreadableInputsAsProblems(); // check reports problems, unreadable files included
        int[] problems = {0};
        java.util.Set<String> printedByOutcome = new java.util.HashSet<>();
        corpus.onOutcome(outcome -> {
            for (String problem : outcome.problems()) {
                ProblemLine.print(out, problem);
                printedByOutcome.add(problem);
                problems[0]++;
            }
        });
        // the listing's problems (a dangling link, a FIFO) at their place among the files: one path order
        corpus.onListingProblemInPlace(problem -> {
            ProblemLine.print(out, problem);
            problems[0]++;
        });
        java.util.List<String> before = corpus.problems();
        java.util.Set<String> said = new java.util.HashSet<>(before);
        java.util.Set<String> listing = new java.util.HashSet<>(corpus.listingProblems());
        for (String problem : before) {
            if (!listing.contains(problem)) {
                ProblemLine.print(out, problem); // the store's, which belong to no file of the listing
                problems[0]++;
            }
        }
        // the notes of a document's corrections put back (the file changed or moved), with its own lines
        java.util.List<String> correctionNotes = new java.util.ArrayList<>();
        // the places whose stored corrections a cable here took, at its path or moved: the others gone are named
        java.util.Set<String> takenFrom = new java.util.HashSet<>();
        corpus.onCorrected(corrected -> {
            correctionNotes.addAll(corrected.notes());
            if (corrected.storedAt() != null) {
                takenFrom.add(corrected.storedAt());
            }
        });
        try (corpus) {
            Iterator<Document> documents = corpus.documents();
            while (documents.hasNext()) {
                correctionNotes.clear();
                Document document = documents.next();
                for (Diagnostic diagnostic : document.diagnostics()) {
                    boolean note = diagnostic.severity() == Diagnostic.Severity.INFO;
                    if (!note || notes) {
                        ProblemLine.print(out, diagnostic.format(document.source().shown()));
                    }
                    if (!note) {
                        problems[0]++;
                    }
                }
                // a correction an earlier cabletag stored with a label that is a tag (O): the token formats refuse the cable
                java.util.Optional<String> tagLabelled = cabletag.formats.export.TagLabelledEntity.warning(document);
                if (tagLabelled.isPresent()) {
                    ProblemLine.print(out, tagLabelled.get());
                    problems[0]++;
                }
                if (notes) {
                    ProblemLine.printAll(out, correctionNotes);
                }
                StandardOutput.check(out); // a closed pipe stops the reading, not only the printing
            }
        }
        for (String nothing : corpus.nothingRead()) {
            ProblemLine.print(out, nothing);
            problems[0]++;
        }
        for (String problem : corpus.problems()) {
            if (said.add(problem) && !printedByOutcome.contains(problem)) {
                ProblemLine.print(out, problem); // store problems, found as each document was put back
                problems[0]++;
            }
        }
        if (notes) {
            String gone = GoneCorrectionsNote.of(StoreLocation.defaultLocation(), corrections.correctedFilesGone(), takenFrom);
            if (gone != null) {
                ProblemLine.print(out, gone);
            }
        }
        out.flush();
        return problems[0] == 0 ? Cli.OK : Cli.PROBLEMS;
    }
}
