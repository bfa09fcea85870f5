package cabletag.workspace;

import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Spans taken out of and put into one cable, as one change. Its inverse swaps the two lists. */
record SpanChange(List<Span> removed, List<Span> added) {

    // Below this size, removing and adding one span at a time (each an array copy) beats a rebuild.
    private static final int STEPWISE_LIMIT = 8;

    SpanChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    static SpanChange replace(Span removed, Span added) {
        return new SpanChange(List.of(removed), List.of(added));
    }

    SpanChange inverse() {
        return new SpanChange(added, removed);
    }

    boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /**
     * The spans after this change. Removals go first, so every intermediate set is a subset of the
     * result and a conflict anywhere is a conflict of the result (the policy is pairwise).
     *
     * @throws cabletag.core.SpanConflictException when the result breaks the overlap policy
     * @throws IllegalArgumentException            when a removed span is not there
     */
    SpanSet applyTo(SpanSet spans) {
        if (removed.size() == 1 && added.size() == 1 && removed.get(0).sameRange(added.get(0))) {
            return spans.withSameRangeReplaced(removed.get(0), added.get(0)); // a relabel, the commonest edit
        }
        if (removed.size() + added.size() <= STEPWISE_LIMIT) {
            SpanSet result = spans;
            for (Span span : removed) {
                result = result.without(span);
            }
            for (Span span : added) {
                result = result.with(span);
            }
            return result;
        }
        return applyAll(spans, removed, added);
    }

    /** A rebuild in one pass, for large changes where one-at-a-time would be quadratic. */
    static SpanSet applyAll(SpanSet spans, List<Span> removed, List<Span> added) {
        Set<Span> gone = new HashSet<>(removed);
        List<Span> next = new ArrayList<>(spans.size() + added.size());
        int found = 0;
        for (Span span : spans) {
            if (gone.contains(span)) {
                found++;
            } else {
                next.add(span);
            }
        }
        if (found != gone.size()) {
            throw new IllegalArgumentException("some of the removed spans are not there: " + removed);
        }
        next.addAll(added);
        return SpanSet.of(next);
    }
}
