package cabletag.workspace.report;

import java.util.List;

/**
 * A chart of a report: categories along one axis, one or more series of counts. The HTML page draws it
 * as inline SVG, the window as a JavaFX chart; the text output leaves charts out (their figures are in
 * the tables).
 *
 * @param id         stable name, for JSON and tests
 * @param title      caption
 * @param kind       how to draw it
 * @param categories the bars' names
 * @param series     the counts, one value per category in each series
 */
public record ReportChart(String id, String title, Kind kind, List<String> categories, List<Series> series) {

    /** Bars side by side per category, bars stacked per category, or the parts of one whole. */
    public enum Kind { BARS, STACKED_BARS, PARTS }

    /** One series: its name (legend) and a value per category. */
    public record Series(String name, List<Long> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public ReportChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ": series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
        if (kind == Kind.PARTS && series.size() != 1) {
            throw new IllegalArgumentException("chart " + id + ": the parts of one whole are one series");
        }
    }
}
