package cabletag.ui;

import cabletag.core.text.Counted;
import cabletag.workspace.Occurrence;
import cabletag.workspace.OccurrencePlan;
import cabletag.workspace.OccurrenceScope;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The preview of "apply to all" (A, Shift+A): every occurrence the plan would change, each with a line of
 * context and a check box. The doubtful ones (the analyst deleted or relabelled them, a letter of a
 * spaced-out word, text inside a longer word) start unchecked, with the reason. Enter applies the checked
 * ones as one undoable step, Escape cancels; Space toggles the focused row.
 */
final class ApplyPreviewDialog {

    private final Stage stage = new Stage();
    private final OccurrencePlan plan;
    private final ListView<Occurrence> list = new ListView<>();
    private final Map<Occurrence, BooleanProperty> checked = new IdentityHashMap<>();
    private final Label summary = new Label();
    private final BiConsumer<OccurrencePlan, List<Occurrence>> apply;

    ApplyPreviewDialog(Window owner, OccurrencePlan plan, BiConsumer<OccurrencePlan, List<Occurrence>> apply) {
        this.plan = plan;
        this.apply = apply;
        for (Occurrence occurrence : plan.occurrences()) {
            BooleanProperty on = new SimpleBooleanProperty(!occurrence.doubtful());
            on.addListener((o, was, now) -> updateSummary());
            checked.put(occurrence, on);
        }
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(plan.label() == null ? "Delete every “" + plan.needle() + "”"
                : "Apply " + plan.label() + " to every “" + plan.needle() + "”");

        list.setId("apply-preview-list");
        list.getItems().setAll(plan.occurrences());
        list.setCellFactory(view -> new OccurrenceCell());
        list.setFixedCellSize(44);
        list.setPrefSize(760, 420);
        list.getSelectionModel().selectFirst();

        summary.setId("apply-preview-summary");
        Label keys = new Label("Enter applies the checked ones as one step (Ctrl+Z undoes) · Space checks or unchecks · Escape cancels"
                + (plan.crossing() > 0 ? " · " + Counted.number(plan.crossing()) + " more left alone: a tag there would cross an entity" : ""));
        keys.setWrapText(true);
        Button applyButton = new Button("Apply");
        applyButton.setId("apply-preview-apply");
        applyButton.setDefaultButton(true);
        applyButton.setOnAction(e -> applyChecked());
        Button cancel = new Button("Cancel");
        cancel.setId("apply-preview-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, keys, gap, applyButton, cancel);
        HBox.setHgrow(keys, Priority.SOMETIMES);

        BorderPane root = new BorderPane(list);
        root.setTop(summary);
        root.setBottom(buttons);
        BorderPane.setMargin(summary, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(10));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        // before the list and the buttons: Enter always applies, Escape always cancels, Space toggles a row
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                applyChecked();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            } else if (e.getCode() == KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                BooleanProperty on = checked.get(list.getSelectionModel().getSelectedItem());
                on.set(!on.get());
            }
        });
        stage.setScene(scene);
        updateSummary();
    }

    void show() {
        OwnersScreen.fit(stage, stage.getOwner()); // on its window, not in the middle of the screen
        stage.show();
        list.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    ListView<Occurrence> list() {
        return list;
    }

    boolean isChecked(Occurrence occurrence) {
        return checked.get(occurrence).get();
    }

    void setChecked(Occurrence occurrence, boolean on) {
        checked.get(occurrence).set(on);
    }

    List<Occurrence> checkedOccurrences() {
        List<Occurrence> chosen = new ArrayList<>();
        for (Occurrence occurrence : plan.occurrences()) {
            if (checked.get(occurrence).get()) {
                chosen.add(occurrence);
            }
        }
        return chosen;
    }

    private void applyChecked() {
        List<Occurrence> chosen = checkedOccurrences();
        stage.close();
        apply.accept(plan, chosen);
    }

    private void updateSummary() {
        boolean allTagged = plan.occurrences().stream().allMatch(o -> o.existing() != null);
        boolean noneTagged = plan.occurrences().stream().allMatch(o -> o.existing() == null);
        // the consistency view's "Relabel all to" said "Tag 1 of 1 occurrence", for a relabel (found from outside)
        String verb = allTagged ? "Relabel " : noneTagged ? "Tag " : "Label ";
        summary.setText(summary(verb, checkedOccurrences().size(), plan.occurrences().size(), plan.needle(), plan.label(), plan.scope()));
    }

    /**
     * "Tag 1,679 of 1,680 occurrences of “Erbil” as LOC in the corpus …" ({@code verb} "Relabel " when every one is
     * tagged, "Label " when some are): the counts written as the status bar and the tables write them ({@link Counted});
     * {@code label} null for a deletion, which says "Delete " whatever the verb.
     */
    static String summary(String verb, int on, int all, String needle, cabletag.core.Label label, OccurrenceScope scope) {
        return (label == null ? "Delete " : verb) + Counted.number(on) + " of " + Counted.of(all, "occurrence", "occurrences")
                + " of “" + needle + "”" + (label == null ? "" : " as " + label) + (scope == OccurrenceScope.CORPUS ? " in the corpus" : " in this cable")
                + (on < all ? " (unchecked ones stay as they are)" : "");
    }

    /**
     * What becomes of one occurrence: "a.txt: untagged → PER  at 1,425", its cable named in the corpus scope. The
     * offset is the entity table's: in code points (ADR 0001), not the span's UTF-16 units, which ran one ahead per
     * emoji before it; and grouped as the table and the status bar write numbers (it read "at 1425" beside "1,261").
     */
    static String change(Occurrence item, OccurrenceScope scope) {
        String where = scope == OccurrenceScope.CORPUS ? cabletag.core.ShownName.of(item.cableName()) + ": " : "";
        return where + (item.existing() == null ? "untagged" : item.existing().label().name()) + " → "
                + (item.wanted() == null ? "deleted" : item.wanted().label().name()) + "  at "
                + Counted.number(item.shownStart());
    }

    /** One occurrence: check box, what it becomes, the text around it, and why it starts unchecked. */
    private final class OccurrenceCell extends ListCell<Occurrence> {
        private final CheckBox box = new CheckBox();
        private final Label change = new Label();
        private final Label context = new Label();
        private final Label reason = new Label();
        private final VBox text = new VBox(2, new HBox(8, change, reason), context);
        private final HBox graphic = new HBox(8, box, text);
        private BooleanProperty bound;

        OccurrenceCell() {
            reason.getStyleClass().add("apply-preview-reason");
            reason.setStyle("-fx-font-style: italic;");
            box.setFocusTraversable(false);
            setText(null);
        }

        @Override
        protected void updateItem(Occurrence item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = checked.get(item);
            box.selectedProperty().bindBidirectional(bound);
            change.setText(change(item, plan.scope()));
            reason.setText(item.reason());
            context.setText(OneLineText.of(item.context())); // a line separator shown, not as nothing
            setGraphic(graphic);
        }
    }
}
