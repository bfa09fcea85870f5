package cabletag.workspace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several edits as one undoable step (after Scene Builder's BatchJob): done in order, undone in
 * reverse order. If a part fails, the parts already done are undone before the failure is rethrown,
 * so the model is never left half-changed.
 */
final class CompositeEdit implements Edit {

    private final List<Edit> parts;
    private final String description;
    private final Selection selectAfter;
    private final Selection selectAfterUndo;

    CompositeEdit(List<? extends Edit> parts, String description, Selection selectAfter, Selection selectAfterUndo) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a composite edit needs at least one part");
        }
        this.parts = List.copyOf(parts);
        this.description = description;
        this.selectAfter = selectAfter;
        this.selectAfterUndo = selectAfterUndo;
    }

    @Override
    public Selection execute() {
        forward(true);
        return selectAfter;
    }

    @Override
    public Selection redo() {
        forward(false);
        return selectAfter;
    }

    private void forward(boolean first) {
        List<Edit> done = new ArrayList<>();
        try {
            for (Edit part : parts) {
                if (first) {
                    part.execute();
                } else {
                    part.redo();
                }
                done.add(part);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo();
            }
            throw e;
        }
    }

    @Override
    public Selection undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
        return selectAfterUndo;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Integer> cables() {
        Set<Integer> cables = new LinkedHashSet<>();
        for (Edit part : parts) {
            cables.addAll(part.cables());
        }
        return cables;
    }

    List<Edit> parts() {
        return parts;
    }
}
