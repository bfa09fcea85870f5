package cabletag.workspace.report;

import cabletag.core.ShownName;
import java.util.List;

/** A report as plain text for a terminal: the scope first, then each section's notes and tables (charts left out; their figures are in the tables). */
public final class TextReport {

    private TextReport() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.title()).append('\n').append(report.scopeLine()).append('\n');
        for (ReportSection section : report.sections()) {
            out.append('\n').append("== ").append(section.title()).append(" ==\n");
            for (String note : section.notes()) {
                out.append(note).append('\n');
            }
            for (ReportTable table : section.tables()) {
                if (section.tables().size() > 1 || !table.title().equals(section.title())) {
                    out.append('\n').append(table.title()).append('\n');
                }
                table(out, table);
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, ReportTable table) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = table.columns().get(c).length();
            for (List<Object> row : table.rows()) {
                widths[c] = Math.max(widths[c], cell(row.get(c)).length());
            }
        }
        line(out, table.columns().stream().map(h -> (Object) h).toList(), widths, true);
        for (List<Object> row : table.rows()) {
            line(out, row, widths, false);
        }
        if (table.rows().isEmpty()) {
            out.append("  (none)\n");
        }
    }

    private static void line(StringBuilder out, List<Object> cells, int[] widths, boolean heading) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cells.size(); c++) {
            String text = cell(cells.get(c));
            boolean left = c == 0 || cells.get(c) instanceof String && !heading;
            if (c > 0) {
                line.append("  ");
            }
            line.append(left ? pad(text, widths[c], false) : pad(text, widths[c], true));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /**
     * A cell as the terminal shows it: a correction's text may hold a control character of its cable (an ESC,
     * which would recolour the terminal) or a line separator; escaped as problem lines are, the row stays one.
     */
    private static String cell(Object value) {
        return ShownName.of(ReportTable.format(value));
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
