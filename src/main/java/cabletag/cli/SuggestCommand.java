package cabletag.cli;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.ShownName;
import cabletag.core.text.Counted;
import cabletag.formats.ReadOutcome;
import cabletag.formats.WholeFolders;
import cabletag.formats.export.ExportIds;
import cabletag.workspace.CorrectedDocument;
import cabletag.workspace.RejectedPlaces;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.namefinder.NameFinder;
import cabletag.workspace.suggest.CorpusEvidence;
import cabletag.workspace.suggest.NameFinderStore;
import cabletag.workspace.suggest.RejectionCheck;
import cabletag.workspace.suggest.SourceQuality;
import cabletag.workspace.suggest.Suggester;
import cabletag.workspace.suggest.Suggestion;
import cabletag.workspace.suggest.SuggestionSettings;
import cabletag.workspace.suggest.SuggestionSource;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cabletag suggest}: the entities the corpus's evidence suggests in text nobody tagged, from the
 * gazetteer of confirmed texts and the name finder trained on the corpus. Two passes over the inputs,
 * one file at a time: the first gathers the evidence (and trains the name finder, saving it in the
 * store for the window), the second suggests. Rejected suggestions stay out.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Lists suggested entities for untagged text: file, code-point span, text, label, source, score.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:done", "1:listed what could be read; problems named on standard error "
                + "(nothing is listed when the corrections store cannot be read)",
                "2:bad use", "3:internal error"})
