package cabletag.cli;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Corrections from the workspace's store for this set of inputs. The store ({@code cabletag.workspace
 * .CorrectionStore}) had not landed on main when this branch was finished, so there is nothing to read
 * yet and documents pass unchanged; the adapter over {@code CorrectionStore.open(StoreLocation
 * .defaultLocation(), inputs)} ({@code applyTo}, {@code status(doc) == REVIEWED}, {@code problems()}) is
 * the only change needed once it lands.
 */
final class StoredCorrections {

    private StoredCorrections() {
    }

    static Corrections open(List<Path> inputs) throws IOException {
        return Corrections.NONE;
    }
}
