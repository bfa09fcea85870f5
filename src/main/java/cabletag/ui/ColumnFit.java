package cabletag.ui;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's columns whole in a narrow pane. A constrained table fits its columns to its width and,
 * when the width is below the columns' minimum widths, cuts the last ones off (a seven-digit End column
 * simply vanishes at 1024×700). Below that width the table lets the columns keep their minimum widths and
 * scrolls sideways instead, so every column stays reachable; above it, it fits them again.
 *
 * <p>While it scrolls, every column is at its minimum width, so it scrolls no further than it must. At their
 * preferred widths the first column (a cable's name, 150 px) alone filled a 190 px pane at 1024×700 and the
 * counts and labels were all out of sight; the preferred widths come back when the pane is wide again.
 */
final class ColumnFit {

    /** Room for the vertical scroll bar and the table's borders. */
    private static final double CHROME = 18;

    private ColumnFit() {
    }

    /**
     * JavaFX takes a preferred width of exactly 80 px (its default) for one never set, and sizes such a
     * column to its content when rows come: the cable names' column, minimum 80, grew back to 190 px.
     */
    private static double notTheDefault(double width) {
        return width == 80 ? 80.5 : width;
    }

    static <S> void install(TableView<S> table) {
        Map<TableColumn<S, ?>, Double> preferred = new IdentityHashMap<>();
        apply(table, preferred);
        table.widthProperty().addListener((o, was, now) -> apply(table, preferred));
        table.getColumns().forEach(column -> column.visibleProperty().addListener((o, was, now) -> {
            apply(table, preferred);
            if (now) {
                bringIntoView(table, column);
            }
        }));
        // a count column widened to its largest count may no longer fit
        table.getColumns().forEach(column -> column.minWidthProperty().addListener((o, was, now) -> apply(table, preferred)));
    }

    /**
     * A column the analyst shows (the table's menu) comes into view: in a pane too narrow for every column it
     * would otherwise join them out of sight, past the sideways scroll, and seem not to have come at all. The
     * table scrolls to it once it is laid out with it.
     */
    private static <S> void bringIntoView(TableView<S> table, TableColumn<S, ?> column) {
        if (table.getScene() == null) {
            return;
        }
        // the rows are measured again with the new column: without it the sideways scroll bar came only once the
        // pane's width changed (a divider dragged), and the column stayed out of reach until then
        table.refresh();
        NextPulse.afterLayout(table.getScene(), () -> {
            if (column.isVisible() && table.getVisibleLeafColumns().contains(column)) {
                table.scrollToColumn(column);
            }
        });
    }

    private static <S> void apply(TableView<S> table, Map<TableColumn<S, ?>, Double> preferred) {
        double minimum = CHROME;
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column.isVisible()) {
                minimum += column.getMinWidth();
            }
        }
        boolean narrow = table.getWidth() > 0 && table.getWidth() < minimum;
        if (narrow) {
            if (preferred.isEmpty()) {
                table.getColumns().forEach(column -> preferred.put(column, column.getPrefWidth()));
            }
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (column.isVisible()) {
                    column.setPrefWidth(notTheDefault(column.getMinWidth()));
                }
            }
        } else if (!preferred.isEmpty()) {
            preferred.forEach(TableColumn::setPrefWidth);
            preferred.clear();
        }
        var policy = narrow ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }
}
