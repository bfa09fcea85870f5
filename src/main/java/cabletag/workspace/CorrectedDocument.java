package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.List;

/**
 * A document as read from its file and with the analyst's stored corrections put back: what both the
 * window and the commands work from (see {@link CorrectedDocuments}).
 *
 * @param original   as read from the file
 * @param document   with the stored corrections applied (the original when there are none)
 * @param key        its store key (file's real path and id); null when the store holds nothing at all
 * @param path       the real path of its file; null likewise
 * @param status     its review status (new when nothing is stored)
 * @param removed    the read spans the corrections take away, as placed on this text
 * @param added      the spans the corrections put in, as placed on this text
 * @param problems   what the analyst must know, each naming the cable: a store file that cannot be
 *                   read, corrections that could not be put back
 * @param notes      news that is no problem (corrections found again after the file moved)
 * @param stored     what was found in the store (null when nothing), with the file it came from
 * @param rewrite    whether the stored file should be written anew (the source changed, or the
 *                   cable was found under another name)
 * @param rejectedAt when nothing is stored for it: the cable with rejected suggestions and no corrections that it was
 *                   before its file moved or was renamed (a look-up holding no correction, which says where its
 *                   rejections were kept); else null
 */
public record CorrectedDocument(Document original, Document document, String key, String path, ReviewStatus status,
                                List<Span> removed, List<Span> added, List<String> problems, List<String> notes,
                                StoredCorrection stored, boolean rewrite, StoredCorrection rejectedAt) {

    /** A document whose rejected suggestions, if any, are those of its corrections' place (or its own key's). */
    public CorrectedDocument(Document original, Document document, String key, String path, ReviewStatus status,
                             List<Span> removed, List<Span> added, List<String> problems, List<String> notes,
                             StoredCorrection stored, boolean rewrite) {
        this(original, document, key, path, status, removed, added, problems, notes, stored, rewrite, null);
    }

    public CorrectedDocument {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean isReviewed() {
        return status == ReviewStatus.REVIEWED;
    }

    /** The path of the file the stored corrections were made on (another when the cable moved); null when none were. */
    public String storedAt() {
        return stored == null ? null : stored.path();
    }

    /**
     * Where the suggestions rejected in it were kept, besides under its own key: the place its corrections were found
     * at, else the cable without corrections it was before it moved; null when neither ({@link RejectedPlaces}).
     */
    StoredCorrection rejectionsFrom() {
        return stored != null ? stored : rejectedAt;
    }

    /** The store file the corrections came from, when it is not the one they will be written to. */
    Path storedFile() {
        return stored == null ? null : stored.file();
    }
}
