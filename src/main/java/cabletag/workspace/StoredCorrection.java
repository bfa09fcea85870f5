package cabletag.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * One cable's stored corrections, as differences from the spans read from its source: the small
 * thing that has to be written after each edit, however many entities the cable has.
 *
 * @param path     the real path of the source file the corrections were made on (null in files from
 *                 before store version 3, until migrated)
 * @param document the document's source name as it was shown (informational)
 * @param file     where this was read from (null when built in memory); not part of the format
 */
record StoredCorrection(String path, String document, String id, String sourceSha256, ReviewStatus status,
                        List<StoredSpan> removed, List<StoredSpan> added, Path file) {

    StoredCorrection(String path, String document, String id, String sourceSha256, ReviewStatus status,
                     List<StoredSpan> removed, List<StoredSpan> added) {
        this(path, document, id, sourceSha256, status, removed, added, null);
    }

    StoredCorrection {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** The key it is stored under; needs {@link #path}. */
    String key() {
        return path + "#" + (id == null ? "" : id);
    }

    boolean hasSpanChanges() {
        return !removed.isEmpty() || !added.isEmpty();
    }

    StoredCorrection at(String newPath, Path newFile) {
        return new StoredCorrection(newPath, document, id, sourceSha256, status, removed, added, newFile);
    }

    int size() {
        return removed.size() + added.size();
    }
}
