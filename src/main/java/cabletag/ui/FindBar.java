package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.text.Counted;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Ctrl+F: find text in the current cable as it is typed (the first match from where the caret was is selected);
 * Enter / Shift+Enter for next / previous, and "Tag match" (Ctrl+T in the field) turns the current match into an
 * entity with the chosen label, and Enter then goes on to the next match. The bar shows which match is selected
 * of how many the cable has. Another cable shown lets go of the match: its offsets belong to the cable found in.
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
    /** Where a typed query is looked for from: the caret when the bar opened, then the match Enter went to. */
    private int anchor = -1;
    /** The matches of the query last searched for, in the document they were found in; reused by Enter. */
    private CableMatches matches;
    /** A keystroke since the last pulse: the search runs once, at the next pulse, however many keys came. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper typed = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** How many times the cable's text was searched (tests: keys of one pulse are one search). */
    private long passes;
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
        field.textProperty().addListener((o, a, b) -> typed());
        // Searching at each keystroke would search a 5 MB cable once per key of a fast typist: the keys of one
        // pulse are searched for once, just before the pulse lays the window out.
        Runnable atPulse = this::searchTyped;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(atPulse);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(atPulse);
            }
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        model.addRowsSelectedListener(this::letGoOfMatch);
        model.documentProperty().addListener((o, was, now) -> cableChanged(was, now));
    }

    private void typed() {
        letGoOfMatch();
        count.setText("");
        typed.set(true);
        if (getScene() == null) {
            searchTyped();
        } else {
            Platform.requestNextPulse();
        }
    }

    /** The search of what was typed since the last pulse: the first match from the anchor, or "no match". */
    private void searchTyped() {
        if (!typed.get()) {
            return;
        }
        typed.set(false);
        String query = field.getText();
        if (query.isEmpty()) {
            return;
        }
        if (anchor < 0) {
            anchor = view.area().getCaretPosition(); // a selected match moves the caret; the next key looks from here still
        }
        CableMatches all = matchesOf(query);
        int index = all.firstFrom(anchor);
        if (index < 0) {
            count.setText("no match");
            return;
        }
        select(all, index);
    }

    /**
     * Another cable shown (not an edit of this one, which keeps the text and its offsets): the match pointed into the
     * old cable's text, so it goes, and the bar says how many matches the new cable has; Enter finds from its caret.
     */
    private void cableChanged(Document was, Document now) {
        if (was != null && now != null && was.source() == now.source()) {
            return;
        }
        letGoOfMatch();
        matches = null;
        anchor = -1;
        count.setText("");
        if (isVisible() && now != null && !field.getText().isEmpty()) {
            int found = matchesOf(field.getText()).size();
            count.setText(found == 0 ? "no match" : Counted.of(found, "match", "matches"));
        }
    }

    private CableMatches matchesOf(String query) {
        if (matches == null || !matches.isFor(model.document(), query)) {
            matches = model.matches(query);
            passes++;
        }
        return matches;
    }

    /** Whether keys were typed that the next pulse searches for (tests wait until it is false). */
    javafx.beans.property.ReadOnlyBooleanProperty searchPendingProperty() {
        return typed.getReadOnlyProperty();
    }

    /** How many times the bar searched a cable's text. */
    long passes() {
        return passes;
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
        if (!isVisible()) {
            anchor = -1;
        }
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
        letGoOfMatch();
        count.setText("");
        view.area().requestFocus();
    }

    /** Enter, F3: the match after (or before) the selected one, or from the caret when none is selected. */
    public void find(boolean forward) {
        searchTyped(); // keys not searched for yet: Enter goes on from the match they find
        String query = field.getText();
        int caret = view.area().getCaretPosition();
        int from = forward ? (match != null ? match[0] + 1 : caret) : (match != null ? match[0] : caret);
        CableMatches all = matchesOf(query);
        int index = forward ? all.firstFrom(from) : all.lastBefore(from);
        if (index < 0) {
            count.setText(query.isEmpty() ? "" : "no match");
            if (!query.isEmpty()) {
                model.say("'" + query + "' not found in this cable");
            }
            return;
        }
        select(all, index);
        anchor = match[0];
    }

    private void select(CableMatches all, int index) {
        match = all.match(index);
        view.selectText(match[0], match[1]);
        count.setText(NumberCell.format(index + 1) + " of " + NumberCell.format(all.size()));
        boolean entity = model.entityOfSelection(match[0], match[1]) != null; // Ctrl+T does what a label key does
        said = "Match " + count.getText() + " — Ctrl+T " + (entity ? "relabels" : "tags") + " it as " + label.getValue();
        model.say(said);
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
