package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static org.assertj.core.api.Assertions.assertThat;
import static javafx.scene.input.KeyCode.CONTROL;
import static javafx.scene.input.KeyCode.SHIFT;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of docs/KEYS.md pressed in the real window on a three-cable corpus, checking what the
 * analyst would see: the cable shown, the corpus row, the entities, the selection and caret, the
 * status bar. Each test starts from a fresh store, so no correction or review leaks between tests.
 */
class KeyboardFlowWindowTest extends ThreeCableWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private String shownName() {
        return w.doc().source().name();
    }

    @Test
    void ctrlPageDownAndUpMoveBetweenCablesAndStopAtTheEnds(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(shownName()).isEqualTo("a.txt");

        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(shownName()).isEqualTo("b.txt");
        assertThat(w.corpusRowSelected()).isEqualTo("b.txt");
        assertThat(w.label(robot, "#status-file")).isEqualTo("b.txt (2/3)");
        assertThat(w.window.cableView().area().getText()).isEqualTo(w.doc().text());

        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN); // already on the last cable: stays
        assertThat(shownName()).isEqualTo("c.txt");
        assertThat(w.corpusRowSelected()).isEqualTo("c.txt");

        chord(robot, CONTROL, KeyCode.PAGE_UP);
        assertThat(shownName()).isEqualTo("b.txt");
        chord(robot, CONTROL, KeyCode.PAGE_UP);
        chord(robot, CONTROL, KeyCode.PAGE_UP); // already on the first: stays
        assertThat(shownName()).isEqualTo("a.txt");
        assertThat(w.corpusRowSelected()).isEqualTo("a.txt");
        assertThat(w.label(robot, "#status-file")).isEqualTo("a.txt (1/3)");
    }

    /**
     * The status bar counted the shown cable's place in the whole corpus: with the list sorted or filtered, "a.txt
     * (1/3)" named a place the list did not show. It says the place in the list as shown, as Ctrl+PageDown moves.
     */
    @Test
    void theStatusBarSaysThePlaceInTheListAsFilteredAndSorted(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(w.label(robot, "#status-file")).isEqualTo("a.txt (1/3)");
        robot.interact(() -> {
            var table = w.window.corpusPane().table();
            var name = table.getColumns().get(0);
            name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(name));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.label(robot, "#status-file")).as("sorted c, b, a").isEqualTo("a.txt (3/3)");

        robot.interact(() -> w.window.corpusPane().nameFilter().setText("b"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.label(robot, "#status-file")).as("a hidden by the filter")
                .isEqualTo("a.txt (not listed: the filters show 1 of 3)");
        chord(robot, CONTROL, KeyCode.PAGE_UP);
        assertThat(shownName()).isEqualTo("b.txt");
        assertThat(w.label(robot, "#status-file")).isEqualTo("b.txt (1/1 listed, 3 in all)");
    }

    @Test
    void ctrlEnterMarksReviewedAndSkipsACableAlreadyReviewed(FxRobot robot) throws Exception {
        w.awaitOpened();
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.ENTER); // b reviewed, on to c
        assertThat(shownName()).isEqualTo("c.txt");
        assertThat(w.window.model().workspace().status(1)).isEqualTo(ReviewStatus.REVIEWED);

        chord(robot, CONTROL, KeyCode.PAGE_UP);
        chord(robot, CONTROL, KeyCode.PAGE_UP);
        assertThat(shownName()).isEqualTo("a.txt");
        chord(robot, CONTROL, KeyCode.ENTER);

        // the next cable, b, is reviewed already: the key goes on to c
        assertThat(shownName()).isEqualTo("c.txt");
        assertThat(w.corpusRowSelected()).isEqualTo("c.txt");
        assertThat(w.window.corpusPane().table().getItems()).extracting(CableEntry::status)
                .containsExactly(ReviewStatus.REVIEWED, ReviewStatus.REVIEWED, ReviewStatus.NEW);
        assertThat(w.label(robot, "#status-progress")).isEqualTo("Reviewed 2/3");

        chord(robot, CONTROL, KeyCode.ENTER); // the last one: nothing left to go to
        assertThat(shownName()).isEqualTo("c.txt");
        assertThat(w.label(robot, "#status-progress")).isEqualTo("Reviewed 3/3");
        assertThat(w.window.statusBar().getText()).isEqualTo("All 3 cables reviewed — Ctrl+Z undoes");

        chord(robot, CONTROL, KeyCode.PAGE_UP);
        chord(robot, CONTROL, KeyCode.Z); // takes back the last mark, c's, and goes back to c
        assertThat(shownName()).isEqualTo("c.txt");
        assertThat(w.window.corpusPane().table().getItems()).extracting(CableEntry::status)
                .containsExactly(ReviewStatus.REVIEWED, ReviewStatus.REVIEWED, ReviewStatus.NEW);
        assertThat(w.label(robot, "#status-progress")).isEqualTo("Reviewed 2/3");
        assertThat(w.window.statusBar().getText()).isEqualTo("Undone: Mark c.txt reviewed");
    }

    private static Stage sheet() {
        return Window.getWindows().stream().filter(win -> win instanceof Stage s && "cabletag keys".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElse(null);
    }

    private void assertSheetShowsTheKeys() {
        Stage sheet = sheet();
        assertThat(sheet).as("the key sheet is open").isNotNull();
        assertThat(sheet.isShowing()).isTrue();
        GridPane grid = (GridPane) sheet.getScene().lookup("#shortcut-sheet");
        List<String> cells = grid.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
        // the label keys first, then every shortcut of the window
        assertThat(cells).contains("1", "Label PER: relabel the selected entity, or tag the selected text", "Ctrl+PageDown",
                "Ctrl+Enter", "F1 / ?");
        assertThat(cells).hasSize(2 * ShortcutSheet.rows(w.window.sheetRows(), w.window.model().palette()).size());
    }

    @Test
    void f1AndQuestionMarkOpenTheKeySheetAndEscapeClosesIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        robot.type(KeyCode.F1);
        assertSheetShowsTheKeys();
        robot.type(KeyCode.ESCAPE);
        assertThat(sheet()).as("closed by Escape").isNull();

        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        assertSheetShowsTheKeys();
        robot.type(KeyCode.ESCAPE);
        assertThat(sheet()).isNull();
        assertThat(w.window.cableView().area().getText()).as("? typed nothing into the text").isEqualTo(w.doc().text());
    }

    @Test
    void splitsAtTheCaretsTokenBoundaryAndMergesBack(FxRobot robot) throws Exception {
        w.awaitOpened();
        Span council = w.tabTo(robot, "National Security Council");

        // Tab leaves the caret at the entity's start; with no caret inside, S splits after the first token
        robot.type(KeyCode.S);
        assertThat(w.entities()).contains("ORG National", "ORG Security Council").doesNotContain("ORG National Security Council");

        chord(robot, CONTROL, KeyCode.Z);
        assertThat(w.entities()).contains("ORG National Security Council");

        // the caret two characters into "Council": the nearest token boundary is before "Council"
        w.tabTo(robot, "National Security Council");
        robot.type(KeyCode.RIGHT, "National Security Co".length());
        assertThat(w.caret()).isEqualTo(council.start() + "National Security Co".length());
        robot.type(KeyCode.S);
        assertThat(w.entities()).contains("ORG National Security", "ORG Council");

        // M merges the selected entity with the next one
        w.tabTo(robot, "National Security");
        robot.type(KeyCode.M);
        assertThat(w.entities()).contains("ORG National Security Council").doesNotContain("ORG Council");
        assertThat(w.doc().textOf(w.selected())).isEqualTo("National Security Council");

        w.tabTo(robot, "Saeed");
        robot.type(KeyCode.M);
        assertThat(w.entities()).contains("PER Saeed Jalili").doesNotContain("PER Saeed", "PER Jalili");
        chord(robot, CONTROL, KeyCode.Z);
        assertThat(w.entities()).contains("PER Saeed", "PER Jalili").doesNotContain("PER Saeed Jalili");
    }

    @Test
    void aAppliesTheLabelInThisCableAndShiftAInTheCorpusEachUndoneByOneCtrlZ(FxRobot robot) throws Exception {
        w.awaitOpened();
        var workspace = w.window.model().workspace();
        List<String> before = w.entities();
        w.tabTo(robot, "Najaf");

        robot.type(KeyCode.A);
        w.confirmApplyPreview(robot); // the preview lists the untagged Najaf, checked: Enter applies
        assertThat(w.entities()).filteredOn("LOC Najaf"::equals).hasSize(2);
        assertThat(WindowDriver.entities(workspace.document(1))).doesNotContain("LOC Najaf");
        chord(robot, CONTROL, KeyCode.Z);
        assertThat(w.entities()).isEqualTo(before);

        w.tabTo(robot, "Najaf");
        chord(robot, SHIFT, KeyCode.A);
        w.confirmApplyPreview(robot);
        assertThat(w.entities()).filteredOn("LOC Najaf"::equals).hasSize(2);
        assertThat(WindowDriver.entities(workspace.document(1))).contains("LOC Najaf");
        assertThat(WindowDriver.entities(workspace.document(2))).containsExactly("LOC Najaf");
        assertThat(w.window.corpusPane().table().getItems()).extracting(CableEntry::entityCount).containsExactly(6, 2, 1);

        chord(robot, CONTROL, KeyCode.Z); // one step takes back all three cables
        assertThat(w.entities()).isEqualTo(before);
        assertThat(WindowDriver.entities(workspace.document(1))).containsExactly("LOC Erbil");
        assertThat(WindowDriver.entities(workspace.document(2))).isEmpty();
        assertThat(w.window.corpusPane().table().getItems()).extracting(CableEntry::entityCount).containsExactly(5, 1, 0);
    }

    @Test
    void findGoesToNextAndPreviousMatchesAndTagsTheMatch(FxRobot robot) throws Exception {
        w.awaitOpened();
        String text = w.doc().text();
        int first = text.indexOf("Najaf");
        int second = text.indexOf("Najaf", first + 1);

        chord(robot, CONTROL, KeyCode.F);
        assertThat(w.window.findBar().isVisible()).isTrue();
        assertThat(w.window.scene().getFocusOwner()).isSameAs(w.window.findBar().field());
        robot.write("najaf"); // found as typed, no Enter needed
        FxAwait.until("the typed query is searched", w.window.findBar().searchPendingProperty(), Boolean.FALSE::equals);
        assertThat(w.selectedText()).isEqualTo("Najaf");
        assertThat(w.caret()).isEqualTo(first + 5);
        robot.type(KeyCode.ENTER);
        assertThat(w.caret()).isEqualTo(second + 5);
        chord(robot, SHIFT, KeyCode.F3);
        assertThat(w.caret()).isEqualTo(first + 5);
        robot.type(KeyCode.F3);
        assertThat(w.caret()).isEqualTo(second + 5);
        chord(robot, SHIFT, KeyCode.ENTER);
        assertThat(w.caret()).isEqualTo(first + 5);
        robot.type(KeyCode.F3, 2); // wraps: after the last match comes the first again
        assertThat(w.caret()).isEqualTo(first + 5);
        robot.type(KeyCode.F3);
        assertThat(w.caret()).isEqualTo(second + 5);

        // Escape closes the bar and leaves the match selected, so a label key tags it
        robot.type(KeyCode.ESCAPE);
        assertThat(w.window.findBar().isVisible()).isFalse();
        assertThat(w.selectedText()).isEqualTo("Najaf");
        robot.type(KeyCode.DIGIT2);
        assertThat(w.selected()).isEqualTo(new Span(second, second + 5, Label.LOC));
        assertThat(w.entities()).filteredOn("LOC Najaf"::equals).hasSize(2);

        // Ctrl+T in the bar tags with the bar's label (the first, PER); in plain text the match is
        // snapped to whole tokens, and state.gov is one token
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(shownName()).isEqualTo("c.txt");
        chord(robot, CONTROL, KeyCode.F);
        robot.write("state");
        robot.type(KeyCode.ENTER);
        assertThat(w.selectedText()).isEqualTo("state");
        chord(robot, CONTROL, KeyCode.T);
        assertThat(w.entities()).containsExactly("PER state.gov");
        assertThat(w.doc().textOf(w.selected())).isEqualTo("state.gov");
    }

    @Test
    void aLabelKeyOnAFindMatchOrAWordThatIsAnEntityRelabelsIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        Span rubaie = w.span("Rubaie", Label.PER);
        chord(robot, CONTROL, KeyCode.F);
        robot.write("rubaie");
        robot.type(KeyCode.ENTER);
        assertThat(w.window.statusBar().getText()).isEqualTo("Match 1 of 1 — Ctrl+T relabels it as PER");
        robot.type(KeyCode.ESCAPE);
        assertThat(w.selectedText()).isEqualTo("Rubaie");

        robot.type(KeyCode.DIGIT2); // as on the entity clicked: relabelled, not refused as "already tagged"

        assertThat(w.selected()).isEqualTo(rubaie.withLabel(Label.LOC));
        assertThat(w.entities()).startsWith("LOC Rubaie");
        assertThat(w.window.statusBar().getText()).isEqualTo("Relabelled “Rubaie” as LOC — Ctrl+Z undoes");

        // a double-clicked word that is an entity's text is that entity too
        Span najaf = w.span("Najaf", Label.LOC);
        robot.doubleClickOn(w.onScreen(najaf.start(), najaf.end()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.selectedText()).isEqualTo("Najaf");
        robot.type(KeyCode.DIGIT1);
        assertThat(w.selected()).isEqualTo(najaf.withLabel(Label.PER));
        assertThat(w.window.statusBar().getText()).isEqualTo("Relabelled “Najaf” as PER — Ctrl+Z undoes");
    }

    @Test
    void statusBarShowsFileCountsAndProblemsAfterOpeningAndAfterAnEdit(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(w.label(robot, "#status-file")).isEqualTo("a.txt (1/3)");
        assertThat(w.label(robot, "#status-counts")).isEqualTo("5 entities, 0 problems here");
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");
        assertThat(w.label(robot, "#status-progress")).isEqualTo("Reviewed 0/3");

        w.tabTo(robot, "Rubaie");
        robot.type(KeyCode.DELETE);
        assertThat(w.label(robot, "#status-counts")).isEqualTo("4 entities, 0 problems here");
        assertThat(w.label(robot, "#status-save")).as("edits are stored as they happen").isEqualTo("All saved");
        assertThat(w.window.corpusPane().table().getItems().get(0).entityCount()).isEqualTo(4);

        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(w.label(robot, "#status-file")).isEqualTo("b.txt (2/3)");
        assertThat(w.label(robot, "#status-counts")).isEqualTo("1 entity, 1 problem here");
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");
    }

    @Test
    void ctrlZSelectsTheEntityItRestoresAndPutsTheCaretOnIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        Span jalili = w.tabTo(robot, "Jalili");
        robot.type(KeyCode.DIGIT2);
        assertThat(w.entities()).contains("LOC Jalili");
        w.tabTo(robot, "Rubaie"); // the selection and caret move away

        chord(robot, CONTROL, KeyCode.Z);
        assertThat(w.selected()).isEqualTo(jalili);
        assertThat(w.caret()).isEqualTo(jalili.start());
        assertThat(w.selectedText()).as("no text selection: a label key relabels the entity").isEmpty();
        assertThat(w.window.entityTable().table().getSelectionModel().getSelectedItem().span()).isEqualTo(jalili);

        // undoing an edit made in another cable goes back to that cable, entity selected, caret on it
        Span najaf = w.tabTo(robot, "Najaf");
        robot.type(KeyCode.DELETE);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(shownName()).isEqualTo("c.txt");
        chord(robot, CONTROL, KeyCode.Z);
        assertThat(shownName()).isEqualTo("a.txt");
        assertThat(w.selected()).isEqualTo(najaf);
        assertThat(w.caret()).isEqualTo(najaf.start());
        assertThat(w.window.entityTable().table().getSelectionModel().getSelectedItem().span()).isEqualTo(najaf);
    }
}
