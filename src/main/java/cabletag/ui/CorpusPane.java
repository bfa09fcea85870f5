package cabletag.ui;

import cabletag.core.ShownName;
import cabletag.workspace.CableEntry;
import cabletag.workspace.HeaderSummary;
import cabletag.workspace.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The open cables with their entity count, problem count, review status and header summary (origin, day
 * created, classification); filtered by name, status, origin, classification and a from–to range of days
 * ({@link CorpusFilter}).
 */
public final class CorpusPane extends BorderPane {

    static final String ALL = "All";
    /**
     * The narrowest the names get before the list scrolls sideways: seven characters of a cable's name and "…",
     * enough to tell 09BAGHD… from 09BEIRU…; the tooltip has the rest.
     */
    static double nameMinWidth() {
        return ColumnWidths.ofCell("09BAGHD\u2026");
    }

    private final CorrectorModel model;
    /** The filtered rows in the order of the table's sort columns (corpus order when none): the table's rows. */
    private final ShownRows shown;
    private final CorpusOrder order = new CorpusOrder();
    private final TableView<CableEntry> table = new TableView<>();
    private final TextField nameFilter = new TextField();
    private final ChoiceBox<String> statusFilter = new ChoiceBox<>();
    private final Label count = new Label();
    private final TextField originFilter = new TextField();
    private final TextField classificationFilter = new TextField();
    private final TextField fromFilter = new TextField();
    private final TextField toFilter = new TextField();
    private boolean syncing;
    private boolean rowsChanging;
    private List<Integer> selectionBeforeChange = List.of();

