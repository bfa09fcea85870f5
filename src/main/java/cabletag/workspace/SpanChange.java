package cabletag.workspace;

import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.List;

/** Spans taken out of and put into one cable, as one change. Its inverse swaps the two lists. */
record SpanChange(List<Span> removed, List<Span> added) {

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
     * The spans after this change ({@link SpanSet#replace(java.util.Collection, java.util.Collection)},
     * the one place a change is applied).
     *
     * @throws cabletag.core.SpanConflictException when the result breaks the overlap policy
     * @throws IllegalArgumentException            when a removed span is not there
     */
    SpanSet applyTo(SpanSet spans) {
        return spans.replace(removed, added);
    }
}
