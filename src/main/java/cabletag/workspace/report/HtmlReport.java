package cabletag.workspace.report;

import java.util.List;

/**
 * A report as one self-contained HTML page, the kind attached to a ticket: inline CSS, charts as inline
 * SVG drawn by {@link SvgChart}, no script, no link, nothing fetched from anywhere. The page is also
 * well-formed XML, so it can be checked and scraped with any XML parser.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px 32px; color: #222; max-width: 1200px; }
            h1 { font-size: 1.5em; margin-bottom: 4px; }
            h2 { font-size: 1.2em; margin-top: 28px; border-bottom: 1px solid #ccc; padding-bottom: 3px; }
            .scope { font-weight: bold; background: #fff6d6; border: 1px solid #e6d28a; padding: 6px 10px; display: inline-block; }
            p.note { margin: 4px 0; color: #444; }
            table { border-collapse: collapse; margin: 10px 0 18px 0; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
            th, td { border: 1px solid #d0d0d0; padding: 3px 9px; }
            th { background: #f2f2f2; }
            td.number { text-align: right; }
            tr.total td { font-weight: 600; background: #fafafa; }
            .charts { display: flex; flex-wrap: wrap; gap: 18px; }
            figure { margin: 0; }
            figcaption { font-weight: 600; margin-bottom: 2px; }
            svg.chart text { font-size: 11px; fill: #333; }
            """;

    private HtmlReport() {
    }

    public static String render(Report report) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Html.escape(report.title())).append("</h1>\n");
        html.append("<p class=\"scope\" id=\"scope\">").append(Html.escape(report.scopeLine())).append("</p>\n");
        for (ReportSection section : report.sections()) {
            html.append("<section id=\"section-").append(Html.escape(section.id())).append("\">\n<h2>")
                    .append(Html.escape(section.title())).append("</h2>\n");
            for (String note : section.notes()) {
                html.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
            }
            if (!section.charts().isEmpty()) {
                html.append("<div class=\"charts\">\n");
                for (ReportChart chart : section.charts()) {
                    html.append("<figure>\n<figcaption>").append(Html.escape(chart.title())).append("</figcaption>\n")
                            .append(SvgChart.render(chart)).append("</figure>\n");
                }
                html.append("</div>\n");
            }
            for (ReportTable table : section.tables()) {
                table(html, table);
            }
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, ReportTable table) {
        html.append("<table id=\"table-").append(Html.escape(table.id())).append("\">\n<caption>")
                .append(Html.escape(table.title())).append("</caption>\n<thead><tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            Object first = row.get(0);
            boolean total = "overall".equals(first) || "all".equals(first);
            html.append(total ? "<tr class=\"total\">" : "<tr>");
            for (Object cell : row) {
                html.append(cell instanceof String ? "<td>" : "<td class=\"number\">")
                        .append(Html.escape(ReportTable.format(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(table.columns().size()).append("\">none</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }
}
