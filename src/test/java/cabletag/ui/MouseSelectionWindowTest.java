package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mouse in the text: a click selects the entity under it, a double-click selects the word as the
 * tagger counts words (state.gov whole), a drag selects text that a label key tags snapped to whole tokens.
 */
class MouseSelectionWindowTest extends ThreeCableWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private void toPlainCable(FxRobot robot) {
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(w.doc().source().name()).isEqualTo("c.txt");
    }

    @Test
    void aClickSelectsTheEntityUnderTheMouse(FxRobot robot) throws Exception {
        w.awaitOpened();
        int at = w.doc().text().indexOf("Security");
        w.clickText(robot, at + 2, at + 3);
        assertThat(w.doc().textOf(w.selected())).isEqualTo("National Security Council");
        assertThat(w.selectedText()).isEmpty();
    }

    @Test
    void aDoubleClickSelectsTheWholeTokenAndALabelKeyTagsIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        toPlainCable(robot);
        int at = w.doc().text().indexOf("gov");
        robot.doubleClickOn(w.onScreen(at + 1, at + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.selectedText()).as("state.gov is one token").isEqualTo("state.gov");
        robot.type(KeyCode.DIGIT2);
        assertThat(w.entities()).containsExactly("LOC state.gov");
    }

    @Test
    void aDragSelectsTextAndALabelKeyTagsItSnappedToWholeTokens(FxRobot robot) throws Exception {
        w.awaitOpened();
        toPlainCable(robot);
        String text = w.doc().text();
        int from = text.indexOf("Write") + 2;
        int to = text.indexOf("state") + 2;
        Point2D start = w.onScreen(from, from + 1);
        Point2D end = w.onScreen(to, to + 1);
        robot.drag(new Point2D(start.getX() - 3, start.getY()), MouseButton.PRIMARY).dropTo(new Point2D(end.getX() - 3, end.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.selectedText()).as("the drag's own selection").isEqualTo(text.substring(from, to));
        robot.type(KeyCode.DIGIT3);
        assertThat(w.entities()).containsExactly("ORG Write to state.gov");
        assertThat(w.window.statusBar().getText())
                .isEqualTo("Tagged “Write to state.gov” as ORG, widened from “ite to st” to token boundaries — Ctrl+Z undoes");
    }

    private boolean drawnSelected(cabletag.core.Span span) {
        return WindowDriver.onFx(() -> w.window.cableView().area().getStyleOfChar(span.start()).contains(HighlightStyler.SELECTED));
    }

    @Test
    void aDragAwayFromTheSelectedEntityTakesItsFrameAndItsRowAway(FxRobot robot) throws Exception {
        w.awaitOpened();
        String text = w.doc().text();
        cabletag.core.Span rubaie = w.doc().spans().get(0);
        assertThat(w.doc().textOf(rubaie)).isEqualTo("Rubaie");
        w.clickText(robot, rubaie.start(), rubaie.start() + 2);
        assertThat(w.window.model().selected()).isEqualTo(rubaie);
        assertThat(drawnSelected(rubaie)).isTrue();
        var rows = w.window.entityTable().table().getSelectionModel().getSelectedItems();
        assertThat(rows).extracting(EntityTable.Row::span).containsExactly(rubaie);

        int from = text.indexOf("staff");
        int to = text.indexOf("and") + 2;
        Point2D start = w.onScreen(from, from + 1);
        Point2D end = w.onScreen(to, to + 1);
        robot.drag(new Point2D(start.getX() - 3, start.getY()), MouseButton.PRIMARY).dropTo(new Point2D(end.getX() - 3, end.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.selectedText()).isEqualTo(text.substring(from, to));
        // the keys act on the text now: the entity no longer looks selected, in the text or in the table
        assertThat(w.window.model().selected()).isNull();
        assertThat(drawnSelected(rubaie)).as("Rubaie's frame").isFalse();
        assertThat(rows).isEmpty();

        // selected text that is the selected entity's own (a find match, a double-click) keeps it selected
        w.clickText(robot, rubaie.start(), rubaie.start() + 2);
        robot.interact(() -> w.window.cableView().area().selectRange(rubaie.start(), rubaie.end()));
        assertThat(w.window.model().selected()).isEqualTo(rubaie);
        assertThat(drawnSelected(rubaie)).isTrue();
    }
}
