package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

/**
 * The entities of the current cable: text, label, position; sortable by any column, filtered by text
 * and by a set of labels. Selecting a row selects the entity in the text, and the reverse.
 */
public final class EntityTable extends BorderPane {

    /** One row: the span and its text (cut once, so sorting by text is cheap). */
    public record Row(Span span, String text) { }

    private final CorrectorModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final TableView<Row> table = new TableView<>();
    private final TextField textFilter = new TextField();
    private final CheckComboBox<cabletag.core.Label> labelFilter = new CheckComboBox<>();
    private final Label count = new Label();
    private boolean syncing;

    public EntityTable(CorrectorModel model) {
        this.model = model;
        setId("entity-pane");
        table.setId("entity-table");
        textFilter.setId("entity-filter");
        labelFilter.setId("entity-label-filter");
        textFilter.setPromptText("Filter text");
        labelFilter.setTitle("Labels");
        labelFilter.setShowCheckedCount(true);

        TableColumn<Row, String> text = new TableColumn<>("Text");
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text().replace('\n', ' ')));
        text.setPrefWidth(180);
        TableColumn<Row, cabletag.core.Label> label = new TableColumn<>("Label");
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().span().label()));
        label.setCellFactory(column -> new LabelCell());
        label.setPrefWidth(64);
        TableColumn<Row, Integer> start = new TableColumn<>("Start");
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().span().start()));
        start.setPrefWidth(56);
        TableColumn<Row, Integer> end = new TableColumn<>("End");
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().span().end()));
        end.setPrefWidth(56);
        table.getColumns().setAll(List.of(text, label, start, end));
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No entities"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        textFilter.textProperty().addListener((o, was, now) -> refilter());
        labelFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<cabletag.core.Label>) c -> refilter());

        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                try {
                    model.select(now.span());
                } finally {
                    syncing = false;
                }
            }
        });
        model.documentProperty().addListener((o, was, now) -> reload(now));
        model.selectedProperty().addListener((o, was, now) -> showSelected(now));
        model.paletteVersionProperty().addListener((o, was, now) -> labelFilter.getItems().setAll(model.palette().labels()));
        labelFilter.getItems().setAll(model.palette().labels());

        Label title = new Label("Entities");
        title.getStyleClass().add("pane-title");
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        HBox filters = new HBox(6, textFilter, labelFilter);
        VBox top = new VBox(4, new HBox(8, title, count), filters);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
    }

    public TableView<Row> table() {
        return table;
    }

    public TextField textFilter() {
        return textFilter;
    }

    public CheckComboBox<cabletag.core.Label> labelFilter() {
        return labelFilter;
    }

    private void reload(Document document) {
        List<Row> fresh = new ArrayList<>(document == null ? 0 : document.spans().size());
        if (document != null) {
            for (Span span : document.spans()) {
                fresh.add(new Row(span, document.textOf(span)));
            }
        }
        syncing = true;
        try {
            rows.setAll(fresh);
        } finally {
            syncing = false;
        }
        updateCount();
        showSelected(model.selected());
    }

    private void refilter() {
        String needle = textFilter.getText() == null ? "" : textFilter.getText().toLowerCase(Locale.ROOT);
        List<cabletag.core.Label> labels = List.copyOf(labelFilter.getCheckModel().getCheckedItems());
        syncing = true;
        try {
            filtered.setPredicate(row -> (needle.isEmpty() || row.text().toLowerCase(Locale.ROOT).contains(needle))
                    && (labels.isEmpty() || labels.contains(row.span().label())));
        } finally {
            syncing = false;
        }
        updateCount();
    }

    private void updateCount() {
        count.setText(filtered.size() == rows.size() ? rows.size() + "" : filtered.size() + " of " + rows.size());
    }

    private void showSelected(Span span) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (span == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            ObservableList<Row> items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).span().equals(span)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** The label cell carries the label's swatch colour. */
    private final class LabelCell extends TableCell<Row, cabletag.core.Label> {
        @Override
        protected void updateItem(cabletag.core.Label item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("sw-") || c.equals("label-cell"));
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.name());
                getStyleClass().addAll("label-cell", model.palette().swatchClass(item));
            }
        }
    }
}
