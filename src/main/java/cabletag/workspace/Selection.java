package cabletag.workspace;

import cabletag.core.Span;

/**
 * What to select and scroll to after an edit, undo or redo, so the analyst never loses their place.
 *
 * @param cable  the cable the edit touched
 * @param span   the entity to select, or null when no entity is left to select (a delete, an undone add)
 * @param anchor where the change happened, as a clean-text offset, to scroll to even when {@code span}
 *               is null; -1 when there is no such place
 */
public record Selection(int cable, Span span, int anchor) {

    /** A selection anchored at the span's start (or nowhere, for a null span). */
    public Selection(int cable, Span span) {
        this(cable, span, span == null ? -1 : span.start());
    }

    public boolean hasSpan() {
        return span != null;
    }
}
