package cabletag.ui;

import cabletag.core.Label;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/**
 * Ctrl+F: find text in the current cable; Enter / Shift+Enter for next / previous, and "Tag match"
 * (Ctrl+T in the field) turns the current match into an entity with the chosen label.
 */
public final class FindBar extends HBox {

    private final CorrectorModel model;
    private final CableView view;
    private final TextField field = new TextField();
    private final ChoiceBox<Label> label = new ChoiceBox<>();
    private int[] match;

    public FindBar(CorrectorModel model, CableView view) {
        this.model = model;
        this.view = view;
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in cable");
        field.setPrefColumnCount(24);
        label.setId("find-label");
        Button previous = new Button("◀ Previous");
        Button next = new Button("Next ▶");
        Button tag = new Button("Tag match");
        tag.setId("find-tag");
        Button close = new Button("✕");
        previous.setOnAction(e -> find(false));
        next.setOnAction(e -> find(true));
        tag.setOnAction(e -> tagMatch());
        close.setOnAction(e -> hide());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            } else if (e.getCode() == KeyCode.T && e.isShortcutDown()) {
                tagMatch();
                e.consume();
            }
        });
        getChildren().addAll(new javafx.scene.control.Label("Find"), field, previous, next, label, tag, close);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    public TextField field() {
        return field;
    }

    public void show() {
        label.getItems().setAll(model.palette().labels());
        if (label.getValue() == null || !label.getItems().contains(label.getValue())) {
            label.setValue(label.getItems().get(0));
        }
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    public void hide() {
        setVisible(false);
        match = null;
        view.area().requestFocus();
    }

    public void find(boolean forward) {
        int caret = view.area().getCaretPosition();
        int from = forward ? (match != null ? match[0] + 1 : caret) : (match != null ? match[0] : caret);
        match = model.find(field.getText(), from, forward);
        if (match != null) {
            view.selectText(match[0], match[1]);
            model.say("Match at " + match[0] + " — Ctrl+T tags it as " + label.getValue());
        }
    }

    public void tagMatch() {
        if (match == null) {
            find(true);
        }
        if (match != null && label.getValue() != null) {
            model.applyLabel(label.getValue(), match[0], match[1]);
            match = null;
        }
    }
}
