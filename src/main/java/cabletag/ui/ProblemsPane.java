package cabletag.ui;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * Reading problems: those of the current cable (unclosed tags, bad nesting, encoding fallback), which
 * jump to their place when chosen, and those of the corpus (skipped files, stored corrections that no
 * longer fit) and of the suggestions (a saved model that cannot be read, training that failed), which
 * have no place in a cable.
 */
public final class ProblemsPane extends BorderPane {

    /** One problem; {@code offset} is a clean-text offset in the current cable, or -1. */
    public record Item(String text, int offset) { }

    private final CorrectorModel model;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ListView<Item> list = new ListView<>(items);
    private final Label title = new Label("Problems");
    private IntConsumer jumper = offset -> { };
    private List<String> more = List.of();

    public ProblemsPane(CorrectorModel model) {
        this.model = model;
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
        model.documentProperty().addListener((o, was, now) -> reload());
        model.problemCountProperty().addListener((o, was, now) -> reload());
        reload();
    }

    public ListView<Item> list() {
        return list;
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** Shows these problems too, after the corpus's, as they change (the suggestions'). */
    public void follow(ObservableList<String> others) {
        more = others;
        others.addListener((javafx.collections.ListChangeListener<String>) change -> reload());
        reload();
    }

    /** Where a chosen problem sends the caret. */
    public void setJumper(IntConsumer jumper) {
        this.jumper = jumper;
    }

    private void jump() {
        Item item = list.getSelectionModel().getSelectedItem();
        if (item != null && item.offset() >= 0) {
            jumper.accept(item.offset());
        }
    }

    void reload() {
        List<Item> fresh = new ArrayList<>();
        java.util.Set<String> ofThisCable = new java.util.HashSet<>();
        Document doc = model.document();
        if (doc != null) {
            for (Diagnostic diagnostic : doc.diagnostics()) {
                String text = diagnostic.format(doc.source().name());
                ofThisCable.add(text);
                fresh.add(new Item(text, SourcePositions.cleanOffsetOf(doc, diagnostic)));
            }
        }
        if (model.workspace() != null) {
            for (String problem : model.workspace().problems()) {
                // the corpus lists an unreadable file too, for every cable: on that file's own cable it is
                // listed once, with its place
                if (!ofThisCable.contains(problem)) {
                    fresh.add(new Item(problem, -1));
                }
            }
        }
        for (String problem : more) {
            fresh.add(new Item(problem, -1));
        }
        items.setAll(fresh);
        title.setText("Problems (" + fresh.size() + ")");
    }
}
