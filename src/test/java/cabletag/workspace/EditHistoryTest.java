package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final List<String> log = new ArrayList<>();

    /** An edit that writes what happens to it into the log, and can be told to fail or to re-enter. */
    private final class LoggingEdit implements Edit {
        private final String name;
        private final Runnable duringExecute;

        LoggingEdit(String name) {
            this(name, () -> { });
        }

        LoggingEdit(String name, Runnable duringExecute) {
            this.name = name;
            this.duringExecute = duringExecute;
        }

        @Override
        public Selection execute() {
            duringExecute.run();
            log.add("do " + name);
            return new Selection(0, null);
        }

        @Override
        public Selection undo() {
            log.add("undo " + name);
            return new Selection(1, null);
        }

        @Override
        public Selection redo() {
            log.add("redo " + name);
            return new Selection(2, null);
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public Set<Integer> cables() {
            return Set.of(0);
        }
    }

    @Test
    void anEmptyHistoryHasNothingToUndoOrRedo() {
        EditHistory history = new EditHistory();

        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.nextUndo()).isNull();
        assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to undo");
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class).hasMessage("nothing to redo");
        assertThat(history.revision()).isZero();
    }

    @Test
    void undoAndRedoWalkTheStacksAndEveryStepAdvancesTheRevision() {
        EditHistory history = new EditHistory();
        history.push(new LoggingEdit("a"));
        history.push(new LoggingEdit("b"));
        assertThat(history.revision()).isEqualTo(2);

        assertThat(history.undo()).isEqualTo(new Selection(1, null));
        assertThat(history.undo()).isEqualTo(new Selection(1, null));
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(new Selection(2, null));

        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a", "redo a");
        assertThat(history.revision()).isEqualTo(5);
        assertThat(history.nextUndo().description()).isEqualTo("a");
        assertThat(history.nextRedo().description()).isEqualTo("b");
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        EditHistory history = new EditHistory();
        history.push(new LoggingEdit("a"));
        history.undo();
        assertThat(history.canRedo()).isTrue();

        history.push(new LoggingEdit("b"));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoSize()).isEqualTo(1);
    }

    @Test
    void theHistoryIsUnlimitedWithinASession() {
        EditHistory history = new EditHistory();
        for (int i = 0; i < 10_000; i++) {
            history.push(new LoggingEdit("e" + i));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(10_000);
        assertThat(log.get(log.size() - 1)).isEqualTo("undo e0");
    }

    @Test
    void anEditThatFailsIsNotRecorded() {
        EditHistory history = new EditHistory();

        assertThatThrownBy(() -> history.push(new LoggingEdit("bad", () -> {
            throw new IllegalArgumentException("no");
        }))).hasMessage("no");

        assertThat(history.canUndo()).isFalse();
        assertThat(history.revision()).isZero();
        assertThat(history.isRunning()).isFalse();
    }

    @Test
    void anEditCannotPushAnotherEditWhileItRuns() {
        EditHistory history = new EditHistory();
        List<Throwable> caught = new ArrayList<>();

        history.push(new LoggingEdit("outer", () -> {
            try {
                history.push(new LoggingEdit("inner"));
            } catch (IllegalStateException e) {
                caught.add(e);
            }
        }));

        assertThat(caught).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("an edit cannot start another edit, undo or redo while it runs");
        assertThat(log).containsExactly("do outer");
        assertThat(history.undoSize()).isEqualTo(1);
    }

    @Test
    void aCompositeIsUndoneInReverseOrder() {
        EditHistory history = new EditHistory();
        CompositeEdit batch = new CompositeEdit(List.of(new LoggingEdit("1"), new LoggingEdit("2"), new LoggingEdit("3")),
                "batch", new Selection(7, null), new Selection(8, null));

        assertThat(history.push(batch)).isEqualTo(new Selection(7, null));
        assertThat(history.undo()).isEqualTo(new Selection(8, null));
        assertThat(history.redo()).isEqualTo(new Selection(7, null));

        assertThat(log).containsExactly("do 1", "do 2", "do 3", "undo 3", "undo 2", "undo 1", "redo 1", "redo 2", "redo 3");
        assertThat(history.revision()).isEqualTo(3);
    }

    @Test
    void aCompositeWhosePartFailsTakesBackTheDoneParts() {
        EditHistory history = new EditHistory();
        CompositeEdit batch = new CompositeEdit(List.of(new LoggingEdit("1"), new LoggingEdit("2"),
                new LoggingEdit("3", () -> {
                    throw new IllegalArgumentException("part 3 does not fit");
                })), "batch", new Selection(0, null), new Selection(0, null));

        assertThatThrownBy(() -> history.push(batch)).hasMessage("part 3 does not fit");

        assertThat(log).containsExactly("do 1", "do 2", "undo 2", "undo 1");
        assertThat(history.canUndo()).isFalse();
    }
}
