package cabletag.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Keeps a table's columns whole in a narrow pane. A constrained table fits its columns to its width and,
 * when the width is below the columns' minimum widths, cuts the last ones off (a seven-digit End column
 * simply vanishes at 1024×700). Below that width the table lets the columns keep their minimum widths and
 * scrolls sideways instead, so every column stays reachable; above it, it fits them again.
 */
final class ColumnFit {

    /** Room for the vertical scroll bar and the table's borders. */
    private static final double CHROME = 18;

    private ColumnFit() {
    }

    static <S> void install(TableView<S> table) {
        apply(table);
        table.widthProperty().addListener((o, was, now) -> apply(table));
        table.getColumns().forEach(column -> column.visibleProperty().addListener((o, was, now) -> apply(table)));
    }

    private static <S> void apply(TableView<S> table) {
        double needed = CHROME;
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column.isVisible()) {
                needed += column.getMinWidth();
            }
        }
        var policy = table.getWidth() > 0 && table.getWidth() < needed
                ? TableView.UNCONSTRAINED_RESIZE_POLICY
                : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }
}
