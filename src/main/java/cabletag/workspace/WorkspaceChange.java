package cabletag.workspace;

import java.util.List;
import java.util.Set;

/**
 * One event for views: the cables whose spans, review status or reading changed, and for an edit, undo
 * or redo the span changes themselves (empty when only statuses changed or cables were read).
 */
public record WorkspaceChange(Set<Integer> cables, List<CableChange> spanChanges) {

    public WorkspaceChange {
        cables = Set.copyOf(cables);
        spanChanges = List.copyOf(spanChanges);
    }

    /** The span changes of one cable, in the order they were applied. */
    public List<CableChange> changesOf(int cable) {
        return spanChanges.stream().filter(change -> change.cable() == cable).toList();
    }
}