final class SuggestCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "print JSON instead of lines")
    boolean json;

    @Option(names = "--source", paramLabel = "SOURCE", description = "gazetteer, model or all (default: all)")
    String source = "all";

    @Option(names = "--quality", description = "print precision and recall of each source on reviewed cables held aside "
            + "(3-fold cross-validation over at most 60 of them), instead of the suggestions")
    boolean quality;

    @Option(names = "--no-corrections", description = "use the files as they are: no stored corrections, review marks or rejections")
    boolean noCorrections;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "cable files, dataset files and folders")
    List<Path> inputs;

    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Rejected suggestions that no longer apply to a cable, or were found away from the others: said, no problem. */
    private final List<String> rejectionNotes = new ArrayList<>();

    SuggestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        inputs = WholeFolders.of(inputs); // corpus/* is corpus
        Set<SuggestionSource> sources = sources();
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        InputCorpus first = CommandSupport.open(inputs, !noCorrections, false, err);
        problems.addAll(first.rejections().problems());
        CorrectedDocument[] last = new CorrectedDocument[1];
        first.onCorrected(corrected -> last[0] = corrected);
        Iterator<Document> documents = first.documents();
        while (documents.hasNext()) {
            documents.next();
            evidence.addCable(last[0].document(), last[0].isReviewed());
        }
        if (evidence.usesMachineTags()) {
            notes.add("note: " + Counted.of(evidence.reviewedCount(), "cable", "cables")
                    + " reviewed (fewer than " + evidence.settings().minReviewed() + "): the machine's tags count as weaker evidence"
                    + " (marked machine-tagged)");
        }
        if (quality) {
            return printQuality(first, evidence);
        }
        NameFinder finder = sources.contains(SuggestionSource.MODEL) ? train(evidence) : null;
        Suggester suggester = new Suggester(evidence.gazetteer(), finder);

        InputCorpus second = CommandSupport.open(inputs, !noCorrections, false, err);
        Path[] file = new Path[1];
        second.onOutcome((ReadOutcome outcome) -> file[0] = outcome.file().path());
        second.onCorrected(corrected -> last[0] = corrected);
        JsonGenerator generator = json ? startJson(evidence, finder) : null;
        long cables = 0;
        long suggested = 0;
        // the id export gives each document (c, then c-2 for a second c.txt under another input), so a
        // suggestion joins the exported document; every document is given one, in input order, as export does
        ExportIds ids = new ExportIds();
        try (second) {
            documents = second.documents();
            while (documents.hasNext()) {
                Document document = documents.next();
                String id = ids.idOf(document);
                cables++;
                // the window's route: rejections follow the cable as its corrections do (moved, or its file changed),
                // and a place where the analyst deleted an entity is no suggestion, as in the window
                RejectedPlaces rejected = second.rejectedIn(last[0]);
                rejectionNotes.addAll(rejected.notes());
                List<Suggestion> suggestions = suggester.suggest(document,
                        RejectionCheck.of(second.rejections(), rejected, last[0].original(), document), sources);
                if (suggestions.isEmpty()) {
                    continue;
                }
                suggested += suggestions.size();
                CodePoints points = CodePoints.of(document.text());
                String name = file[0].toString();
                // a file of many documents (JSONL, doccano, CoNLL) names the one, as the window does (FILE#ID): two lines of
                // two.jsonl:0-6 said nothing of which (found from outside); a cable or a brat pair is its file
                SourceFormat format = document.source().format();
                String shown = format == SourceFormat.INLINE || format == SourceFormat.BRAT ? name : name + "#" + id;
                for (Suggestion suggestion : suggestions) {
                    int start = points.toCodePoint(suggestion.start());
                    int end = points.toCodePoint(suggestion.end());
                    if (generator != null) {
                        generator.writeStartObject();
                        generator.writeStringField("file", name);
                        generator.writeStringField("document", id);
                        generator.writeNumberField("start", start);
                        generator.writeNumberField("end", end);
                        generator.writeStringField("text", suggestion.text());
                        generator.writeStringField("label", suggestion.label().name());
                        generator.writeStringField("source", suggestion.source().id());
                        generator.writeStringField("evidence", suggestion.evidence().id());
                        generator.writeNumberField("score", round(suggestion.score()));
                        generator.writeEndObject();
                    } else {
                        out.printf(Locale.ROOT, "%s:%d-%d\t%s\t%s\t%s\t%.2f%n", ShownName.of(shown), start, end, oneLine(suggestion.text()),
                                suggestion.label(), sourceName(suggestion), suggestion.score());
                    }
                }
                StandardOutput.check(out); // a closed pipe stops the reading, not only the printing
            }
        }
        if (generator != null) {
            generator.writeEndArray();
            generator.writeEndObject();
            JsonResult.end(generator);
        }
        out.flush();
        boolean modelAlone = !sources.contains(SuggestionSource.GAZETTEER);
        if (suggested == 0 && cables > 0 && !(modelAlone && finder == null)) {
            // an empty list is a result, but said: it is no sign that a source ran (the model alone says why not)
            notes.add("note: nothing to suggest in the " + Counted.of(cables, "cable", "cables") + " read: "
                    + (modelAlone ? "the name finder found no name" : finder == null ? "the gazetteer found no name"
                            : "neither the gazetteer nor the name finder found a name")
                    + (cables == 1 ? " outside the entities it holds" : " outside the entities they hold")
                    // a suggestion found and then left out (rejected, or where the analyst deleted an entity) is no name not found
                    + " and the places the analyst said no to");
        }
        return finish(second);
    }

    private Set<SuggestionSource> sources() {
        switch (source.toLowerCase(Locale.ROOT)) {
            case "all":
                return EnumSet.allOf(SuggestionSource.class);
            case "gazetteer":
                return EnumSet.of(SuggestionSource.GAZETTEER);
            case "model":
                return EnumSet.of(SuggestionSource.MODEL);
            default:
                throw new UsageException("--source must be gazetteer, model or all, not '" + source + "'");
        }
    }

    /** Trains the name finder on the evidence and keeps it in the store for the window. */
    private NameFinder train(CorpusEvidence evidence) {
        NameFinder finder;
        try {
            finder = evidence.trainNameFinder();
        } catch (IllegalArgumentException nothing) {
            // nothing to learn from: no tag at all, or tags on every token and of one kind (one outcome)
            String line = "model: no suggestions: the inputs hold " + nothing.getMessage()
                    + (NameFinder.NO_ENTITY.equals(nothing.getMessage()) ? " (no reviewed cable, no tag)" : "");
            if (source.equalsIgnoreCase("model")) {
                problems.add(line);
            } else {
                notes.add("note: " + line);
            }
            return null;
        } catch (IOException e) {
            problems.add("model: training failed: " + e.getMessage());
            return null;
        }
        if (!noCorrections) {
            NameFinderStore store = new NameFinderStore(StoreLocation.defaultLocation().root());
            try {
                store.save(finder);
            } catch (IOException e) {
                problems.add(store.file() + ": the trained model could not be saved: " + cabletag.formats.io.IoReason.describe(e));
            }
        }
        return finder;
    }

    private JsonGenerator startJson(CorpusEvidence evidence, NameFinder finder) throws IOException {
        JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory()
                .createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        generator.writeStartObject();
        generator.writeNumberField("reviewedCables", evidence.reviewedCount());
        generator.writeBooleanField("machineTagsUsed", evidence.usesMachineTags());
        generator.writeBooleanField("modelTrained", finder != null);
        generator.writeArrayFieldStart("suggestions");
        return generator;
    }

    private int printQuality(InputCorpus corpus, CorpusEvidence evidence) throws IOException {
        List<SourceQuality> scores = cabletag.workspace.suggest.SuggestionQuality.estimate(evidence);
        SourceQuality first = scores.get(0);
        if (first.reviewed() > first.cables()) {
            notes.add(String.format(Locale.ROOT, "note: estimated on a fixed-seed sample of %,d of the %,d reviewed cables;"
                    + " each fold's name finder learns from the sample's other folds only", first.cables(), first.reviewed()));
        }
        if (json) {
            JsonGenerator generator = new com.fasterxml.jackson.core.JsonFactory()
                    .createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            generator.writeStartObject();
            generator.writeNumberField("reviewedCables", evidence.reviewedCount());
            generator.writeArrayFieldStart("quality");
            for (SourceQuality score : scores) {
                generator.writeStartObject();
                generator.writeStringField("source", score.source().id());
                generator.writeNumberField("cables", score.cables());
                generator.writeNumberField("folds", score.folds());
                generator.writeNumberField("truePositives", score.truePositives());
                generator.writeNumberField("falsePositives", score.falsePositives());
                generator.writeNumberField("falseNegatives", score.falseNegatives());
                generator.writeNumberField("precision", round(score.precision()));
                generator.writeNumberField("recall", round(score.recall()));
                generator.writeNumberField("f1", round(score.f1()));
                generator.writeStringField("note", score.note());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
            JsonResult.end(generator);
        } else {
            out.printf(Locale.ROOT, "%-10s %7s %5s %6s %6s %6s %9s %6s %6s%n", "source", "cables", "folds", "tp", "fp", "fn",
                    "precision", "recall", "f1");
            for (SourceQuality score : scores) {
                out.printf(Locale.ROOT, "%-10s %7d %5d %6d %6d %6d %9.3f %6.3f %6.3f%s%n", score.source().id(), score.cables(),
                        score.folds(), score.truePositives(), score.falsePositives(), score.falseNegatives(), score.precision(),
                        score.recall(), score.f1(), score.note().isEmpty() ? "" : "  (" + score.note() + ")");
            }
        }
        out.flush();
        return finish(corpus);
    }

    private int finish(InputCorpus corpus) {
        ProblemLine.printAll(err, notes);
        ProblemLine.printAll(err, corpus.correctionNotes()); // corrections put back after the file changed or moved
        ProblemLine.printAll(err, rejectionNotes);
        List<String> all = new ArrayList<>(corpus.problems());
        all.addAll(corpus.lostAnnotations()); // they make it exit 1, so they are named, as in stats
        all.addAll(problems);
        ProblemLine.printAll(err, all);
        return all.isEmpty() && !corpus.hadProblems() ? Cli.OK : Cli.PROBLEMS;
    }

    /** "gazetteer (machine-tagged)", "gazetteer (reviewed)", "model". */
    private static String sourceName(Suggestion suggestion) {
        String source = suggestion.source().id();
        String evidence = suggestion.evidence().id();
        return source.equals(evidence) ? source : source + " (" + evidence + ")";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /**
     * A suggestion's text on its row: a line break or tab inside it as a space, as the text reads, and any other
     * control character, U+2028, U+2029 escaped as {@link ShownName} escapes problem lines, so a row stays one
     * row of tab-separated fields and cannot act on the terminal (an ESC in a cable would recolour it).
     */
    private static String oneLine(String text) {
        return ShownName.of(text.replace('\n', ' ').replace('\t', ' '));
    }
}
