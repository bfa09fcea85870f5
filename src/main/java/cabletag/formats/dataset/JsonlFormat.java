package cabletag.formats.dataset;

import cabletag.core.Document;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.FormatReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * spaCy/Prodigy JSON lines ({@code "spans"}). Told apart from doccano ({@code "label"}) by content: it
 * takes every {@code .jsonl}/{@code .json}/{@code .ndjson} file that doccano (asked first) does not. Both
 * shapes are read by the same parser, line by line, and a line that is neither is named as bad.
 */
public final class JsonlFormat implements FormatReader {

    static final Pattern SPANS_KEY = Pattern.compile("(?<!\\\\)\"spans\"\\s*:");
    static final Pattern LABEL_KEY = Pattern.compile("(?<!\\\\)\"label\"\\s*:\\s*\\[");
    static final Pattern TEXT_KEY = Pattern.compile("(?<!\\\\)\"text\"\\s*:");

    private final JsonLinesReader reader = new JsonLinesReader();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        // The name is the user's word: a .jsonl file is a dataset whatever its first line holds. Taken by
        // content, a file whose first line was not JSON (a comment, a broken line, nothing at all) went to the
        // cable reader and came out as one cable of JSON text, with exit 0. Doccano, tried first, takes its
        // own shape; every other line here is read as spaCy/Prodigy, and a bad one is named with its line.
        return isJsonLinesName(file);
    }

    static boolean isJsonLinesName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson");
    }

    static String firstLine(byte[] head) {
        String text = cabletag.formats.reader.ByteOrderMark.headText(head); // UTF-16/32 datasets are sniffed as text
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.stripLeading();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public List<Document> read(Path file, String name) throws IOException, FormatException {
        return reader.read(file, name);
    }

    @Override
    public List<Document> read(Path file, String name, byte[] content) throws IOException, FormatException {
        return reader.read(content, name); // the corpus read it whole already: not opened a second time
    }
}
