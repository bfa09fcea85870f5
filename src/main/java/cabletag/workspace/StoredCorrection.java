package cabletag.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * One cable's stored corrections, as differences from the spans read from its source: the small
 * thing that has to be written after each edit, however many entities the cable has.
 */
/* file: where it was read from (null when built in memory); not part of the format. */
record StoredCorrection(String document, String id, String sourceSha256, ReviewStatus status,
                        List<StoredSpan> removed, List<StoredSpan> added, Path file) {

    StoredCorrection(String document, String id, String sourceSha256, ReviewStatus status,
                     List<StoredSpan> removed, List<StoredSpan> added) {
        this(document, id, sourceSha256, status, removed, added, null);
    }

    StoredCorrection {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    String key() {
        return DocumentKey.of(document, id);
    }

    boolean hasSpanChanges() {
        return !removed.isEmpty() || !added.isEmpty();
    }
}
