package cabletag.cli;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Corrections from the workspace's store for this set of inputs. */
final class StoredCorrections {

    private StoredCorrections() {
    }

    static Corrections open(List<Path> inputs) throws IOException {
        return Corrections.NONE;
    }
}
