package cabletag.formats.export;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where an export goes: a file (jsonl, conll, hf, doccano), a folder (brat, inline), or a stream
 * (standard output, for the file formats without a split).
 */
public record ExportTarget(Path path, OutputStream stream) {

    public ExportTarget {
        if ((path == null) == (stream == null)) {
            throw new IllegalArgumentException("an export target is a path or a stream");
        }
    }

    public static ExportTarget path(Path path) {
        return new ExportTarget(path, null);
    }

    public static ExportTarget stream(OutputStream stream) {
        return new ExportTarget(null, stream);
    }

    public boolean isStream() {
        return stream != null;
    }

    @Override
    public String toString() {
        return isStream() ? "standard output" : path.toString();
    }
}
