package cabletag.workspace;

import cabletag.formats.ReadingRules;
import java.nio.file.Path;
import java.util.List;

/**
 * One cable's stored corrections, as differences from the spans read from its source: the small
 * thing that has to be written after each edit, however many entities the cable has.
 *
 * @param path     the real path of the source file the corrections were made on (null in files from
 *                 before store version 3, until migrated)
 * @param document the document's source name as it was shown (informational)
 * @param readingGeneration the {@link ReadingRules#GENERATION} of the reading whose clean text the offsets count
 *                 (1 for a file that does not say: it was written before the generation was kept)
 * @param file     where this was read from (null when built in memory); not part of the format
 */
record StoredCorrection(String path, String document, String id, String sourceSha256, ReviewStatus status,
                        List<StoredSpan> removed, List<StoredSpan> added, int readingGeneration, Path file) {

    /** Corrections over the clean text as this cabletag reads it. */
    StoredCorrection(String path, String document, String id, String sourceSha256, ReviewStatus status,
                     List<StoredSpan> removed, List<StoredSpan> added) {
        this(path, document, id, sourceSha256, status, removed, added, ReadingRules.GENERATION, null);
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

    /** The same corrections with these spans: carried onto another reading of the same file. */
    StoredCorrection withSpans(List<StoredSpan> newRemoved, List<StoredSpan> newAdded) {
        return new StoredCorrection(path, document, id, sourceSha256, status, newRemoved, newAdded, readingGeneration, file);
    }

    StoredCorrection at(String newPath, Path newFile) {
        return new StoredCorrection(newPath, document, id, sourceSha256, status, removed, added, readingGeneration, newFile);
    }

    /**
     * Whether the offsets count the clean text of other rules of reading than this cabletag's (an earlier one's, or a
     * later one's), which may differ from the text read now.
     */
    boolean readByOtherRules() {
        return readingGeneration != ReadingRules.GENERATION;
    }

    int size() {
        return removed.size() + added.size();
    }
}
