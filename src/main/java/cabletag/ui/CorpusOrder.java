package cabletag.ui;

import cabletag.workspace.CableEntry;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;

/**
 * The corpus list's order from the table's sort columns, compared on the rows' own fields: the table's own
 * comparator asks each column for its cell value (a new property object per comparison), which made sorting
 * 250,000 rows take seconds. Equal rows keep corpus order, so the order is the same every time.
 */
final class CorpusOrder {

    private final Map<TableColumn<CableEntry, ?>, Comparator<CableEntry>> keys = new HashMap<>();

    /** How rows compare by this column, ascending. */
    void column(TableColumn<CableEntry, ?> column, Comparator<CableEntry> ascending) {
        keys.put(column, ascending);
    }

    /** The order the sort columns say, ties in corpus order; null for corpus order (no sort column). */
    Comparator<CableEntry> of(List<TableColumn<CableEntry, ?>> sortOrder) {
        Comparator<CableEntry> order = null;
        for (TableColumn<CableEntry, ?> column : sortOrder) {
            Comparator<CableEntry> key = keys.get(column);
            if (key == null) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        return order == null ? null : order.thenComparingInt(CableEntry::index);
    }
}
