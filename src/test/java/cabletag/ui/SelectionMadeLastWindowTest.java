package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A label key, Delete and the other entity keys act on what the analyst selected last, and the window shows
 * only that as selected: rows picked in the entity table take a find match (or any text selection) away, with
 * the find bar's "Ctrl+T tags it" line; text selected, or an entity clicked in the text, after several rows
 * leaves only that entity's row. Driven by mouse and keys on seed 004 (Iraq and Tehran are its LOC rows 10 and 11).
 */
class SelectionMadeLastWindowTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Document doc() {
        return window.model().document();
    }

    private Span first(String text, Label label) {
        Document document = doc();
        return document.spans().stream().filter(s -> s.label().equals(label) && document.textOf(s).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " " + text));
    }

    private TableView<EntityTable.Row> table() {
        return window.entityTable().table();
    }

    private Span iraq;
    private Span tehran;

    /** Waits for the cable and its rows; Iraq and Tehran, LOC, next to each other in the table. */
    private void opened() {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        FxAwait.until("the entity rows", () -> !table().getItems().isEmpty(), table().getItems());
        iraq = first("Iraq", Label.LOC);
        tehran = first("Tehran", Label.LOC);
    }

    /** Clicks the row of {@code span} with {@code held} keys down (Ctrl-click, Shift-click), as the analyst does. */
    private void clickRow(FxRobot robot, Span span, KeyCode... held) {
        robot.interact(() -> table().scrollTo(Math.max(0, indexOf(span) - 3)));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = WindowDriver.onFx(() -> table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof EntityTable.Row item && item.span().equals(span))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + span + " on screen")));
        robot.press(held).clickOn(row).release(held);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int indexOf(Span span) {
        return WindowDriver.onFx(() -> table().getItems().stream().map(EntityTable.Row::span).toList().indexOf(span));
    }

    private List<Span> rowsSelected() {
        return WindowDriver.onFx(() -> table().getSelectionModel().getSelectedItems().stream().map(EntityTable.Row::span).toList());
    }

    private String selectedText() {
        return WindowDriver.onFx(() -> window.cableView().area().getSelectedText());
    }

    private String status() {
        return WindowDriver.onFx(() -> window.statusBar().getText());
    }

    /** Ctrl+F, the query, Enter: the next match from the caret selected in the text; Escape then goes back to the text. */
    private void find(FxRobot robot, String query) {
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write(query); // found as typed: the first match from the caret
        FxAwait.until("the typed query is searched", window.findBar().searchPendingProperty(), Boolean.FALSE::equals);
    }

    private void twoRows(FxRobot robot) {
        clickRow(robot, iraq);
        clickRow(robot, tehran, KeyCode.CONTROL);
        assertThat(rowsSelected()).containsExactlyInAnyOrder(iraq, tehran);
        assertThat(window.model().selected()).as("the row picked last").isEqualTo(tehran);
    }

    @Test
    void rowsPickedAfterAFindMatchTakeTheMatchAwayAndTheLabelKeyRelabelsThem(FxRobot robot) {
        opened();
        find(robot, "readout");
        assertThat(selectedText()).isEqualTo("readout");
        assertThat(status()).isEqualTo("Match 1 of 1 — Ctrl+T tags it as PER");

        twoRows(robot);

        assertThat(selectedText()).as("the match lets go of its highlight").isEmpty();
        assertThat(window.findBar().count().getText()).as("and of its count").isEmpty();
        assertThat(status()).as("its line no longer holds: Ctrl+T would not tag what is selected").isEmpty();
        robot.type(KeyCode.DIGIT4); // MISC
        assertThat(doc().spans()).contains(iraq.withLabel(Label.MISC), tehran.withLabel(Label.MISC));
        assertThat(doc().spans().stream().filter(s -> s.start() == doc().text().indexOf("readout"))).isEmpty();
        assertThat(status()).isEqualTo("Relabelled 2 entities as MISC — Ctrl+Z undoes");
    }

    @Test
    void rowsPickedWhileTheTableKeepsTheFocusTakeTheMatchFoundWithF3Away(FxRobot robot) {
        opened();
        find(robot, "readout");
        clickRow(robot, iraq); // the focus is in the table from now on
        robot.type(KeyCode.F3); // the match again, found from the table
        assertThat(selectedText()).isEqualTo("readout");
        assertThat(rowsSelected()).as("the match is the selection").isEmpty();
        assertThat(window.scene().getFocusOwner()).isSameAs(table());

        twoRows(robot);

        assertThat(selectedText()).isEmpty();
        robot.type(KeyCode.DELETE);
        assertThat(doc().spans()).doesNotContain(iraq, tehran);
        assertThat(status()).isEqualTo("Deleted 2 entities — Ctrl+Z undoes");
    }

    @Test
    void aFindMatchAfterTwoRowsIsWhatTheLabelKeyActsOnAndTheOtherRowLetsGo(FxRobot robot) {
        opened();
        twoRows(robot);
        find(robot, "Tehran"); // from the caret, at Tehran: the selected entity's own text
        robot.type(KeyCode.ESCAPE); // back to the text, the match still selected
        assertThat(selectedText()).isEqualTo("Tehran");

        assertThat(rowsSelected()).as("the text is the selection now: Iraq's row lets go").containsExactly(tehran);
        robot.type(KeyCode.DIGIT4);
        assertThat(doc().spans()).contains(tehran.withLabel(Label.MISC), iraq);
        assertThat(status()).isEqualTo("Relabelled “Tehran” as MISC — Ctrl+Z undoes");
    }

    @Test
    void deleteAfterAFindMatchOfOneOfTwoRowsDeletesTheMatchAsALabelKeyWouldRelabelIt(FxRobot robot) {
        opened();
        twoRows(robot);
        find(robot, "Tehran");
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.DELETE);

        assertThat(doc().spans()).doesNotContain(tehran).contains(iraq);
        assertThat(status()).isEqualTo("Deleted LOC “Tehran” — Ctrl+Z undoes");
    }

    @Test
    void aClickOnTheSelectedEntityInTheTextLeavesItsRowAlone(FxRobot robot) {
        opened();
        twoRows(robot);

        robot.clickOn(onScreen(tehran));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.model().selected()).isEqualTo(tehran);
        assertThat(rowsSelected()).containsExactly(tehran);
        robot.type(KeyCode.DIGIT4);
        assertThat(doc().spans()).contains(tehran.withLabel(Label.MISC), iraq);
        assertThat(status()).isEqualTo("Relabelled “Tehran” as MISC — Ctrl+Z undoes");
    }

    @Test
    void ctrlClickTakingTheLastPickedRowAwayLeavesTheOtherAndTakingThatAwayLeavesNothing(FxRobot robot) {
        opened();
        twoRows(robot);

        clickRow(robot, tehran, KeyCode.CONTROL);
        assertThat(rowsSelected()).containsExactly(iraq);
        assertThat(window.model().selected()).as("the frame follows the rows").isEqualTo(iraq);
        robot.type(KeyCode.DIGIT4);
        assertThat(doc().spans()).contains(iraq.withLabel(Label.MISC), tehran);

        Span iraqMisc = iraq.withLabel(Label.MISC);
        clickRow(robot, iraqMisc, KeyCode.CONTROL);
        assertThat(rowsSelected()).isEmpty();
        assertThat(window.model().selected()).isNull();
        robot.type(KeyCode.DIGIT1);
        assertThat(doc().spans()).contains(iraqMisc, tehran);
        assertThat(status()).isEqualTo(CorrectorModel.NOTHING_TO_LABEL);
    }

    private javafx.geometry.Point2D onScreen(Span span) {
        return WindowDriver.onFx(() -> {
            var bounds = window.cableView().area().getCharacterBoundsOnScreen(span.start(), span.start() + 2)
                    .orElseThrow(() -> new AssertionError(span + " is not on screen"));
            return new javafx.geometry.Point2D((bounds.getMinX() + bounds.getMaxX()) / 2, (bounds.getMinY() + bounds.getMaxY()) / 2);
        });
    }
}
