package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import java.nio.file.Path;

/** A cable's store key for those outside the workspace package (the suggestions' rejections, the commands). */
public final class CableKeys {

    private CableKeys() {
    }

    /**
     * The key of {@code document} read from {@code file}: the file's real path and the id its own name gives, also
     * when {@code file} is a link with another name (see ADR 0008).
     */
    public static String of(Path file, Document document) {
        return CableKey.of(file, document);
    }

    /**
     * As {@link #of(Path, Document)}, for the document {@code id} of a file of {@code format} whose real path
     * ({@code realPath}) is known already.
     */
    public static String of(Path file, String realPath, String id, SourceFormat format) {
        return CableKey.ofResolved(file, realPath, id, format);
    }
}