    public CorpusPane(CorrectorModel model) {
        this.model = model;
        setId("corpus-pane");
        table.setId("corpus-table");
        nameFilter.setId("corpus-filter");
        statusFilter.setId("corpus-status-filter");
        // Registered before the filtered list exists, so it runs before the table drops the selection of
        // replaced rows (a status or count change replaces a cable's entry) and can restore it afterwards.
        model.cables().addListener((ListChangeListener<CableEntry>) c -> {
            rowsChanging = true;
            selectionBeforeChange = onlyReplaced(c) ? List.copyOf(model.selectedCables()) : List.of();
        });
        shown = new ShownRows(model.cables());
        model.moveThrough(shown); // the keys that go to another cable stay within the cables the list shows
        nameFilter.setPromptText("Filter cables");
        statusFilter.getItems().addAll(ALL, text(ReviewStatus.NEW), text(ReviewStatus.IN_PROGRESS), text(ReviewStatus.REVIEWED));
        statusFilter.setValue(ALL);

        TableColumn<CableEntry, String> name = new TableColumn<>("Cable");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ShownName.of(c.getValue().name())));
        name.setPrefWidth(150);
        // The names take what the counts and the review mark leave, and the short columns take no more than their
        // values and titles need (ColumnWidths): at 1024×700 they kept 145 px of 190 and the names were cut to
        // "00…". Below a useful name the list scrolls sideways (ColumnFit) rather than cut it further; each
        // cell's tooltip has the whole name.
        name.setMinWidth(nameMinWidth());
        name.setCellFactory(c -> new NameCell(true, model.changedOnDisk()::contains));
        // a file changed on disk since it was read is marked on its row until it is read again (F5)
        model.changedOnDisk().addListener((javafx.collections.SetChangeListener<Integer>) change -> table.refresh());
        TableColumn<CableEntry, Integer> entities = new TableColumn<>("Ent");
        entities.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(known(c.getValue().entityCount())));
        NumberCell.install(entities, 3); // widened as counts come (widenCounts)
        // "⚠", as the problems are marked in many an editor: "Prob" made the column 16 px wider than two digits
        TableColumn<CableEntry, Integer> problems = new TableColumn<>(PROBLEMS_TITLE);
        problems.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(known(c.getValue().problemCount())));
        NumberCell.install(problems, 2);
        // A mark (○ new, ◐ in progress, ✓ reviewed), not a word: "in progress" needs 80 px, and in the pane's
        // usual width the column was cut to "n…" / "r…" beside the counts. The status filter and each mark's
        // tooltip give the words. Its title is the mark of a reviewed cable: "Rev" made the column 15 px wider
        // than its marks, which the names need at 1024×700.
        TableColumn<CableEntry, ReviewStatus> status = new TableColumn<>(MARK_REVIEWED);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(c -> new StatusCell());
        // the last column: the table's menu button (top right) lies over its header when no vertical scroll bar
        // shows, so it keeps room for the button and its title and marks sit at its left
        status.getStyleClass().add("review-column");
        ColumnWidths.fit(status, MARK_IN_PROGRESS);
        ColumnWidths.besideMenuButton(status);
        // Shown, each keeps its title and a useful part of its value (the whole of a day: a cut date tells nothing); a
        // pane too narrow for them and the names' seven characters scrolls sideways (ColumnFit), to the column shown.
        // With no minimum, Origin shown at 1024×700 was squeezed to a sliver under the menu button.
        table.getColumns().setAll(List.of(name, entities, problems, status,
                headerColumn("Origin", HeaderSummary::origin, 110, "Embassy\u2026"),
                headerColumn("Created", HeaderSummary::created, 84, "2005-07-19"),
                headerColumn("Class.", HeaderSummary::classification, 96, "UNCLASS\u2026")));
        // In the pane's usual width seven columns cut every name to "…": the header columns start hidden and
        // the table's menu button (top right) shows them; the header filters work either way.
        table.getColumns().subList(4, 7).forEach(column -> column.setVisible(false));
        table.setTableMenuButtonVisible(true);
        HeaderTooltips.install(table, Map.of(entities, "Entities in the cable",
                problems, "Problems in the cable, as cabletag check counts them",
                status, "Review status: " + MARK_NEW + " new, " + MARK_IN_PROGRESS + " in progress, " + MARK_REVIEWED + " reviewed"));
        order.column(name, java.util.Comparator.comparing(CableEntry::name));
        order.column(entities, java.util.Comparator.comparingInt(CableEntry::entityCount));
        order.column(problems, java.util.Comparator.comparingInt(CableEntry::problemCount));
        order.column(status, java.util.Comparator.comparing(CableEntry::status));
        order.column(table.getColumns().get(4), java.util.Comparator.comparing(e -> e.header().origin()));
        order.column(table.getColumns().get(5), java.util.Comparator.comparing(e -> e.header().created()));
        order.column(table.getColumns().get(6), java.util.Comparator.comparing(e -> e.header().classification()));
        table.setSortPolicy(t -> {
            syncing = true;
            try {
                shown.setOrder(order.of(table.getSortOrder()));
            } finally {
                syncing = false;
            }
            showCurrent();
            return true;
        });
        table.setItems(shown);
        table.setPlaceholder(new Label("No cables"));
        table.setFixedCellSize(24); // 10,000 rows must not be measured one by one
        ColumnWidths.install(table);
        ColumnFit.install(table); // narrow pane: scroll sideways rather than cut a column off
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);

        nameFilter.textProperty().addListener((o, was, now) -> refilter());
        statusFilter.valueProperty().addListener((o, was, now) -> refilter());
        for (TextField field : List.of(originFilter, classificationFilter, fromFilter, toFilter)) {
            field.textProperty().addListener((o, was, now) -> refilter());
        }
        widenCounts(entities, problems, model.cables());
        model.cables().addListener((ListChangeListener<CableEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    widenCounts(entities, problems, c.getAddedSubList());
                }
            }
            rowsChanging = false;
            updateCount();
            restoreSelection();
            showCurrent();
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && !rowsChanging && now != null && now.index() != model.currentCable()) {
                model.show(now.index());
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CableEntry>) c -> publishSelection());
        model.currentCableProperty().addListener((o, was, now) -> showCurrent());

        Label title = new Label("Corpus");
        title.getStyleClass().add("pane-title");
        HBox.setHgrow(nameFilter, Priority.ALWAYS);
        VBox top = new VBox(4, new HBox(8, title, count), new HBox(6, nameFilter, statusFilter), headerFilters());
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
    }

    /** A count not known yet (the cable is not read) shows as an empty cell, not -1. */
    private static Integer known(int count) {
        return count < 0 ? null : count;
    }

    /** A header field's column: {@code width} wide when the pane has the room, no narrower than its title or {@code least}. */
    private static TableColumn<CableEntry, String> headerColumn(String title,
            java.util.function.Function<HeaderSummary, String> field, double width, String least) {
        TableColumn<CableEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(field.apply(c.getValue().header())));
        column.setCellFactory(c -> new NameCell(false, index -> false));
        column.setMinWidth(Math.max(ColumnWidths.ofTitle(title), ColumnWidths.ofCell(least)));
        column.setPrefWidth(Math.max(width, column.getMinWidth()));
        return column;
    }

    /**
     * Origin and classification, from and to: the header filters, two rows of two under the name and
     * status. In one row of four each field had a quarter of the pane, and their prompts were cut at every
     * window size ("Oriç", "Fror", "To 2" at 1024×700; "From 2" at 1600×1000).
     */
    private GridPane headerFilters() {
        originFilter.setId("corpus-origin-filter");
        originFilter.setPromptText("Origin");
        classificationFilter.setId("corpus-classification-filter");
        classificationFilter.setPromptText("Class.");
        fromFilter.setId("corpus-from-filter");
        fromFilter.setPromptText("From 2005");
        toFilter.setId("corpus-to-filter");
        toFilter.setPromptText("To 2006");
        // the prompts show a year; a month and a day are taken too, which the tooltips say
        fromFilter.setTooltip(new Tooltip("Created on or after: a year, a month or a day (2005, 2005-07, 2005-07-19)"));
        toFilter.setTooltip(new Tooltip("Created on or before: a year, a month or a day (2006, 2006-07, 2006-07-31)"));
        GridPane filters = new GridPane();
        filters.setHgap(6);
        filters.setVgap(4);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            filters.getColumnConstraints().add(half);
        }
        for (TextField field : List.of(originFilter, classificationFilter, fromFilter, toFilter)) {
            field.setPrefColumnCount(5);
            field.setMaxWidth(Double.MAX_VALUE);
        }
        filters.addRow(0, originFilter, classificationFilter);
        filters.addRow(1, fromFilter, toFilter);
        return filters;
    }

    /** The filter the fields say now. */
    CorpusFilter filter() {
        String wanted = statusFilter.getValue();
        ReviewStatus status = null;
        for (ReviewStatus each : ReviewStatus.values()) {
            if (text(each).equals(wanted)) {
                status = each;
            }
        }
        return new CorpusFilter(nameFilter.getText(), status, originFilter.getText(), classificationFilter.getText(),
                fromFilter.getText(), toFilter.getText());
    }

    public TextField originFilter() {
        return originFilter;
    }

    public TextField classificationFilter() {
        return classificationFilter;
    }

    public TextField fromFilter() {
        return fromFilter;
    }

    public TextField toFilter() {
        return toFilter;
    }

    /** The origin, created and classification columns (hidden at first). */
    List<TableColumn<CableEntry, ?>> headerColumns() {
        return table.getColumns().subList(4, 7);
    }

    public TableView<CableEntry> table() {
        return table;
    }

    public TextField nameFilter() {
        return nameFilter;
    }

    public ChoiceBox<String> statusFilter() {
        return statusFilter;
    }

    /** The count columns grow to the largest count among {@code rows} (rows are added or replaced, never only changed). */
    private static void widenCounts(TableColumn<CableEntry, Integer> entities, TableColumn<CableEntry, Integer> problems,
            List<? extends CableEntry> rows) {
        int mostEntities = 0;
        int mostProblems = 0;
        for (CableEntry row : rows) {
            mostEntities = Math.max(mostEntities, row.entityCount());
            mostProblems = Math.max(mostProblems, row.problemCount());
        }
        NumberCell.widen(entities, mostEntities);
        NumberCell.widen(problems, mostProblems);
    }

    static final String PROBLEMS_TITLE = "\u26A0";   // ⚠
    static final String MARK_NEW = "\u25CB";          // ○
    static final String MARK_IN_PROGRESS = "\u25D0";  // ◐
    static final String MARK_REVIEWED = "\u2713";     // ✓

    /** The mark a row shows for its cable's review status; its tooltip says the word. */
    static String mark(ReviewStatus status) {
        return switch (status) {
            case NEW -> MARK_NEW;
            case IN_PROGRESS -> MARK_IN_PROGRESS;
            case REVIEWED -> MARK_REVIEWED;
        };
    }

    static String text(ReviewStatus status) {
        return switch (status) {
            case NEW -> "new";
            case IN_PROGRESS -> "in progress";
            case REVIEWED -> "reviewed";
        };
    }

    private void refilter() {
        CorpusFilter filter = filter();
        syncing = true;
        try {
            shown.setFilter(filter::test);
        } finally {
            syncing = false;
        }
        updateCount();
        showCurrent();
    }

    private void updateCount() {
        count.setText(shown.size() == model.cables().size() ? NumberCell.format(model.cables().size())
                : NumberCell.format(shown.size()) + " of " + NumberCell.format(model.cables().size()));
    }

    private static boolean onlyReplaced(ListChangeListener.Change<? extends CableEntry> change) {
        while (change.next()) {
            if (!change.wasReplaced() || change.getAddedSize() != change.getRemovedSize()) {
                return false;
            }
        }
        return true;
    }

    /** Selects again the cables that were selected before their rows were replaced. */
    private void restoreSelection() {
        List<Integer> wanted = selectionBeforeChange;
        selectionBeforeChange = List.of();
        if (!wanted.isEmpty()) {
            syncing = true;
            try {
                for (int cable : wanted) {
                    int i = shown.positionOf(cable);
                    if (i >= 0 && !table.getSelectionModel().isSelected(i)) {
                        table.getSelectionModel().select(i);
                    }
                }
            } finally {
                syncing = false;
            }
        }
        publishSelection();
    }

    private void publishSelection() {
        if (rowsChanging) {
            return; // the table is still dropping and re-adding rows; restoreSelection publishes once it is done
        }
        List<Integer> indexes = new ArrayList<>();
        for (CableEntry entry : table.getSelectionModel().getSelectedItems()) {
            if (entry != null) {
                indexes.add(entry.index());
            }
        }
        indexes.sort(null);
        if (!indexes.equals(model.selectedCables())) {
            model.selectedCables().setAll(indexes);
        }
    }

    private void showCurrent() {
        syncing = true;
        try {
            int i = shown.positionOf(model.currentCable());
            if (i >= 0) {
                // A multiple selection that includes the shown cable stays: the analyst is gathering cables to export.
                if (!table.getSelectionModel().isSelected(i)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                }
                return;
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private static final class StatusCell extends TableCell<CableEntry, ReviewStatus> {
        // made on the first cable the cell shows: a table fills its height with empty rows, and a tooltip each
        // was a fifth of the corpus list's share of the window's first frame
        private Tooltip tooltip;

        StatusCell() {
            setAlignment(javafx.geometry.Pos.CENTER_LEFT); // under the title, clear of the table's menu button
        }

        @Override
        protected void updateItem(ReviewStatus item, boolean empty) {
            super.updateItem(item, empty);
            // A row that joins, leaves or moves updates every row in view: a style class taken off and put back
            // made each row's CSS be worked out anew, in the pulse of every such change.
            String status = empty || item == null ? null : "status-" + item.name().toLowerCase(Locale.ROOT);
            getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals(status));
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
            } else {
                setText(mark(item));
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(text(item));
                setTooltip(tooltip);
                setAccessibleText(text(item));
                if (!getStyleClass().contains(status)) {
                    getStyleClass().add(status);
                }
            }
        }
    }

    /**
     * A cable's name (or a header field), cut with "…" when the column is narrow, and in full on hover. A name
     * that is a path (with several inputs a row names its file as the input named it: {@code /data/x/c.txt}) is
     * cut at its start, so that the file's name and the folder nearest it show rather than a start that every
     * row of that input shares.
     */
    static final class NameCell extends javafx.scene.control.TableCell<CableEntry, String> {
        /** Before the name of a cable whose file changed on disk since the window read it. */
        static final String CHANGED_ON_DISK = "⟳ ";
        private final boolean paths;
        private final java.util.function.IntPredicate changedOnDisk;
        private Tooltip tooltip; // made on the first name shown, as in StatusCell

        NameCell(boolean paths, java.util.function.IntPredicate changedOnDisk) {
            this.paths = paths;
            this.changedOnDisk = changedOnDisk;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            CableEntry row = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean changed = row != null && item != null && changedOnDisk.test(row.index());
            setText(empty ? null : changed ? CHANGED_ON_DISK + item : item);
            getStyleClass().remove("changed-on-disk");
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            if (changed) {
                getStyleClass().add("changed-on-disk");
            }
            boolean path = paths && (item.indexOf('/') >= 0 || item.contains(java.io.File.separator));
            setTextOverrun(path ? javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS : javafx.scene.control.OverrunStyle.ELLIPSIS);
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(changed ? item + " changed on disk since it was read: " + CorrectorModel.READ_AGAIN_KEY + " reads it again" : item);
            setTooltip(tooltip);
        }
    }
}
