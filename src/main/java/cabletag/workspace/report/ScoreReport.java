package cabletag.workspace.report;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.score.EntityScore;
import cabletag.core.score.ErrorKind;
import cabletag.core.score.ScoreTally;
import cabletag.core.text.Counted;
import cabletag.workspace.CorrectedDocument;
import cabletag.workspace.ReviewStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tagger's report card, built cable by cable: the entities as read are the tagger's predictions,
 * the analyst's corrections are the gold. Keeps counts only (no cable), so the window and the
 * {@code report} command stream any corpus through it; every cable counts toward the review progress,
 * only those in scope toward the scores.
 */
public final class ScoreReport {

    /** How many of the most frequent corrections the report lists. */
    public static final int TOP_CORRECTIONS = 20;

    private final ReportScope scope;
    private final ScoreTally tally = new ScoreTally();
    private final EnumMap<ReviewStatus, Long> statuses = new EnumMap<>(ReviewStatus.class);

    public ScoreReport(ReportScope scope) {
        this.scope = scope;
    }

    public ReportScope scope() {
        return scope;
    }

    /** Adds a cable as the commands read it: {@link CorrectedDocument#original} as read, {@link CorrectedDocument#document} corrected. */
    public void add(CorrectedDocument cable) {
        add(cable.original(), cable.document(), cable.status());
    }

    /** Adds a cable: as read (predictions), as corrected (gold), and where its review stands. */
    public void add(Document original, Document corrected, ReviewStatus status) {
        statuses.merge(status, 1L, Long::sum);
        if (inScope(status)) {
            tally.add(corrected.text(), original.spans(), corrected.spans());
        }
    }

    /** Counts a cable toward the review progress only (a cable out of scope need not be read to be counted). */
    public void countOnly(ReviewStatus status) {
        if (inScope(status)) {
            throw new IllegalArgumentException("a cable in scope must be scored, not only counted");
        }
        statuses.merge(status, 1L, Long::sum);
    }

    /** Whether a cable of this status is scored. */
    public boolean inScope(ReviewStatus status) {
        return scope == ReportScope.ALL || status == ReviewStatus.REVIEWED;
    }

    public ScoreTally tally() {
        return tally;
    }

    public Report build() {
        long cables = statuses.values().stream().mapToLong(Long::longValue).sum();
        EntityScore overall = tally.overall();
        List<ReportSection> sections = List.of(scores(overall), errors(), corrections(), progress(cables));
        return new Report("cabletag report: the tagger's tags as read against the analyst's corrections", scope,
                tally.cables(), cables, overall, sections);
    }

    private ReportSection scores(EntityScore overall) {
        List<List<Object>> rows = new ArrayList<>();
        Map<Label, EntityScore> byLabel = tally.byLabel();
        byLabel.forEach((label, score) -> rows.add(scoreRow(label.name(), score)));
        rows.add(scoreRow("overall", overall));
        ReportTable table = new ReportTable("scores", "Precision, recall and F1 per label",
                List.of("label", "precision", "recall", "F1", "correct", "as read", "corrected"), rows);
        List<String> categories = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> corrected = new ArrayList<>();
        byLabel.forEach((label, score) -> {
            categories.add(label.name());
            read.add(score.predicted());
            corrected.add(score.gold());
        });
        ReportChart entities = new ReportChart("entities-per-label", "Entities per label", ReportChart.Kind.BARS, categories,
                List.of(new ReportChart.Series("as read", read), new ReportChart.Series("corrected", corrected)));
        List<String> notes = List.of(
                String.format(java.util.Locale.ROOT, "Overall: precision %s, recall %s, F1 %s (%d correct of %d entities as read, %d corrected).",
                        ReportTable.format(overall.precision()), ReportTable.format(overall.recall()),
                        ReportTable.format(overall.f1()), overall.correct(), overall.predicted(), overall.gold()),
                "An entity as read is correct only when its start, end and label equal a corrected entity's; figures are"
                        + " micro-averaged over all entities, as conlleval and seqeval count them (0 where nothing is there to divide by).");
        return new ReportSection("scores", "Scores", notes, List.of(entities), List.of(table));
    }

    private static List<Object> scoreRow(String name, EntityScore score) {
        return List.of(name, score.precision(), score.recall(), score.f1(), score.correct(), score.predicted(), score.gold());
    }

