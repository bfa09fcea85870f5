package cabletag.cli;

import cabletag.core.Document;
import cabletag.workspace.CorrectionStore;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The workspace's correction store for this set of inputs, as the commands see it. */
final class StoredCorrections implements Corrections {

    private final CorrectionStore store;

    private StoredCorrections(CorrectionStore store) {
        this.store = store;
    }

    static Corrections open(List<Path> inputs) throws IOException {
        CorrectionStore store = CorrectionStore.open(StoreLocation.defaultLocation(), inputs);
        return store.isEmpty() ? Corrections.NONE : new StoredCorrections(store);
    }

    @Override
    public Document apply(Document document) {
        return store.applyTo(document);
    }

    @Override
    public boolean isReviewed(Document document) {
        return store.status(document) == ReviewStatus.REVIEWED;
    }

    @Override
    public List<String> problems() {
        return store.problems();
    }
}
