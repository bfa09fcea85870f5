package cabletag.formats.inline;

import cabletag.core.Document;
import cabletag.formats.reader.FormatReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Cables in their own format; the fallback for any text file no dataset format claims. */
public final class InlineFormat implements FormatReader {

    private final CableReader reader = new CableReader();

    @Override
    public String name() {
        return "inline";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return true;
    }

    @Override
    public List<Document> read(Path file, String name) throws IOException {
        return read(file, name, Files.readAllBytes(file));
    }

    @Override
    public List<Document> read(Path file, String name, byte[] content) {
        return List.of(reader.read(name, content));
    }
}
