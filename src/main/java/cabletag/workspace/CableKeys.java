package cabletag.workspace;

import cabletag.core.SourceFormat;
import java.nio.file.Path;

/** A cable's store key for those outside the workspace package (the consistency check). */
public final class CableKeys {

    private CableKeys() {
    }

    /**
     * The key of the document {@code id} of a file of {@code format} whose real path ({@code realPath}) is known
     * already: that real path and the id the file's own name gives, also when {@code file} is a link with another
     * name (see ADR 0008).
     */
    public static String of(Path file, String realPath, String id, SourceFormat format) {
        return CableKey.ofResolved(file, realPath, id, format);
    }
}