    private ReportSection errors() {
        List<String> columns = new ArrayList<>(List.of("label as read"));
        for (ErrorKind kind : ErrorKind.values()) {
            columns.add(kind.title());
        }
        columns.add("all");
        List<List<Object>> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Label label : tally.byLabel().keySet()) {
            labels.add(label.name());
            rows.add(errorRow(label.name(), tally.errors(label)));
        }
        rows.add(errorRow("all", tally.errorsByKind()));
        ReportTable byLabel = new ReportTable("errors", "Errors per label and kind (under the label as read; missed under the corrected one)",
                columns, rows);

        List<String> confusionColumns = new ArrayList<>(List.of("as read \\ corrected"));
        confusionColumns.addAll(tally.confusionColumns());
        List<List<Object>> confusionRows = new ArrayList<>();
        for (String row : tally.confusionRows()) {
            List<Object> cells = new ArrayList<>(List.of(row));
            for (String column : tally.confusionColumns()) {
                cells.add(tally.confusion(row, column));
            }
            confusionRows.add(cells);
        }
        ReportTable confusion = new ReportTable("confusion", "Confusion: label as read → label as corrected", confusionColumns, confusionRows);

        List<ReportChart.Series> perKind = new ArrayList<>();
        for (ErrorKind kind : ErrorKind.values()) {
            List<Long> values = new ArrayList<>();
            for (Label label : tally.byLabel().keySet()) {
                values.add(tally.errors(label).get(kind));
            }
            perKind.add(new ReportChart.Series(kind.title(), values));
        }
        ReportChart correctionsPerLabel = new ReportChart("corrections-per-label", "Corrections per label",
                ReportChart.Kind.STACKED_BARS, labels, perKind);
        List<String> kinds = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        tally.errorsByKind().forEach((kind, count) -> {
            kinds.add(kind.title());
            counts.add(count);
        });
        ReportChart byKind = new ReportChart("errors-by-kind", "Errors by kind", ReportChart.Kind.BARS, kinds,
                List.of(new ReportChart.Series("errors", counts)));
        List<String> notes = List.of(
                "boundary: overlapping, same label, other extent; label: same extent, other label; boundary+label: both;"
                        + " missed: a corrected entity where nothing overlapping was read; spurious: an entity as read that the analyst deleted.",
                "The confusion table pairs each entity as read with the corrected entity of the same or an overlapping extent"
                        + " (the diagonal holds exact matches and boundary errors).");
        return new ReportSection("errors", "Errors", notes, List.of(byKind, correctionsPerLabel), List.of(byLabel, confusion));
    }

    private static List<Object> errorRow(String name, Map<ErrorKind, Long> counts) {
        List<Object> row = new ArrayList<>(List.of(name));
        long all = 0;
        for (ErrorKind kind : ErrorKind.values()) {
            row.add(counts.get(kind));
            all += counts.get(kind);
        }
        row.add(all);
        return row;
    }

    private ReportSection corrections() {
        List<List<Object>> rows = new ArrayList<>();
        for (ScoreTally.Counted counted : tally.topCorrections(TOP_CORRECTIONS)) {
            rows.add(List.of(counted.correction().describe(), counted.count()));
        }
        int distinct = tally.distinctCorrections();
        String note = distinct == 0 ? "No corrections in scope."
                : Counted.of(distinct, "different correction", "different corrections")
                + (distinct > TOP_CORRECTIONS ? "; the " + TOP_CORRECTIONS + " most frequent:" : ", most frequent first:");
        return new ReportSection("corrections", "Most frequent corrections", List.of(note), List.of(),
                List.of(new ReportTable("corrections", "Most frequent corrections", List.of("correction", "times"), rows)));
    }

    private ReportSection progress(long cables) {
        List<String> names = List.of("new", "in progress", "reviewed");
        List<Long> counts = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int i = 0;
        for (ReviewStatus status : ReviewStatus.values()) {
            long count = statuses.getOrDefault(status, 0L);
            counts.add(count);
            rows.add(List.of(names.get(i++), count));
        }
        rows.add(List.of("all", cables));
        return new ReportSection("progress", "Review progress", List.of(statuses.getOrDefault(ReviewStatus.REVIEWED, 0L) + " of "
                + Counted.of(cables, "cable", "cables") + " reviewed."),
                List.of(new ReportChart("review-progress", "Review progress over the corpus", ReportChart.Kind.PARTS, names,
                        List.of(new ReportChart.Series("cables", counts)))),
                List.of(new ReportTable("progress", "Cables by review status", List.of("status", "cables"), rows)));
    }
}
