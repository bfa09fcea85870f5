package cabletag.cli;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The analyst's stored corrections as the commands see them: applied to each document as it is read,
 * plus its review status. Backed by the workspace's correction store.
 */
interface Corrections {

    Corrections NONE = new Corrections() {
        @Override
        public Document apply(Document document) {
            return document;
        }

        @Override
        public boolean isReviewed(Document document) {
            return false;
        }
    };

    Document apply(Document document);

    boolean isReviewed(Document document);

    /** Corrections that could not be re-applied (the source changed since) and unreadable store files. */
    default List<String> problems() {
        return List.of();
    }

    static Corrections open(List<Path> inputs) throws IOException {
        return StoredCorrections.open(inputs);
    }
}
