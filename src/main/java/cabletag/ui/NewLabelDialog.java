package cabletag.ui;

import cabletag.core.Label;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * N: asks for the name of a new label. The name is checked as it is typed, by the rule every reader
 * checks ({@link Label#whyNotAName}): what is wrong with it is said under the field and OK stays greyed
 * out, so the dialog never closes on a name it cannot use and what was typed is never lost. Letters are
 * put in capitals as they are typed (label names are all capitals), so the field shows the name itself.
 * Enter confirms a good name, Escape cancels, as in the window's other dialogs.
 */
final class NewLabelDialog extends Dialog<Label> {

    /** The width of the field and of the reason under it. */
    static final double REASON_WIDTH = 440;

    private final TextField field = new TextField();
    private final javafx.scene.control.Label reason = new javafx.scene.control.Label();

    NewLabelDialog(Window owner) {
        initOwner(owner);
        setTitle("New label");
        setHeaderText("Name of the new label (capital letters, digits, _ or -), e.g. DATE");
        getDialogPane().setId("new-label-dialog");
        field.setId("new-label-name");
        field.setPromptText("DATE");
        field.setTextFormatter(new TextFormatter<String>(change -> {
            String capitals = change.getText().toUpperCase(Locale.ROOT);
            if (capitals.length() == change.getText().length()) { // ß → SS would move the caret: left as typed
                change.setText(capitals);
            }
            return change;
        }));
        reason.setId("new-label-reason");
        reason.getStyleClass().add("field-problem");
        reason.setWrapText(true);
        reason.textProperty().bind(Bindings.createStringBinding(() -> problem().orElse(""), field.textProperty()));
        // The reason wraps within the field's width rather than widening the dialog past a small screen (a name
        // read as a tag takes three lines), and the dialog grows to show all of it, the fix it suggests last.
        reason.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(6, field, reason);
        content.setPrefWidth(REASON_WIDTH);
        getDialogPane().setContent(content);
        reason.textProperty().addListener((text, before, now) -> javafx.application.Platform.runLater(() -> {
            javafx.stage.Window shown = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
            if (shown != null && shown.isShowing()) {
                shown.sizeToScene();
            }
        }));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(reason.textProperty().isNotEmpty());
        // OK greyed out is not pressed; this holds should anything else fire it (the dialog stays open)
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (problem().isPresent()) {
                e.consume();
            }
        });
        // Escape cancels wherever the focus is. A filter, because the field takes Escape for itself: a text
        // field with a formatter consumes it to cancel its own edit, so Cancel never heard it.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).fire();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? Label.of(name()) : null);
        setOnShown(e -> field.requestFocus());
    }

    /** What is typed, without the spaces around it. */
    private String name() {
        return field.getText().strip();
    }

    private Optional<String> problem() {
        return Label.whyNotAName(name());
    }

    TextField field() {
        return field;
    }

    javafx.scene.control.Label reason() {
        return reason;
    }
}
