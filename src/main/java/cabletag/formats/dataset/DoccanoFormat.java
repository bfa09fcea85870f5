package cabletag.formats.dataset;

import cabletag.core.Document;
import cabletag.formats.reader.FormatException;
import cabletag.formats.reader.FormatReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** doccano sequence-labelling JSON lines: {@code {"text", "label": [[start, end, "PER"], ...]}}, code points. */
public final class DoccanoFormat implements FormatReader {

    private final JsonLinesReader reader = new JsonLinesReader();

    @Override
    public String name() {
        return "doccano";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (!JsonlFormat.isJsonLinesName(file)) {
            return false;
        }
        String first = JsonlFormat.firstLine(head);
        return first.startsWith("{") && JsonlFormat.LABEL_KEY.matcher(first).find()
                && !JsonlFormat.SPANS_KEY.matcher(first).find();
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
