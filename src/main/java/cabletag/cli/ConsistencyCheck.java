package cabletag.cli;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.Place;
import cabletag.core.consistency.ScannedCable;
import cabletag.core.text.Counted;
import cabletag.formats.export.ExportIds;
import cabletag.workspace.CableKeys;
import cabletag.workspace.CorrectedDocuments;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.consistency.CorpusIndex;
import cabletag.workspace.consistency.Dismissals;
import cabletag.workspace.consistency.FileStamp;
import cabletag.workspace.consistency.WorkspaceIndex;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code cabletag check --consistency}: the window's consistency findings, from the same index. The index
 * saved in the store (shared with the window) is reopened, files unchanged since are not read; the rest is
 * streamed through {@link InputCorpus} like {@code export}, read and scanned on every core, and only the few
 * cables that may hold a text that became an entity after they were scanned are read a second time
 * ({@link CorpusIndex#needsUntaggedPass()}). The index is saved again when it changed.
 * Dismissed findings (dismissed in the window) are left out. Each finding is a warning at its first place.
 */
final class ConsistencyCheck {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean noCorrections;

    ConsistencyCheck(PrintStream out, PrintStream err, boolean noCorrections) {
        this.out = out;
        this.err = err;
        this.noCorrections = noCorrections;
    }

    int run(List<Path> inputs, boolean json) {
        StoreLocation store = StoreLocation.defaultLocation();
        // --no-corrections is another corpus than the corrected one: its index is kept apart
        List<String> carryProblems = new ArrayList<>();
        Path located = WorkspaceIndex.locate(store.root(), inputs, carryProblems::add);
        Path indexFile = noCorrections
                ? located.resolveSibling(located.getFileName().toString().replace(".index", "-as-read.index")) : located;
        // the saved index is read on another core while the store is opened and the inputs are listed
        List<String> reopenProblems = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<CorpusIndex> reopening = CompletableFuture.supplyAsync(() -> CorpusIndex.reopen(indexFile, reopenProblems::add));
        CorrectedDocuments corrections = noCorrections ? CorrectedDocuments.none() : CommandSupport.corrections(err);
        InputCorpus corpus = InputCorpus.open(inputs, corrections, false);
        corpus.reportUnreadableInputsAsProblems();
        CorpusIndex index = joined(reopening);
        List<String> problems = new ArrayList<>(carryProblems);
        problems.addAll(reopenProblems);

        // unchanged files are found in the saved index by what the listing saw of them; the others get one look
        // each (real path, size and time), on every core
        List<Path> files = corpus.files();
        List<FileStamp> stamps = new ArrayList<>(FileStamp.listed(corpus.listedFiles()));
        boolean[] taken = new boolean[files.size()];
        List<Integer> unfound = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileStamp stamp = stamps.get(i);
            taken[i] = index.hasSaved(stamp.realPath()) && index.takeSaved(stamp, corrections::storedFile);
            if (!taken[i] && stamp.presumed()) {
                unfound.add(i);
            }
        }
        List<FileStamp> exact = FileStamp.of(unfound.stream().map(files::get).toList());
        for (int k = 0; k < unfound.size(); k++) {
            int i = unfound.get(k);
            FileStamp stamp = exact.get(k);
            stamps.set(i, stamp);
            taken[i] = index.hasSaved(stamp.realPath()) && index.takeSaved(stamp, corrections::storedFile);
        }
        Map<String, Integer> fileRank = new HashMap<>();
        // a finding's line names its file as the user named it, as check's other lines do (the index keeps
        // the names under the inputs, which two inputs may share)
        Map<String, String> shownByFile = new HashMap<>();
        for (int i = 0; i < stamps.size(); i++) {
            fileRank.putIfAbsent(stamps.get(i).realPath(), fileRank.size());
            shownByFile.putIfAbsent(stamps.get(i).realPath(), corpus.listedFiles().get(i).shown());
        }
        corpus.skipFiles(file -> taken[file]);
        int[] fileAt = {-1};
        corpus.onOutcome(outcome -> fileAt[0]++); // once a file, skipped or not, in listing order
        // read, parsed and scanned on every core; put into the index here, in input order
        Iterator<Scanned> documents = corpus.documents(
                document -> new Scanned(document.id(), document.source().format(), index.scan(document)));
        while (documents.hasNext()) {
            Scanned scanned = documents.next();
            index.add(key(files.get(fileAt[0]), stamps.get(fileAt[0]), scanned.id(), scanned.format()), scanned.cable().name(),
                    scanned.cable());
        }
        problems.addAll(0, corpus.problems());
        // what reading lost (damaged UTF-8, a tag inside markup…) is named and makes it exit 1, as for every
        // command: the findings were made without it. Before the second pass, which reads some files again.
        problems.addAll(corpus.lostAnnotations());
        problems.addAll(corpus.nothingRead());
        if (index.needsUntaggedPass()) {
            // only the cables whose words may hold a text that became an entity after they were scanned
            Set<String> again = index.filesForUntaggedPass();
            corpus.skipFiles(file -> !again.contains(stamps.get(file).realPath()));
            fileAt[0] = -1;
            Iterator<Document> second = corpus.documents();
            while (second.hasNext()) {
                Document document = second.next();
                index.scanUntagged(key(files.get(fileAt[0]), stamps.get(fileAt[0]), document.id(), document.source().format()),
                        document);
            }
        }
        index.finishBuild();
        if (index.isChanged()) {
            index.knowStamps(stamps); // saved with the stamps seen before reading, no second look
            try {
                index.save(indexFile, corrections::storedFile);
            } catch (IOException e) {
                problems.add(indexFile + ": the consistency index could not be saved: " + cabletag.formats.io.IoReason.describe(e));
            }
        }
        Set<String> dismissed;
        try {
            dismissed = Dismissals.beside(indexFile).keys();
        } catch (IOException e) {
            problems.add(indexFile + ": the dismissed findings could not be read: " + e.getMessage());
            dismissed = Set.of();
        }
        List<Finding> findings = index.findings(dismissed);

        // cables in input order: by their file's place in the listing, then as read (one look-up a cable)
        long[] byInput = new long[index.cableCount()];
        for (int cable = 0; cable < byInput.length; cable++) {
            long file = fileRank.getOrDefault(fileOf(index.key(cable)), Integer.MAX_VALUE);
            byInput[cable] = file << 32 | cable;
        }
        java.util.Arrays.sort(byInput);
        int[] rank = new int[byInput.length];
        for (int i = 0; i < byInput.length; i++) {
            rank[(int) byInput[i]] = i;
        }
        Comparator<Place> order = Comparator.<Place>comparingInt(p -> rank[p.cable()]).thenComparingInt(Place::start);
        if (json) {
            writeJson(index, findings, order, problems, shownByFile, exportIds(index, byInput, shownByFile));
        } else {
            ProblemLine.printAll(out, problems);
            List<Place> firsts = index.firstPlaces(findings, cable -> rank[cable]);
            for (int f = 0; f < findings.size(); f++) {
                Finding finding = findings.get(f);
                Place first = firsts.get(f);
                String shown = shownByFile.getOrDefault(fileOf(index.key(first.cable())), first.cableName());
                ProblemLine.print(out, shown + ":" + first.line() + ":" + first.column() + ": warning: " + finding.kind().title()
                        + ": " + finding.message() + " (" + Counted.of(finding.occurrences(), "place", "places")
                        + ") [consistency]");
            }
            out.flush();
        }

        return problems.isEmpty() && findings.isEmpty() ? Cli.OK : Cli.PROBLEMS;
    }

    /**
     * The store key of a document of a listed file, as the window's is made: its real path, as stamped, and the id
     * its own name gives (a file reached through a link with another name was read under the link's).
     */
    private static String key(Path file, FileStamp stamp, String id, SourceFormat format) {
        return CableKeys.of(file, stamp.realPath(), id, format);
    }

    private static CorpusIndex joined(CompletableFuture<CorpusIndex> reopening) {
        try {
            return reopening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory is said as such by the command line
            }
            throw e;
        }
    }

    /** A document as the reading threads leave it: its id, and its places apart from the index. */
    private record Scanned(String id, SourceFormat format, ScannedCable cable) { }

    private static String fileOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }

    /**
     * The id an export of these inputs gives each cable's document, as {@code suggest --json} names it: a dataset's
     * document by its id, a cable by its path under the input, {@code -2} for the later of two that want one id.
     * Every cable asks in input order ({@code byInput}), as the export asks, those taken from the saved index too.
     */
    private static String[] exportIds(CorpusIndex index, long[] byInput, Map<String, String> shownByFile) {
        ExportIds ids = new ExportIds();
        String[] given = new String[index.cableCount()];
        for (long ranked : byInput) {
            int cable = (int) ranked;
            String key = index.key(cable);
            String name = index.name(cable);
            SourceFormat format = index.format(cable) == null ? SourceFormat.INLINE : index.format(cable);
            DocumentSource source = DocumentSource.ofCleanText(name, format, "").shownAs(shownByFile.getOrDefault(fileOf(key), name));
            given[cable] = ids.idOf(new Document(key.substring(key.lastIndexOf('#') + 1), source, "", SpanSet.empty(), Map.of(), List.of()));
        }
        return given;
    }

    private void writeJson(CorpusIndex index, List<Finding> findings, Comparator<Place> order, List<String> problems,
            Map<String, String> shownByFile, String[] documents) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonGenerator json = new JsonFactory().createGenerator(writer);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("findings");
            List<List<Place>> places = index.places(findings); // one pass over the places for all findings
            for (int f = 0; f < findings.size(); f++) {
                Finding finding = findings.get(f);
                json.writeStartObject();
                json.writeStringField("kind", finding.kind().name().toLowerCase(Locale.ROOT));
                json.writeStringField("key", finding.key());
                json.writeStringField("message", finding.message());
                json.writeNumberField("occurrences", finding.occurrences());
                json.writeArrayFieldStart("texts");
                for (Finding.Text text : finding.texts()) {
                    json.writeStartObject();
                    json.writeStringField("text", text.text());
                    json.writeObjectFieldStart("labels");
                    for (var label : text.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                        json.writeNumberField(label.getKey().name(), label.getValue());
                    }
                    json.writeEndObject();
                    json.writeNumberField("untagged", text.untagged());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("places");
                for (Place place : places.get(f).stream().sorted(order).toList()) {
                    json.writeStartObject();
                    json.writeStringField("cable", place.cableName());
                    // the file as named, as the text lines give it: two inputs can each hold a cable of one name
                    json.writeStringField("file", shownByFile.getOrDefault(fileOf(index.key(place.cable())), place.cableName()));
                    // the document of the file that start and end count in: a dataset file holds many
                    json.writeStringField("document", documents[place.cable()]);
                    json.writeNumberField("start", place.startCodePoint());
                    json.writeNumberField("end", place.endCodePoint());
                    json.writeStringField("text", place.text());
                    if (place.label() == null) {
                        json.writeNullField("label");
                    } else {
                        json.writeStringField("label", place.label().name());
                    }
                    json.writeNumberField("line", place.line());
                    json.writeNumberField("column", place.column());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (String problem : problems) {
                json.writeString(problem);
            }
            json.writeEndArray();
            json.writeEndObject();
            JsonResult.end(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
