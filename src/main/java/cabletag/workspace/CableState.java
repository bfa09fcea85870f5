package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One cable in a session: the document as read, its current spans, and the differences between the
 * two kept up to date edit by edit (so saving a cable with 100,000 entities writes only what changed).
 */
final class CableState {

    final int index;
    final Document read;
    final String key;
    final String sourceHash;
    private Document current;
    private final Set<Span> removed = new HashSet<>();
    private final Set<Span> added = new HashSet<>();
    private ReviewStatus status = ReviewStatus.NEW;
    private final List<String> notes = new ArrayList<>();
    private TokenIndex tokens;

    CableState(int index, Document read) {
        this.index = index;
        this.read = read;
        this.key = DocumentKey.of(read);
        this.sourceHash = Reapplier.sourceHash(read);
        this.current = read;
    }

    Document current() {
        return current;
    }

    /** Sets the spans restored from the store, with the differences that produce them. */
    void restore(SpanSet spans, List<Span> removedFromRead, List<Span> addedToRead) {
        current = read.withSpans(spans);
        removed.clear();
        added.clear();
        removed.addAll(removedFromRead);
        added.addAll(addedToRead);
    }

    /** Applies a change, or throws and stays as it was. */
    void apply(SpanChange change) {
        SpanSet next = change.applyTo(current.spans());
        current = current.withSpans(next);
        for (Span span : change.removed()) {
            if (!added.remove(span)) {
                removed.add(span);
            }
        }
        for (Span span : change.added()) {
            if (!removed.remove(span)) {
                added.add(span);
            }
        }
    }

    ReviewStatus status() {
        return status;
    }

    void status(ReviewStatus status) {
        this.status = status;
    }

    TokenIndex tokens() {
        if (tokens == null) {
            tokens = TokenIndex.of(read);
        }
        return tokens;
    }

    List<String> notes() {
        return notes;
    }

    int problemCount() {
        return read.diagnostics().size() + notes.size();
    }

    boolean hasSpanChanges() {
        return !removed.isEmpty() || !added.isEmpty();
    }

    /** Worth a store file: edited, or given a status. */
    boolean isWorthStoring() {
        return hasSpanChanges() || status != ReviewStatus.NEW;
    }

    StoredCorrection toStored() {
        return new StoredCorrection(read.source().name(), read.id(), sourceHash, status,
                stored(removed, read.text()), stored(added, read.text()));
    }

    private static List<StoredSpan> stored(Set<Span> spans, String text) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Span.ORDER);
        List<StoredSpan> result = new ArrayList<>(sorted.size());
        for (Span span : sorted) {
            result.add(new StoredSpan(span, span.textIn(text)));
        }
        return result;
    }
}
