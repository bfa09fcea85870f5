package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * N in the real window: the dialog that names a new label refuses a name the label rule refuses while it
 * is typed, says why beside the field and keeps OK greyed out, so Enter neither closes it nor loses what
 * was typed; a good name tags the selection.
 */
class NewLabelDialogWindowTest extends ThreeCableWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    private NewLabelDialog dialog() {
        return onFx(w.window::newLabelDialog);
    }

    private boolean okDisabled() {
        return onFx(() -> dialog().getDialogPane().lookupButton(ButtonType.OK).isDisabled());
    }

    private void retype(FxRobot robot, String text) {
        robot.interact(() -> dialog().field().clear());
        robot.write(text);
    }

    @Test
    void anInvalidNameKeepsTheDialogOpenAndSaysWhy(FxRobot robot) throws Exception {
        w.awaitOpened();
        String text = w.doc().text();
        int second = text.indexOf("Najaf", text.indexOf("Najaf") + 1); // the untagged one
        robot.interact(() -> w.window.cableView().area().selectRange(second, second + 5));

        robot.type(KeyCode.N);
        FxAwait.until("the new-label dialog", () -> dialog() != null && dialog().isShowing());
        robot.clickOn(dialog().field()); // the headless platform types into the window last clicked
        FxAwait.until("the dialog has the focus", dialog().getDialogPane().getScene().getWindow().focusedProperty(),
                Boolean.TRUE::equals);
        FxAwait.until("its field has the focus", dialog().field().focusedProperty(), Boolean.TRUE::equals);
        assertThat(okDisabled()).as("nothing typed yet").isTrue();
        assertThat(dialog().reason().getText()).startsWith("Type a name");

        robot.write("my label");
        assertThat(dialog().field().getText()).as("letters in capitals as typed").isEqualTo("MY LABEL");
        assertThat(dialog().reason().getText())
                .isEqualTo("No spaces in a label name: join the words with _ or - (DATE_OF_BIRTH).");
        assertThat(okDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(dialog().isShowing()).as("Enter on a refused name does not close the dialog").isTrue();
        assertThat(dialog().field().getText()).as("what was typed is kept").isEqualTo("MY LABEL");

        retype(robot, "2nd");
        assertThat(dialog().reason().getText()).isEqualTo("A label name starts with a capital letter A–Z, not “2”.");
        retype(robot, "date.of");
        assertThat(dialog().reason().getText())
                .isEqualTo("“.” cannot be in a label name: only capital letters A–Z, digits, _ and -.");
        assertThat(okDisabled()).isTrue();

        retype(robot, "date");
        assertThat(dialog().field().getText()).isEqualTo("DATE");
        assertThat(dialog().reason().getText()).isEmpty();
        assertThat(okDisabled()).isFalse();
        robot.type(KeyCode.ENTER);
        FxAwait.until("the dialog closed", () -> !dialog().isShowing());
        assertThat(w.selected()).isEqualTo(new Span(second, second + 5, Label.of("DATE")));
        assertThat(w.window.statusBar().getText()).isEqualTo("Tagged “Najaf” as DATE — Ctrl+Z undoes");
    }

    /**
     * Escape cancels, as in every other dialog of the window: the dialog closes with what was typed, nothing
     * is tagged. Its field's capitals formatter took Escape
     * for itself (a text field with a formatter consumes Escape to cancel its edit), so only Cancel closed it.
     */
    @Test
    void escapeCancelsWhateverWasTyped(FxRobot robot) throws Exception {
        w.awaitOpened();
        String text = w.doc().text();
        int second = text.indexOf("Najaf", text.indexOf("Najaf") + 1); // the untagged one
        robot.interact(() -> w.window.cableView().area().selectRange(second, second + 5));
        int before = w.doc().spans().size();

        robot.type(KeyCode.N);
        FxAwait.until("the new-label dialog", () -> dialog() != null && dialog().isShowing());
        robot.clickOn(dialog().field()); // the headless platform types into the window last clicked
        FxAwait.until("its field has the focus", dialog().field().focusedProperty(), Boolean.TRUE::equals);
        robot.write("date");
        assertThat(okDisabled()).as("a good name: Enter would tag").isFalse();

        robot.type(KeyCode.ESCAPE);
        FxAwait.until("Escape closed the dialog", () -> !dialog().isShowing());
        assertThat(w.doc().spans()).as("nothing tagged").hasSize(before);
        assertThat(onFx(() -> dialog().getResult())).isNull();
    }

    /**
     * A name read as a tag is refused with a reason of three lines ending with the fix it suggests: it wraps within
     * a dialog that fits a 1024×700 screen and shows it whole (it was cut short on one line), and names the scheme
     * whose tag it reads as (U- is BILOU's, not IOB's or BIOES's).
     */
    @Test
    void theReasonANameReadsAsATagShowsWholeOnASmallScreen(FxRobot robot) throws Exception {
        w.awaitOpened();
        String text = w.doc().text();
        int second = text.indexOf("Najaf", text.indexOf("Najaf") + 1); // the untagged one
        robot.interact(() -> w.window.cableView().area().selectRange(second, second + 5));
        robot.type(KeyCode.N);
        FxAwait.until("the new-label dialog", () -> dialog() != null && dialog().isShowing());
        robot.clickOn(dialog().field());
        FxAwait.until("its field has the focus", dialog().field().focusedProperty(), Boolean.TRUE::equals);

        robot.write("b-per");
        String reason = onFx(() -> dialog().reason().getText());
        assertThat(reason).startsWith("B-PER reads as a tag (B- of PER) in CoNLL and IOB/BIOES/BILOU, not a label")
                .endsWith("name the label PER, or B_PER");
        javafx.stage.Window window = onFx(() -> dialog().getDialogPane().getScene().getWindow());
        FxAwait.until("the whole reason shown, within a 1024×700 screen", () -> {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) dialog().reason().lookup(".text");
            javafx.geometry.Bounds bounds = dialog().reason().localToScene(dialog().reason().getBoundsInLocal());
            return shown != null && shown.getText().equals(reason) && window.getWidth() <= 1024 && window.getHeight() <= 700
                    && bounds.getMaxY() <= window.getScene().getHeight() && bounds.getMaxX() <= window.getScene().getWidth();
        }, window.widthProperty(), window.heightProperty(), onFx(() -> dialog().reason().heightProperty()));

        retype(robot, "u-x");
        assertThat(onFx(() -> dialog().reason().getText())).startsWith("U-X reads as a tag (U- of X) in CoNLL and BILOU, not a label");
        retype(robot, "e-x");
        assertThat(onFx(() -> dialog().reason().getText())).startsWith("E-X reads as a tag (E- of X) in CoNLL and BIOES, not a label");
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the dialog closed", () -> !dialog().isShowing());
    }
}
