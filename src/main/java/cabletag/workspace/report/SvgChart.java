package cabletag.workspace.report;

import java.util.List;
import java.util.Locale;

/**
 * A chart as inline SVG, drawn here so the HTML page needs nothing from outside: bars side by side or
 * stacked with a value axis, or the parts of one whole as one bar split in proportion. Well-formed XML.
 */
final class SvgChart {

    static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2", "#edc948", "#9c755f"};

    private static final int WIDTH = 560;
    private static final int HEIGHT = 280;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 36;
    private static final int BOTTOM = 44;

    private SvgChart() {
    }

    static String render(ReportChart chart) {
        return chart.kind() == ReportChart.Kind.PARTS ? parts(chart) : bars(chart);
    }

    private static String bars(ReportChart chart) {
        boolean stacked = chart.kind() == ReportChart.Kind.STACKED_BARS;
        int categories = chart.categories().size();
        long max = 0;
        for (int c = 0; c < categories; c++) {
            long sum = 0;
            for (ReportChart.Series series : chart.series()) {
                long value = series.values().get(c);
                sum += value;
                max = Math.max(max, value);
            }
            if (stacked) {
                max = Math.max(max, sum);
            }
        }
        StringBuilder svg = open(chart, WIDTH, HEIGHT);
        legend(svg, chart.series());
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        if (categories == 0 || max == 0) {
            svg.append(text(LEFT + plotWidth / 2.0, TOP + plotHeight / 2.0, "middle", "nothing to show"));
            return svg.append("</svg>\n").toString();
        }
        long top = niceCeiling(max);
        for (int t = 0; t <= 4; t++) {
            double y = baseline - plotHeight * t / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(text(LEFT - 6, y + 4, "end", format(top * t / 4.0)));
        }
        double group = (double) plotWidth / categories;
        int seriesCount = chart.series().size();
        double barWidth = stacked ? group * 0.6 : group * 0.8 / seriesCount;
        for (int c = 0; c < categories; c++) {
            double x0 = LEFT + group * c + group * (stacked ? 0.2 : 0.1);
            double stackTop = baseline;
            for (int s = 0; s < seriesCount; s++) {
                long value = chart.series().get(s).values().get(c);
                double height = plotHeight * (double) value / top;
                double x = stacked ? x0 : x0 + barWidth * s;
                double y = stacked ? stackTop - height : baseline - height;
                if (value > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s, %s: %d</title></rect>%n",
                            x, y, barWidth, height, COLOURS[s % COLOURS.length], Html.escape(chart.categories().get(c)),
                            Html.escape(chart.series().get(s).name()), value));
                    if (!stacked) {
                        svg.append(text(x + barWidth / 2, y - 3, "middle", Long.toString(value)));
                    }
                }
                stackTop = y;
            }
            if (stacked) {
                long sum = 0;
                for (ReportChart.Series series : chart.series()) {
                    sum += series.values().get(c);
                }
                svg.append(text(x0 + barWidth / 2, stackTop - 3, "middle", Long.toString(sum)));
            }
            svg.append(text(LEFT + group * c + group / 2, baseline + 16, "middle", chart.categories().get(c)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, baseline, WIDTH - RIGHT, baseline));
        return svg.append("</svg>\n").toString();
    }

    private static String parts(ReportChart chart) {
        List<Long> values = chart.series().get(0).values();
        long total = values.stream().mapToLong(Long::longValue).sum();
        int height = 96;
        StringBuilder svg = open(chart, WIDTH, height);
        int barTop = 12;
        int barHeight = 30;
        int plotWidth = WIDTH - 2 * RIGHT;
        if (total == 0) {
            svg.append(text(WIDTH / 2.0, barTop + 20, "middle", "nothing to show"));
            return svg.append("</svg>\n").toString();
        }
        double x = RIGHT;
        for (int i = 0; i < values.size(); i++) {
            double width = plotWidth * (double) values.get(i) / total;
            if (width > 0) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>%n",
                        x, barTop, width, barHeight, COLOURS[i % COLOURS.length], Html.escape(chart.categories().get(i)), values.get(i)));
            }
            x += width;
        }
        double legendX = RIGHT;
        for (int i = 0; i < values.size(); i++) {
            String label = String.format(Locale.ROOT, "%s: %d (%.0f%%)", chart.categories().get(i), values.get(i), 100.0 * values.get(i) / total);
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    legendX, barTop + barHeight + 16, COLOURS[i % COLOURS.length]));
            svg.append(text(legendX + 14, barTop + barHeight + 25, "start", label));
            legendX += 14 + 7.5 * label.length() + 18;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(ReportChart chart, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" id=\"chart-%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">%n<title>%s</title>%n",
                Html.escape(chart.id()), width, height, width, height, Html.escape(chart.title())));
        return svg;
    }

    private static void legend(StringBuilder svg, List<ReportChart.Series> series) {
        if (series.size() < 2) {
            return;
        }
        double x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"8\" width=\"10\" height=\"10\" fill=\"%s\"/>%n",
                    x, COLOURS[s % COLOURS.length]));
            svg.append(text(x + 14, 17, "start", series.get(s).name()));
            x += 14 + 7.0 * series.get(s).name().length() + 16;
        }
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor, Html.escape(content));
    }

    /** The axis's top: four ticks of a round step (1, 2 or 5 times a power of ten) that reach the max. */
    static long niceCeiling(long max) {
        double quarter = Math.max(1, max / 4.0);
        double magnitude = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double step : new double[] {1, 2, 5, 10}) {
            long tick = (long) Math.ceil(step * magnitude);
            if (tick >= quarter) {
                return 4 * tick;
            }
        }
        return 4 * (long) Math.ceil(quarter);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
