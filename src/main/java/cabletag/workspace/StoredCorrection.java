package cabletag.workspace;

import java.util.List;

/**
 * One cable's stored corrections, as differences from the spans read from its source: the small
 * thing that has to be written after each edit, however many entities the cable has.
 */
record StoredCorrection(String document, String id, String sourceSha256, ReviewStatus status,
                        List<StoredSpan> removed, List<StoredSpan> added) {

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
