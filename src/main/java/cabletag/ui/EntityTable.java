package cabletag.ui;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.core.text.TextSearch;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;
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

    /**
     * One row: the span and its text (cut once, so sorting by text is cheap). A relabel changes the
     * row's span in place, so only its label cell repaints.
     */
    public static final class Row {
        private Span span;
        private final String text;
        /** Made when a label cell first shows this row: 100,000 rows, a few dozen on screen. */
        private ReadOnlyObjectWrapper<cabletag.core.Label> label;

        Row(Span span, String text) {
            this.span = span;
            this.text = text;
        }

        public Span span() {
            return span;
        }

        public String text() {
            return text;
        }

        ReadOnlyObjectProperty<cabletag.core.Label> labelProperty() {
            if (label == null) {
                label = new ReadOnlyObjectWrapper<>(span.label());
            }
            return label.getReadOnlyProperty();
        }

        /** Only for a span over the same range: the row keeps its place in span order. */
        void relabel(Span relabelled) {
            span = relabelled;
            if (label != null) {
                label.set(relabelled.label());
            }
        }
    }

    private final CorrectorModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final TableView<Row> table = new TableView<>();
    private final TextField textFilter = new TextField();
    private final CheckComboBox<cabletag.core.Label> labelFilter = new TitleWideCheckComboBox<>();
    private final Label count = new Label();
    private boolean syncing;
    private Document shown;
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    static final int MAX_INCREMENTAL_CHANGES = 2_000;
    /** Up to this many rows, replacing them all keeps the table's cells (a few milliseconds at most). */
    static final int KEEP_CELLS_UP_TO = 5_000;
    private static final String NO_ENTITIES = "No entities";
    /** The least the label column gives way to: the widest of the standard labels, which stay whole. */
    private static final String LABEL_FLOOR = "MISC";
    /** From this many entities on, a newly shown cable is listed once its text is on screen. */
    static final int LISTED_AFTER_TEXT = 10_000;
    private final Label placeholder = new Label(NO_ENTITIES);
    private final TableColumn<Row, cabletag.core.Label> labelColumn = new TableColumn<>("Label");
    private final TableColumn<Row, Integer> start = new TableColumn<>("Start");
    private final TableColumn<Row, Integer> end = new TableColumn<>("End");
    private boolean waitingForText;
    /** While {@link #recountLabels} checks and unchecks a label: the filter has not changed. */
    private boolean recounting;
    /** The shown text's code points, made for {@link #pointsText} (compared by identity: a cable's text stays one string). */
    private CodePoints points = CodePoints.of("");
    private String pointsText = "";
    /** The next cable shown is listed once its text is on screen, whatever its size (see listNextAfterText). */
    private boolean nextAfterText;
    /** The rows in view after the selected ones when the selection last changed from the table (see rowsAfterSelection). */
    private List<Row> following = List.of();

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
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(OneLineText.of(c.getValue().text())));
        text.setPrefWidth(180);
        labelColumn.setCellValueFactory(c -> c.getValue().labelProperty());
        labelColumn.setCellFactory(column -> new LabelCell());
        // The text takes what the label and the offsets leave, and they take no more than their values and titles
        // need (ColumnWidths): with room kept for seven-digit offsets the four columns wanted 300 px of the pane's
        // 206 at 1024×700, and it scrolled sideways. Below a readable text it scrolls sideways (ColumnFit).
        text.setMinWidth(ColumnWidths.ofCell("Tehra\u2026"));
        // offsets in code points, as every export and command gives them: the spans count UTF-16 units, and
        // an entity after an emoji showed 32–36 here where the export said 29–33
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(shownOffset(c.getValue().span().start())));
        NumberCell.install(start, 4); // fitted to each cable's length as it is shown (fitOffsets)
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(shownOffset(c.getValue().span().end())));
        NumberCell.install(end, 4);
        table.getColumns().setAll(List.of(text, labelColumn, start, end));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder);
        table.setFixedCellSize(24); // a 100,000-row table must not measure its rows
        ColumnWidths.install(table);
        ColumnFit.install(table); // narrow pane: scroll sideways rather than cut a column off

        textFilter.textProperty().addListener((o, was, now) -> refilter());
        labelFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<cabletag.core.Label>) c -> refilter());

        // several rows (Shift/Ctrl-click, Shift+arrows): a label key or Delete acts on all of them
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Row>) c -> rowsChanged());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> rowsChanged());
        // the model's rows changed from elsewhere (an entity selected in the text, text selected that is the
        // selected entity's): the table shows them, so it never shows rows that a key would not act on
        model.selectedSpans().addListener((ListChangeListener<Span>) c -> showRows());
        model.documentProperty().addListener((o, was, now) -> reload(now));
        model.selectedProperty().addListener((o, was, now) -> {
            // an edit changes the selection before the rows: remember what followed the rows in view first
            following = table.isFocused() && !syncing ? rowsAfterSelection() : List.of();
            showSelected(now);
        });
        model.addOnScreenListener(this::textOnScreen);
        model.paletteVersionProperty().addListener((o, was, now) -> {
            labelFilter.getItems().setAll(model.palette().labels());
            recountLabels();
            fitLabels();
        });
        labelFilter.getItems().setAll(model.palette().labels());
        fitLabels();

        Label title = new Label("Entities");
        title.getStyleClass().add("pane-title");
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        // in the narrow pane at 1024×700 the label filter was cut to "La…": it keeps its name and count,
        // the text field gives way (its prompt still whole)
        labelFilter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox filters = new HBox(6, textFilter, labelFilter);
        VBox top = new VBox(4, new HBox(8, title, count), filters);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
        reload(model.document());
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
        Document before = shown;
        shown = document;
        boolean sameCable = before != null && document != null && before.source().name().equals(document.source().name())
                && before.text().equals(document.text());
        if (sameCable && waitingForText) {
            return; // edited before its list was filled: the fill takes the cable as it is then
        }
        List<Row> following = sameCable && table.isFocused() ? this.following : List.of();
        this.following = List.of();
        if (sameCable && applyDifference(before, document)) {
            updateCount();
            showSelected(model.selected());
            selectNextInView(following);
            mirrorSelection(); // a relabel in place changes a selected row's span without a selection event
            return;
        }
        if (sameCable) {
            // an edit too large to apply row by row (a bulk edit on a 100,000-entity cable): its text is on
            // screen already, so no "text on screen" will come to list it later; list it now
            fill(document);
            selectNextInView(following);
            return;
        }
        waitingForText = document != null && (document.spans().size() >= LISTED_AFTER_TEXT || nextAfterText);
        nextAfterText &= document == null;
        if (waitingForText) {
            // the text view lays out first; 100,000 rows and their first cells would hold it back
            fill(null);
            placeholder.setText("Listing " + NumberCell.format(document.spans().size()) + " entities…");
            return;
        }
        fill(document);
    }

    /**
     * The rows in view after the selected ones, nearest first, then those before them, nearest first: where
     * the selection goes when an edit made from the table takes the selected rows out of view (deleted, or
     * relabelled out of a label filter). Taken as Row objects, which survive an edit unless it changes them.
     */
    private List<Row> rowsAfterSelection() {
        List<Integer> selectedIndices = table.getSelectionModel().getSelectedIndices();
        if (selectedIndices.isEmpty()) {
            return List.of();
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int index : selectedIndices) {
            first = Math.min(first, index);
            last = Math.max(last, index);
        }
        List<Row> view = table.getItems();
        List<Row> candidates = new ArrayList<>();
        // enough to get past the rows a bulk edit takes with them, without walking 100,000
        for (int i = last + 1; i < view.size() && candidates.size() < 256; i++) {
            candidates.add(view.get(i));
        }
        for (int i = first - 1; i >= 0 && candidates.size() < 512; i--) {
            candidates.add(view.get(i));
        }
        return candidates;
    }

    /**
     * After an edit from the table: when the selected entity is no longer in view, the row that followed it
     * in view is selected (sorted or filtered, the entity next in span order may be somewhere else).
     */
    private void selectNextInView(List<Row> following) {
        if (following.isEmpty() || (model.selected() != null && viewIndexOf(model.selected()) >= 0)) {
            return;
        }
        for (Row row : following) {
            int source = rowIndex(row.span());
            if (source >= 0 && rows.get(source) == row && viewIndexOf(row.span()) >= 0) {
                model.select(row.span());
                return;
            }
        }
    }

    private int viewIndexOf(Span span) {
        int source = rowIndex(span);
        int inFiltered = source < 0 ? -1 : filtered.getViewIndex(source);
        return inFiltered < 0 ? -1 : sorted.getViewIndex(inFiltered);
    }

    /**
     * The table's selection changed. Picked by the analyst (a click, Shift/Ctrl-click, Shift+arrows): the rows
     * become the selection, the one picked last the selected entity. Changed by the table following the model
     * or the rows (syncing: an edit, a filter, another cable): the model's list of rows only follows.
     */
    private void rowsChanged() {
        if (syncing) {
            mirrorSelection();
            return;
        }
        Row lead = table.getSelectionModel().getSelectedItem();
        syncing = true;
        try {
            model.selectRows(selectedRowSpans(), lead == null ? null : lead.span());
        } finally {
            syncing = false;
        }
    }

    private List<Span> selectedRowSpans() {
        List<Span> spans = new ArrayList<>();
        for (Row row : table.getSelectionModel().getSelectedItems()) {
            if (row != null) {
                spans.add(row.span());
            }
        }
        return spans;
    }

    /**
     * Selects the model's rows, its selected entity last (the table's selected item), when another part of the
     * window changed them; nothing when they are the table's already.
     */
    private void showRows() {
        if (syncing || new java.util.HashSet<>(model.selectedSpans()).equals(new java.util.HashSet<>(selectedRowSpans()))) {
            return;
        }
        if (model.selectedSpans().size() <= 1) {
            showSelected(model.selectedSpans().isEmpty() ? null : model.selectedSpans().get(0));
            return;
        }
        List<Integer> views = new ArrayList<>();
        int lead = -1;
        for (Span span : model.selectedSpans()) {
            int view = viewIndexOf(span);
            if (view >= 0 && span.equals(model.selected())) {
                lead = view;
            } else if (view >= 0) {
                views.add(view);
            }
        }
        if (lead >= 0) {
            views.add(lead); // selected last: the table's selected item
        }
        syncing = true;
        try {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            if (!views.isEmpty()) {
                // one change for them all: a row at a time told the model 100,000 times
                selection.selectIndices(views.get(0), views.subList(1, views.size()).stream().mapToInt(Integer::intValue).toArray());
            }
        } finally {
            syncing = false;
        }
        mirrorSelection(); // rows the filters hide cannot be selected: the model keeps those shown
    }

    private void mirrorSelection() {
        List<Span> spans = selectedRowSpans();
        if (!spans.equals(model.selectedSpans())) {
            model.selectedSpans().setAll(spans);
        }
    }

    /**
     * The next cable shown is listed once its text is on screen, whatever its size: for the window's first
     * cable, so that the first frame lays out the text alone (the launcher; seeds: 0.1 s sooner on screen).
     */
    void listNextAfterText() {
        nextAfterText = true;
    }

    /** The text of a cable waiting for its list is on screen: list its entities now. */
    private void textOnScreen() {
        if (waitingForText) {
            waitingForText = false;
            placeholder.setText(NO_ENTITIES);
            fill(shown);
        }
    }

    /**
     * ControlsFX writes "Labels (checked/all)" again only when the checks change, not when the labels do: a label
     * new to the corpus left it at "(0/4)" with five in its list. A check made and taken back at once makes it
     * count again; the table is not filtered for it.
     */
    private void recountLabels() {
        if (labelFilter.getItems().isEmpty()) {
            return;
        }
        var checks = labelFilter.getCheckModel();
        boolean checked = checks.isChecked(0);
        recounting = true;
        try {
            if (checked) {
                checks.clearCheck(0);
                checks.check(0);
            } else {
                checks.check(0);
                checks.clearCheck(0);
            }
        } finally {
            recounting = false;
        }
    }

    /**
     * The label column is as wide as the longest label's name (or its title), so every label shows whole, when the
     * pane has the room; when it has not, it gives way down to the four standard labels' width.
     */
    private void fitLabels() {
        String widest = "";
        for (cabletag.core.Label label : model.palette().labels()) {
            if (ColumnWidths.widthOf(label.name()) > ColumnWidths.widthOf(widest)) {
                widest = label.name();
            }
        }
        // whole when the pane has the room, down to "MISC" when it has not: a label the analyst named
        // (RELIGIOUS_GROUP) is then cut with "…", whole on hover, and Start and End stay in the pane
        ColumnWidths.fitGivingWay(labelColumn, widest, LABEL_FLOOR);
    }

    /** A UTF-16 offset of the shown cable's text as a code point offset; the conversion is made once a cable. */
    private int shownOffset(int utf16) {
        String text = shown == null ? "" : shown.text();
        if (pointsText != text) {
            points = CodePoints.of(text);
            pointsText = text;
        }
        try {
            return points.isBmpOnly() ? utf16 : points.toCodePoint(utf16);
        } catch (IllegalArgumentException | IndexOutOfBoundsException notOfThisText) {
            return utf16; // a row of the cable before, still in view for a moment
        }
    }

    /**
     * The offset columns are as wide as the shown cable's largest offset (its length) needs: five digits for most
     * cables, seven only for a cable of millions of characters, whose offsets then make the table scroll sideways.
     */
    private void fitOffsets(Document document) {
        int largest = document == null ? 0 : document.text().length();
        NumberCell.fit(start, largest);
        NumberCell.fit(end, largest);
    }

    private void fill(Document document) {
        fitOffsets(document);
        List<Row> fresh = new ArrayList<>(document == null ? 0 : document.spans().size());
        if (document != null) {
            for (Span span : document.spans()) {
                fresh.add(new Row(span, document.textOf(span)));
            }
        }
        syncing = true;
        try {
            replaceRows(fresh);
        } finally {
            syncing = false;
        }
        updateCount();
        showSelected(model.selected());
    }

    /**
     * Replaces every row. A table whose items are all removed in one change (as setAll does) throws its
     * row cells away and builds new ones, so a short list keeps one row while the others go, and loses
     * it after the new rows are in. A long one goes through setAll: the filtered list's cost of removing
     * a range grows with the range times the list (0.4 s to go from 100,000 rows to 3, 1.6 s to another
     * 100,000), far more than new cells cost.
     */
    private void replaceRows(List<Row> fresh) {
        int old = rows.size();
        if (old == 0 || fresh.isEmpty() || old > KEEP_CELLS_UP_TO) {
            rows.setAll(fresh);
            return;
        }
        rows.remove(1, old);
        rows.addAll(fresh);
        rows.remove(0);
    }

    /**
     * An edit changes a few rows of a cable that may have 100,000: remove and insert just those, as the
     * workspace reported them (no comparing of span sets), so the table neither rebuilds nor loses its
     * scroll position. Returns false when a rebuild is cheaper, or when the change is not known.
     */
    private boolean applyDifference(Document before, Document after) {
        cabletag.core.SpanDelta delta = model.lastDelta();
        if (delta.isEmpty() || delta.size() > MAX_INCREMENTAL_CHANGES) {
            return before.spans() == after.spans();
        }
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>(delta.added());
        List<Span> relabelledFrom = new ArrayList<>();
        List<Span> relabelledTo = new ArrayList<>();
        for (Span gone : delta.removed()) {
            Span same = null;
            for (Span come : added) {
                if (come.sameRange(gone)) {
                    same = come;
                    break;
                }
            }
            if (same != null) {
                // at most one span per range, so the same range in both is a relabel
                added.remove(same);
                relabelledFrom.add(gone);
                relabelledTo.add(same);
            } else {
                removed.add(gone);
            }
        }
        syncing = true;
        try {
            if (canRelabelInPlace()) {
                for (int k = 0; k < relabelledFrom.size(); k++) {
                    rows.get(rowIndex(relabelledFrom.get(k))).relabel(relabelledTo.get(k));
                }
            } else {
                removed.addAll(relabelledFrom);
                added.addAll(relabelledTo);
            }
            for (Span span : removed) {
                int at = rowIndex(span);
                if (at >= 0) {
                    rows.remove(at);
                }
            }
            for (Span span : added) {
                int at = rowIndex(span);
                rows.add(at >= 0 ? at : -at - 1, new Row(span, after.textOf(span)));
            }
        } finally {
            syncing = false;
        }
        return true;
    }

    /**
     * A row whose label changes keeps its place in span order; it would only move or vanish in the view
     * when the view is sorted or filtered by label. Otherwise its label cell alone repaints: a row
     * change made the table lay out all its visible rows again, and a sorted list shifts its whole index.
     */
    private boolean canRelabelInPlace() {
        return labelFilter.getCheckModel().getCheckedItems().isEmpty()
                && !table.getSortOrder().contains(labelColumn);
    }

    /** Span order, with a shortcut for the common case: the very same span, kept across an edit. */
    static int compare(Span a, Span b) {
        return a == b || a.equals(b) ? 0 : Span.ORDER.compare(a, b);
    }

    /** Binary search in the rows, which stay in span order; negative: -(insertion point) - 1. */
    private int rowIndex(Span span) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = Span.ORDER.compare(rows.get(mid).span(), span);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private void refilter() {
        if (recounting) {
            return;
        }
        String needle = textFilter.getText() == null ? "" : textFilter.getText();
        List<cabletag.core.Label> labels = List.copyOf(labelFilter.getCheckModel().getCheckedItems());
        syncing = true;
        try {
            filtered.setPredicate(row -> TextSearch.contains(row.text(), needle, true)
                    && (labels.isEmpty() || labels.contains(row.span().label())));
        } finally {
            syncing = false;
        }
        updateCount();
    }

    private void updateCount() {
        count.setText(filtered.size() == rows.size() ? NumberCell.format(rows.size())
                : NumberCell.format(filtered.size()) + " of " + NumberCell.format(rows.size()));
    }

    private void showSelected(Span span) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            int source = span == null ? -1 : rowIndex(span);
            // An entity the filters hide has no row: FilteredList answers a negative index for it.
            int inFiltered = source < 0 ? -1 : filtered.getViewIndex(source);
            int view = inFiltered < 0 ? -1 : sorted.getViewIndex(inFiltered);
            if (view < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            // one row: an entity selected elsewhere (the text, Tab, an edit) is the selection alone
            if (table.getSelectionModel().getSelectedIndex() != view || table.getSelectionModel().getSelectedIndices().size() != 1) {
                table.getSelectionModel().clearAndSelect(view);
            }
            scrollIntoView(view);
        } finally {
            syncing = false;
        }
    }

    /** Scrolls only when the row is not already in sight: scrolling a 100,000-row table is not free. */
    private void scrollIntoView(int index) {
        VirtualFlow<?> flow = table.getSkin() instanceof TableViewSkin<?> skin
                ? (VirtualFlow<?>) table.lookup(".virtual-flow") : null;
        if (flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(Math.max(0, index - 3));
    }

    /** The label cell carries the label's swatch colour; a long label cut with "…" is whole in its tooltip. */
    private final class LabelCell extends TableCell<Row, cabletag.core.Label> {
        private javafx.scene.control.Tooltip tooltip; // made on the first label the cell shows

        @Override
        protected void updateItem(cabletag.core.Label item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("sw-") || c.equals("label-cell"));
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(item.name());
                if (tooltip == null) {
                    tooltip = new javafx.scene.control.Tooltip();
                }
                tooltip.setText(item.name());
                setTooltip(tooltip);
                getStyleClass().addAll("label-cell", model.palette().swatchClass(item));
            }
        }
    }
}
