package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceDirtyAndStatusTest {

    @TempDir
    Path store;

    private Workspace open() {
        return InMemoryCorpus.open(store,
                Docs.tagged("a.txt", "[PER Rubaie  ] met [LOC Tehran  ]"),
                Docs.tagged("b.txt", "[PER Erbil  ] 3"),
                Docs.plain("c.txt", "No tags here."));
    }

    @Test
    void editsAreOnDiskWhenTheCallReturns() {
        Workspace workspace = open();
        assertThat(workspace.isDirty()).isFalse();
        long before = workspace.revision();

        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);

        assertThat(workspace.revision()).isEqualTo(before + 1);
        assertThat(workspace.isDirty()).isFalse();
        try (Workspace reopened = open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "LOC"));
        }
    }

    @Test
    void aStoreThatCannotBeWrittenLeavesTheWorkspaceDirtyUntilItCanBe() throws IOException {
        Workspace workspace = open();
        Path cables = store.resolve(CorrectionStore.CABLES);
        Files.writeString(cables, "a file where the folder should be");

        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);

        assertThat(workspace.isDirty()).isTrue();
        assertThat(workspace.problems()).singleElement().asString().contains("Could not save corrections");
        assertThatThrownBy(workspace::save).isInstanceOf(java.io.UncheckedIOException.class);

        Files.delete(cables);
        workspace.save();
        assertThat(workspace.isDirty()).isFalse();
        try (Workspace reopened = open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "LOC"));
        }
    }

    @Test
    void reviewStatusIsSavedAndNextUnreviewedWrapsRound() {
        Workspace workspace = open();
        workspace.setStatus(0, ReviewStatus.REVIEWED);
        workspace.setStatus(2, ReviewStatus.REVIEWED);

        assertThat(workspace.nextUnreviewed(0)).isEqualTo(OptionalInt.of(1));
        assertThat(workspace.nextUnreviewed(1)).isEqualTo(OptionalInt.empty());
        assertThat(workspace.nextUnreviewed(2)).isEqualTo(OptionalInt.of(1));
        assertThat(workspace.nextUnreviewed(-1)).isEqualTo(OptionalInt.of(1));
        workspace.setStatus(1, ReviewStatus.REVIEWED);
        assertThat(workspace.nextUnreviewed(0)).isEmpty();

        try (Workspace reopened = open()) {
            assertThat(reopened.cables()).extracting(CableEntry::status)
                    .containsExactly(ReviewStatus.REVIEWED, ReviewStatus.REVIEWED, ReviewStatus.REVIEWED);
        }
    }

    @Test
    void reviewedNextGoesToTheNextCableStillToReview() {
        Workspace workspace = open();
        workspace.setStatus(1, ReviewStatus.REVIEWED);

        assertThat(workspace.markReviewedAndNext(0)).isEqualTo(OptionalInt.of(2));
        assertThat(workspace.status(0)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(workspace.markReviewedAndNext(2)).isEmpty();
    }

    @Test
    void anEditOfAReviewedCablePutsItBackInProgressAndSaysSo() {
        Workspace workspace = open();
        workspace.setStatus(1, ReviewStatus.REVIEWED);

        workspace.delete(1, Span.of(0, 5, "PER"));

        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(workspace.lastEditNote()).contains("b.txt was marked reviewed; it is in progress again");
        workspace.relabel(0, Span.of(0, 6, "PER"), Label.LOC);
        assertThat(workspace.lastEditNote()).isEmpty();
        // and a reviewed cable can be marked unreviewed again by hand
        workspace.setStatus(0, ReviewStatus.REVIEWED);
        workspace.setStatus(0, ReviewStatus.IN_PROGRESS);
        assertThat(workspace.status(0)).isEqualTo(ReviewStatus.IN_PROGRESS);
    }

    @Test
    void aSecondSessionOnTheSameStoreIsWarned() {
        Workspace first = open();
        assertThat(first.problems()).isEmpty();

        try (Workspace second = open()) {
            assertThat(second.problems()).singleElement().asString().contains("open in another cabletag window");
        }
        first.close();
        try (Workspace third = open()) {
            assertThat(third.problems()).isEmpty();
        }
    }

    @Test
    void aClosedWorkspaceRefusesEdits() {
        Workspace workspace = open();
        workspace.close();

        assertThatThrownBy(() -> workspace.delete(1, Span.of(0, 5, "PER")))
                .isInstanceOf(IllegalStateException.class).hasMessage("the workspace is closed");
    }

    @Test
    void undoingBackToTheStartRemovesTheStoreFile() {
        Workspace workspace = open();
        workspace.delete(1, Span.of(0, 5, "PER"));
        Path file = storedFiles().get(0);
        assertThat(file).exists();

        workspace.undo();
        assertThat(workspace.document(1).spans()).containsExactly(Span.of(0, 5, "PER"));
        // the cable is new again, as before the delete: nothing is left worth a file
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.NEW);
        assertThat(file).doesNotExist();
    }

    @Test
    void undoingAnEditOfAReviewedCableMarksItReviewedAgainInTheStoreToo() {
        Workspace workspace = open();
        workspace.setStatus(1, ReviewStatus.REVIEWED);
        workspace.delete(1, Span.of(0, 5, "PER"));
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.IN_PROGRESS);

        workspace.undo();

        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(workspace.lastEditNote()).isEqualTo("b.txt is marked reviewed again, as before the edit.");
        assertThat(workspace.cables().get(1).status()).isEqualTo(ReviewStatus.REVIEWED);
        workspace.redo();
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(workspace.lastEditNote()).contains("b.txt was marked reviewed; it is in progress again");
        workspace.undo();
        workspace.save();
        try (Workspace reopened = reopen(workspace)) {
            assertThat(reopened.status(1)).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "PER"));
        }
    }

    @Test
    void markingReviewedIsAStepOfTheUndoHistory() {
        Workspace workspace = open();
        workspace.delete(1, Span.of(0, 5, "PER"));
        workspace.setStatus(1, ReviewStatus.REVIEWED, Span.of(0, 5, "PER"));
        assertThat(workspace.undoDescription()).isEqualTo("Mark b.txt reviewed");

        Selection undone = workspace.undo(); // the mark, not the delete before it

        assertThat(undone).isEqualTo(new Selection(1, Span.of(0, 5, "PER")));
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(workspace.document(1).spans()).isEmpty();
        assertThat(workspace.lastEditNote()).as("the undo message names the mark; no note").isEmpty();
        workspace.undo();
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.NEW);
        assertThat(storedFiles()).as("back where it started: no store file").isEmpty();
        workspace.redo();
        workspace.redo();
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(workspace.canRedo()).isFalse();
        try (Workspace reopened = reopen(workspace)) {
            assertThat(reopened.status(1)).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(reopened.document(1).spans()).isEmpty();
        }
    }

    @Test
    void markingACableWithTheStatusItHasIsNoStep() {
        Workspace workspace = open();
        workspace.setStatus(1, ReviewStatus.NEW);
        assertThat(workspace.canUndo()).isFalse();
    }

    private Workspace reopen(Workspace workspace) {
        workspace.close();
        return open();
    }

    private List<Path> storedFiles() {
        try (java.util.stream.Stream<Path> files = Files.list(store.resolve(CorrectionStore.CABLES))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
