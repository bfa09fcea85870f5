package cabletag.workspace.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report, as every output shows it (text, JSON, HTML, the window). A cell is a
 * {@link String}, a {@link Long} (a count) or a {@link Double} (a ratio 0..1, shown as a percentage).
 *
 * @param id      stable name, for JSON and tests
 * @param title   caption
 * @param columns column headings; the first column names the row
 * @param rows    the rows, each as long as {@code columns}
 */
public record ReportTable(String id, String title, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        if (new java.util.HashSet<>(columns).size() != columns.size()) {
            // JSON writes a row as an object keyed by column: two columns of one name would lose a cell
            throw new IllegalArgumentException("table " + id + ": two columns of one name in " + columns);
        }
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (!(cell instanceof String || cell instanceof Long || cell instanceof Double)) {
                    throw new IllegalArgumentException("table " + id + ": a cell must be a String, Long or Double, not " + cell);
                }
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** The cell in the row whose first cell is {@code rowName}, under {@code column}; null when there is none. */
    public Object cell(String rowName, String column) {
        int index = columns.indexOf(column);
        for (List<Object> row : rows) {
            if (index >= 0 && row.get(0).equals(rowName)) {
                return row.get(index);
            }
        }
        return null;
    }

    /** A cell as the text and HTML outputs and the window show it: ratios as percentages with two decimals. */
    public static String format(Object cell) {
        if (cell instanceof Double ratio) {
            return String.format(java.util.Locale.ROOT, "%.2f%%", 100 * ratio);
        }
        return String.valueOf(cell);
    }
}
