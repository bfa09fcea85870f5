package cabletag.workspace;

import cabletag.core.Span;
import java.util.List;

/**
 * What one edit, undo or redo did to one cable's spans, as it happened: views update from it
 * instead of comparing span sets. Several of one cable come in the order they were applied.
 */
public record CableChange(int cable, List<Span> removed, List<Span> added) {

    public CableChange {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
