package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.consistency.Finding;
import cabletag.workspace.EditRejectedException;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dismissing a finding is one step of the workspace's undo history: undo brings the finding back and takes its
 * key out of the store's file, redo dismisses it again. Before, a dismissal could only be undone by deleting
 * the {@code .dismissed} file.
 */
class DismissalStepTest {

    @TempDir
    Path temp;

    private Workspace workspace;
    private Path indexFile;

    private static final Finding IRAN = new Finding(Finding.Kind.UNTAGGED, "untagged:Iran",
            "“Iran” is tagged LOC 7× but untagged 14× elsewhere", 21, List.of(new Finding.Text("Iran", Map.of(Label.LOC, 7), 14)));
    private static final Finding GOI = new Finding(Finding.Kind.VARIANTS, "case:goi", "GOI/GoI", 11,
            List.of(new Finding.Text("GOI", Map.of(Label.ORG, 8), 0), new Finding.Text("GoI", Map.of(Label.ORG, 3), 0)));

    @BeforeEach
    void open() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[LOC Iran  ] and Iran .\n");
        workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
        indexFile = temp.resolve("home/consistency/inputs.index");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aDismissalIsUndoneAndRedoneThroughTheWorkspacesHistory() throws Exception {
        Dismissals dismissals = Dismissals.beside(indexFile);

        workspace.record(DismissalStep.dismiss(dismissals, IRAN));

        assertThat(dismissals.keys()).containsExactly("untagged:Iran");
        assertThat(workspace.undoDescription()).isEqualTo("Dismiss “Iran” (LOC/untagged)");
        workspace.undo();
        assertThat(dismissals.keys()).as("the finding is back").isEmpty();
        assertThat(Files.readString(dismissals.file())).as("and the store's file says so").isEmpty();
        workspace.redo();
        assertThat(Dismissals.beside(indexFile).keys()).containsExactly("untagged:Iran");
    }

    @Test
    void restoringADismissedFindingIsAStepToo() throws Exception {
        Dismissals dismissals = Dismissals.beside(indexFile);
        dismissals.dismiss(GOI.key());

        workspace.record(DismissalStep.restore(dismissals, GOI));

        assertThat(workspace.undoDescription()).isEqualTo("Restore “GOI”, “GoI” (ORG)");
        assertThat(dismissals.keys()).isEmpty();
        workspace.undo();
        assertThat(dismissals.keys()).containsExactly("case:goi");
    }

    /** A view closed and another opened over the same file: each change reads the file, none writes back an old set. */
    @Test
    void stepsOfTwoViewsOverOneFileUndoInTurnWithoutWritingBackAnOldSet() throws Exception {
        Dismissals first = Dismissals.beside(indexFile);
        Dismissals second = Dismissals.beside(indexFile);
        workspace.record(DismissalStep.dismiss(first, IRAN));
        workspace.record(DismissalStep.dismiss(second, GOI));
        assertThat(first.keys()).containsExactly("untagged:Iran", "case:goi");

        workspace.undo();
        assertThat(first.keys()).containsExactly("untagged:Iran");
        workspace.undo();
        assertThat(second.keys()).isEmpty();
    }

    @Test
    void aDismissalThatCannotBeSavedIsRefusedAndNotRecorded() throws Exception {
        Files.writeString(temp.resolve("home-file"), "a file where the store's folder should be");
        Dismissals unwritable = Dismissals.beside(temp.resolve("home-file/consistency/inputs.index"));

        assertThatThrownBy(() -> workspace.record(DismissalStep.dismiss(unwritable, IRAN)))
                .isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("the dismissed findings could not be saved");
        assertThat(workspace.canUndo()).isFalse();
    }
}
