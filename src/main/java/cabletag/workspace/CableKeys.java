package cabletag.workspace;

import java.nio.file.Path;

/** A cable's store key for those outside the workspace package (the suggestions' rejections, the commands). */
public final class CableKeys {

    private CableKeys() {
    }

    /** The key of document {@code id} of {@code file}: its real path and id (see ADR 0008). */
    public static String of(Path file, String id) {
        return CableKey.of(file, id);
    }
}
