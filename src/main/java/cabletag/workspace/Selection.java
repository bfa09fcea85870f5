package cabletag.workspace;

import cabletag.core.Span;

/**
 * What to select and scroll to after an edit, undo or redo, so the analyst never loses their place.
 *
 * @param cable the cable the edit touched
 * @param span  the entity to select, or null when nothing is left to select (an undone add)
 */
public record Selection(int cable, Span span) {

    public boolean hasSpan() {
        return span != null;
    }
}
