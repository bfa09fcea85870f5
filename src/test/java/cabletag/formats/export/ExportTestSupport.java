package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seeds, exports and independent views of the seeds for the export tests. */
final class ExportTestSupport {

    static final String TAGGED_SEED = "004_139b5bbd77eb63a8.txt";
    static final String PLAIN_SEED = "000_cb2ef8ccb40cf302.txt";

    private static final Pattern RAW_TAG = Pattern.compile("\\[([A-Z][A-Z0-9_-]*) (.*?)  \\]");

    private ExportTestSupport() {
    }

    static Path seeds() {
        return Path.of(System.getProperty("cabletag.seeds", "seeds"));
    }

    static List<Document> read(Path... inputs) {
        List<Document> documents = new ArrayList<>();
        for (ReadOutcome outcome : CorpusReader.standard().readAll(List.of(inputs))) {
            if (!outcome.problems().isEmpty()) {
                throw new AssertionError("reading failed: " + outcome.problems());
            }
            documents.addAll(outcome.documents());
        }
        return documents;
    }

    static List<Document> seedDocuments() {
        return read(seeds());
    }

    static ExportSummary export(ExportOptions options, List<Document> documents, Path target) throws IOException {
        return new Exporter(options).export(ExportSource.of(documents), ExportTarget.path(target), ExportProgress.NONE, () -> false);
    }

    /** The tags of a raw inline cable, by regular expression, in order: "LABEL text". No reader involved. */
    static List<String> rawTags(Path cable) throws IOException {
        String raw = Files.readString(cable, StandardCharsets.UTF_8);
        List<String> tags = new ArrayList<>();
        Matcher matcher = RAW_TAG.matcher(raw);
        while (matcher.find()) {
            tags.add(matcher.group(1) + " " + matcher.group(2));
        }
        return tags;
    }

    /** Python's {@code text[start:end]}: code point slicing. */
    static String pythonSlice(String text, int start, int end) {
        int[] points = text.codePoints().toArray();
        return new String(points, start, end - start);
    }

    static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
