package cabletag.workspace;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo stacks, unlimited within a session (after Scene Builder's JobManager). Every push,
 * undo and redo advances a revision counter; the store records the revision it last saved, which is
 * what "dirty" means. An edit may not push another edit while it runs: that would interleave two
 * steps on the stacks and make undo restore a state that never existed.
 */
final class EditHistory {

    private final Deque<Edit> undoStack = new ArrayDeque<>();
    private final Deque<Edit> redoStack = new ArrayDeque<>();
    private boolean running;
    private long revision;

    /** Executes the edit and records it; an edit that throws is not recorded. */
    Selection push(Edit edit) {
        Selection selection = run(edit::execute);
        undoStack.push(edit);
        redoStack.clear();
        revision++;
        return selection;
    }

    Selection undo() {
        if (undoStack.isEmpty()) {
            throw new IllegalStateException("nothing to undo");
        }
        Edit edit = undoStack.peek();
        Selection selection = run(edit::undo);
        redoStack.push(undoStack.pop());
        revision++;
        return selection;
    }

    Selection redo() {
        if (redoStack.isEmpty()) {
            throw new IllegalStateException("nothing to redo");
        }
        Edit edit = redoStack.peek();
        Selection selection = run(edit::redo);
        undoStack.push(redoStack.pop());
        revision++;
        return selection;
    }

    private Selection run(java.util.function.Supplier<Selection> action) {
        if (running) {
            throw new IllegalStateException("an edit cannot start another edit, undo or redo while it runs");
        }
        running = true;
        try {
            return action.get();
        } finally {
            running = false;
        }
    }

    /**
     * Forgets the steps that touch {@code cable}, whose text was read again and changed under them: their spans
     * would be taken out of, or put into, a text they were not made on. Each step is undone on the state the
     * steps after it left, so the newest step that touches the cable goes with every step older than it; newer
     * steps of other cables stay undoable. The steps to redo were made on the state before the read: all go when
     * one of them touches it. Says how many steps were forgotten.
     */
    int forget(int cable) {
        int forgotten = 0;
        java.util.List<Edit> newestFirst = java.util.List.copyOf(undoStack);
        for (int i = 0; i < newestFirst.size(); i++) {
            if (newestFirst.get(i).cables().contains(cable)) {
                forgotten += newestFirst.size() - i;
                undoStack.clear();
                for (int keep = i - 1; keep >= 0; keep--) {
                    undoStack.push(newestFirst.get(keep));
                }
                break;
            }
        }
        if (redoStack.stream().anyMatch(edit -> edit.cables().contains(cable))) {
            forgotten += redoStack.size();
            redoStack.clear();
        }
        return forgotten;
    }

    boolean isRunning() {
        return running;
    }

    boolean canUndo() {
        return !undoStack.isEmpty();
    }

    boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** The edit undo would take back, or null. */
    Edit nextUndo() {
        return undoStack.peek();
    }

    /** The edit redo would do again, or null. */
    Edit nextRedo() {
        return redoStack.peek();
    }

    int undoSize() {
        return undoStack.size();
    }

    int redoSize() {
        return redoStack.size();
    }

    long revision() {
        return revision;
    }
}
