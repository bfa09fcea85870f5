package cabletag.workspace.report;

import java.util.List;

/**
 * A section of a report: a heading, a few lines of notes, its charts and its tables. Every output (text,
 * JSON, HTML, the window's Report view) draws any section the same way, so a new kind of evidence (the
 * quality of suggestions, say) is one more section built from its figures, with no change to the outputs.
 *
 * @param id     stable name, for JSON, anchors and tests
 * @param title  heading
 * @param notes  lines of text shown under the heading
 * @param charts charts, shown before the tables
 * @param tables tables
 */
public record ReportSection(String id, String title, List<String> notes, List<ReportChart> charts, List<ReportTable> tables) {

    public ReportSection {
        notes = List.copyOf(notes);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** The table with this id. */
    public ReportTable table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("section " + id + " has no table " + tableId));
    }

    /** The chart with this id. */
    public ReportChart chart(String chartId) {
        return charts.stream().filter(c -> c.id().equals(chartId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("section " + id + " has no chart " + chartId));
    }
}
