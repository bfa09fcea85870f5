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
     * would be taken out of, or put into, a text they were not made on. A step changes only its own cables, so the
     * steps of other cables stay undoable, older or newer; only a step over several cables (a corpus-wide one) that
     * goes takes with it the older steps of its other cables, whose undo would then run on a state that never was.
     * Before, every step older than the cable's newest went, and F5 on one cable emptied the history of all (found
     * from outside). The steps to redo were made on the state before the read: all go when one of them touches it.
     * Says how many steps were forgotten.
     */
    int forget(int cable) {
        java.util.Set<Integer> gone = new java.util.HashSet<>(java.util.Set.of(cable));
        java.util.List<Edit> kept = new java.util.ArrayList<>(); // newest first
        int forgotten = 0;
        for (Edit edit : undoStack) { // newest first
            if (java.util.Collections.disjoint(edit.cables(), gone)) {
                kept.add(edit);
            } else {
                gone.addAll(edit.cables());
                forgotten++;
            }
        }
        undoStack.clear();
        for (int i = kept.size() - 1; i >= 0; i--) {
            undoStack.push(kept.get(i));
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
