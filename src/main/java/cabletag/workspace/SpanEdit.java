package cabletag.workspace;

import cabletag.core.Span;
import java.util.Set;

/** A change of one cable's spans. */
final class SpanEdit implements Edit {

    private final SpanTarget target;
    private final int cable;
    private final SpanChange change;
    private final String description;
    private final Span selectAfter;
    private final Span selectAfterUndo;

    SpanEdit(SpanTarget target, int cable, SpanChange change, String description, Span selectAfter, Span selectAfterUndo) {
        this.target = target;
        this.cable = cable;
        this.change = change;
        this.description = description;
        this.selectAfter = selectAfter;
        this.selectAfterUndo = selectAfterUndo;
    }

    @Override
    public Selection execute() {
        return redo();
    }

    @Override
    public Selection undo() {
        target.apply(cable, change.inverse());
        return selection(selectAfterUndo);
    }

    @Override
    public Selection redo() {
        target.apply(cable, change);
        return selection(selectAfter);
    }

    /** The span, or when there is none (a delete, an undone add), the place the change happened. */
    private Selection selection(Span span) {
        if (span != null) {
            return new Selection(cable, span);
        }
        Span changed = !change.removed().isEmpty() ? change.removed().get(0)
                : !change.added().isEmpty() ? change.added().get(0) : null;
        return new Selection(cable, null, changed == null ? -1 : changed.start());
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Integer> cables() {
        return Set.of(cable);
    }

    int cable() {
        return cable;
    }

    SpanChange change() {
        return change;
    }
}
