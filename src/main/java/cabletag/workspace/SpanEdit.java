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
        return new Selection(cable, selectAfterUndo);
    }

    @Override
    public Selection redo() {
        target.apply(cable, change);
        return new Selection(cable, selectAfter);
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
