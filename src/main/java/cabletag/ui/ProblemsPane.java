package cabletag.ui;

import cabletag.core.text.Counted;
import cabletag.ui.ProblemsModel.Item;
import java.util.function.IntConsumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * Reading problems, as the cables are now ({@link ProblemsModel}): those of the shown cable first (unclosed
 * tags, bad nesting, encoding fallback), which jump to their place when chosen; those of no cable (skipped
 * files, an unreadable store file); those of every other cable, which show that cable when chosen; and
 * those of the suggestions (a saved model that cannot be read, training that failed).
 */
public final class ProblemsPane extends BorderPane {

    /** The style of a note's line: set apart from the problems, which it is not counted with. */
    static final String NOTE_STYLE = "problem-note";

    private final CorrectorModel model;
    private final ProblemsModel problems;
    private final ListView<Item> list;
    private final Label title = new Label("Problems");
    private IntConsumer jumper = offset -> { };

    public ProblemsPane(CorrectorModel model) {
        this.model = model;
        this.problems = model.problems();
        this.list = new ListView<>(problems.items());
        setId("problems-pane");
        list.setId("problems-list");
        list.setPlaceholder(new Label("No reading problems"));
        list.setCellFactory(v -> new ListCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            {
                // A problem line is longer than the pane is wide; cut to "binary.txt:1:1: error: binary." it said
                // nothing. It wraps at the pane's width (a preferred width of 0 keeps the cell from widening
                // past the list), and its tooltip holds it whole.
                setWrapText(true);
                setPrefWidth(0);
                whole.setWrapText(true);
                whole.setMaxWidth(600);
            }

            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : item.text();
                setText(text);
                getStyleClass().remove(NOTE_STYLE);
                if (item != null && !empty && item.isNote()) {
                    getStyleClass().add(NOTE_STYLE);
                }
                whole.setText(text);
                setTooltip(text == null ? null : whole);
            }
        });
        list.setOnMouseClicked(e -> jump());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump();
                e.consume();
            }
        });
        title.getStyleClass().add("pane-title");
        title.setPadding(new Insets(2, 4, 2, 4));
        setTop(title);
        setCenter(list);
        problems.readingCountProperty().addListener((o, was, now) -> retitle());
        problems.othersCountProperty().addListener((o, was, now) -> retitle());
        problems.noteCountProperty().addListener((o, was, now) -> retitle());
        retitle();
    }

    public ListView<Item> list() {
        return list;
    }

    public ObservableList<Item> items() {
        return problems.items();
    }

    /** Shows these problems too, after the corpus's, as they change (the suggestions'). */
    public void follow(ObservableList<String> others) {
        others.addListener((javafx.collections.ListChangeListener<String>) change -> problems.others(others));
        problems.others(others);
    }

    /** Where a chosen problem sends the caret. */
    public void setJumper(IntConsumer jumper) {
        this.jumper = jumper;
    }

    /** A problem of the shown cable: to its place. Another cable's: that cable shown, and to the problem's place there. */
    private void jump() {
        Item item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.cable() >= 0 && item.cable() != model.currentCable()) {
            String text = item.text();
            model.show(item.cable());
            // its lines now come first, with their places
            item = problems.items().stream().filter(shown -> shown.cable() == model.currentCable()
                    && shown.text().equals(text)).findFirst().orElse(null);
            if (item != null) {
                list.getSelectionModel().select(item);
            }
        }
        if (item != null && item.offset() >= 0) {
            jumper.accept(item.offset());
        }
    }

    /**
     * The count of reading problems, the status bar's and the rows'; the suggestions' problems, listed too, are
     * no reading problems and are counted aside, and so are the notes listed among them (news, no problem):
     * "Problems (10) · 1 note".
     */
    private void retitle() {
        int reading = problems.readingCountProperty().get();
        int others = problems.othersCountProperty().get();
        int notes = problems.noteCountProperty().get();
        title.setText("Problems (" + reading + (others == 0 ? "" : ", and " + others + " of the suggestions") + ")"
                + (notes == 0 ? "" : " · " + Counted.of(notes, "note", "notes")));
    }
}
