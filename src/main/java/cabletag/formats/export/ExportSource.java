package cabletag.formats.export;

import cabletag.core.Document;
import java.util.Iterator;
import java.util.List;

/**
 * What an export reads: documents one at a time (so a corpus larger than memory streams), how many to
 * expect for the progress bar, and the problems met while producing them (skipped files...).
 */
public interface ExportSource {

    /** Expected number of documents, or -1 when unknown. */
    long expectedSize();

    Iterator<Document> documents();

    /** Problems met while reading, complete once {@link #documents()} is exhausted. */
    default List<String> problems() {
        return List.of();
    }

    static ExportSource of(List<Document> documents) {
        return new ExportSource() {
            @Override
            public long expectedSize() {
                return documents.size();
            }

            @Override
            public Iterator<Document> documents() {
                return documents.iterator();
            }
        };
    }
}
