package cabletag.ui;

import cabletag.core.Label;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Ctrl+F: find text in the current cable; Enter / Shift+Enter for next / previous, and "Tag match"
 * (Ctrl+T in the field) turns the current match into an entity with the chosen label, and Enter then
 * goes on to the next match. The bar shows which match is selected of how many the cable has.
 */
public final class FindBar extends HBox {

    /** The narrowest the field gets when the bar has too little room: still a word or two of the query. */
    private static final double FIELD_MIN_WIDTH = 90;

    private final CorrectorModel model;
    private final CableView view;
    private final TextField field = new TextField();
    private final ChoiceBox<Label> label = new ChoiceBox<>();
    private final javafx.scene.control.Label count = new javafx.scene.control.Label();
    private int[] match;
    /** What the bar last said in the status bar about its match, taken back when the match lets go. */
    private String said;

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
        count.setId("find-count");
        count.setMinWidth(90);
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
        javafx.scene.control.Label title = new javafx.scene.control.Label("Find");
        getChildren().addAll(title, field, count, previous, next, label, tag, close);
        // The centre column is about 600 px wide at 1024×700, less than the bar wants: the field gives way
        // (down to a few characters) and the label and buttons keep their whole text instead of "…".
        for (Region fixed : new Region[] {title, previous, next, label, tag, close}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.setMinWidth(FIELD_MIN_WIDTH);
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.textProperty().addListener((o, a, b) -> {
            match = null;
            count.setText("");
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        model.addRowsSelectedListener(this::letGoOfMatch);
    }

    /**
     * Rows picked in the entity table took the selection from the match: it is no longer selected in the text,
     * so its count and its line in the status bar ("Ctrl+T tags it") go, and Enter finds on from the caret.
     */
    private void letGoOfMatch() {
        if (match == null) {
            return;
        }
        match = null;
        count.setText("");
        if (said != null && said.equals(model.messageProperty().get())) {
            model.say("");
        }
        said = null;
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

    /** "3 of 7": which match is selected and how many this cable has; "no match" when none. */
    public javafx.scene.control.Label count() {
        return count;
    }

    public void hide() {
        setVisible(false);
        match = null;
        count.setText("");
        view.area().requestFocus();
    }

    public void find(boolean forward) {
        int caret = view.area().getCaretPosition();
        int from = forward ? (match != null ? match[0] + 1 : caret) : (match != null ? match[0] : caret);
        match = model.find(field.getText(), from, forward);
        if (match != null) {
            view.selectText(match[0], match[1]);
            int[] position = model.matchPosition(field.getText(), match[0]);
            count.setText(String.format("%,d of %,d", position[0], position[1]));
            boolean entity = model.entityOfSelection(match[0], match[1]) != null; // Ctrl+T does what a label key does
            said = "Match " + count.getText() + " — Ctrl+T " + (entity ? "relabels" : "tags") + " it as " + label.getValue();
            model.say(said);
        } else {
            count.setText(field.getText().isEmpty() ? "" : "no match");
        }
    }

    public void tagMatch() {
        if (match == null) {
            find(true);
        }
        if (match != null && label.getValue() != null) {
            // The tagged match stays the current one, so Enter goes on to the next match after it.
            model.applyLabel(label.getValue(), match[0], match[1]);
        }
    }
}
