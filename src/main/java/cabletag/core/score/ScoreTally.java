package cabletag.core.score;

import cabletag.core.Label;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tagger's report card, summed cable by cable: nothing of a cable is kept but counts (and the
 * corrections' texts, which are as many as the analyst made), so a corpus of any size streams through.
 * Micro-averaged over all entities, as conlleval and seqeval average: the overall figures are made from
 * the summed counts, not from the labels' figures.
 */
public final class ScoreTally {

    /** The confusion table's row for corrected entities where nothing was read. */
    public static final String MISSED = "missed";
    /** The confusion table's column for entities as read that the analyst deleted. */
    public static final String SPURIOUS = "spurious";

    private final Map<Label, long[]> counts = new TreeMap<>(); // correct, predicted, gold
    private final Map<Label, EnumMap<ErrorKind, Long>> errors = new TreeMap<>();
    private final EnumMap<ErrorKind, Long> errorsByKind = new EnumMap<>(ErrorKind.class);
    private final Map<String, Map<String, Long>> confusion = new TreeMap<>();
    private final Map<Correction, Long> corrections = new HashMap<>();
    private long cables;

    /** Adds one cable: its clean text, its entities as read and as corrected. */
    public SpanComparison add(String text, Collection<Span> predicted, Collection<Span> gold) {
        SpanComparison comparison = SpanComparison.of(predicted, gold);
        cables++;
        for (Span span : comparison.predicted()) {
            counts(span.label())[1]++;
        }
        for (Span span : comparison.gold()) {
            counts(span.label())[2]++;
        }
        for (Span span : comparison.correct()) {
            counts(span.label())[0]++;
            cell(span.label().name(), span.label().name());
        }
        for (EntityError error : comparison.errors()) {
            errors.computeIfAbsent(error.label(), l -> new EnumMap<>(ErrorKind.class)).merge(error.kind(), 1L, Long::sum);
            errorsByKind.merge(error.kind(), 1L, Long::sum);
            cell(error.predicted() == null ? MISSED : error.predicted().label().name(),
                    error.gold() == null ? SPURIOUS : error.gold().label().name());
            corrections.merge(Correction.of(error, text), 1L, Long::sum);
        }
        return comparison;
    }

    private long[] counts(Label label) {
        return counts.computeIfAbsent(label, l -> new long[3]);
    }

    private void cell(String row, String column) {
        confusion.computeIfAbsent(row, r -> new TreeMap<>()).merge(column, 1L, Long::sum);
    }

    /** How many cables were added. */
    public long cables() {
        return cables;
    }

    /** Micro-averaged over every entity of every label. */
    public EntityScore overall() {
        EntityScore total = EntityScore.ZERO;
        for (EntityScore score : byLabel().values()) {
            total = total.plus(score);
        }
        return total;
    }

    /** Every label seen as read or as corrected, in name order. */
    public Map<Label, EntityScore> byLabel() {
        Map<Label, EntityScore> result = new TreeMap<>();
        counts.forEach((label, c) -> result.put(label, new EntityScore(c[0], c[1], c[2])));
        return Collections.unmodifiableMap(result);
    }

    /** How many errors of a kind; every kind is present, 0 when none. */
    public Map<ErrorKind, Long> errorsByKind() {
        EnumMap<ErrorKind, Long> result = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            result.put(kind, errorsByKind.getOrDefault(kind, 0L));
        }
        return Collections.unmodifiableMap(result);
    }

    /** Errors of a label (see {@link EntityError#label()}) by kind; every kind present. */
    public Map<ErrorKind, Long> errors(Label label) {
        EnumMap<ErrorKind, Long> result = new EnumMap<>(ErrorKind.class);
        EnumMap<ErrorKind, Long> found = errors.getOrDefault(label, new EnumMap<>(ErrorKind.class));
        for (ErrorKind kind : ErrorKind.values()) {
            result.put(kind, found.getOrDefault(kind, 0L));
        }
        return Collections.unmodifiableMap(result);
    }

    /** All errors. */
    public long errorCount() {
        return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Label as read → label as corrected, over entities kept exactly and pairs the comparison made
     * (same or overlapping extent); the row {@link #MISSED} and the column {@link #SPURIOUS} for the rest.
     */
    public long confusion(String readLabel, String correctedLabel) {
        return confusion.getOrDefault(readLabel, Map.of()).getOrDefault(correctedLabel, 0L);
    }

    /** The rows of the confusion table: labels in name order, then {@link #MISSED} when it has a count. */
    public List<String> confusionRows() {
        List<String> rows = new ArrayList<>();
        counts.keySet().forEach(label -> rows.add(label.name()));
        if (confusion.containsKey(MISSED)) {
            rows.add(MISSED);
        }
        return rows;
    }

    /** The columns: labels in name order, then {@link #SPURIOUS} when it has a count. */
    public List<String> confusionColumns() {
        List<String> columns = new ArrayList<>();
        counts.keySet().forEach(label -> columns.add(label.name()));
        if (confusion.values().stream().anyMatch(row -> row.containsKey(SPURIOUS))) {
            columns.add(SPURIOUS);
        }
        return columns;
    }

    /** A correction and how often it was made. */
    public record Counted(Correction correction, long count) { }

    /** The most frequent corrections, most first (ties in the order of their description), at most {@code limit}. */
    public List<Counted> topCorrections(int limit) {
        List<Counted> all = new ArrayList<>();
        corrections.forEach((correction, count) -> all.add(new Counted(correction, count)));
        all.sort(Comparator.comparingLong(Counted::count).reversed()
                .thenComparing(counted -> counted.correction().describe()));
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** How many different corrections there are. */
    public int distinctCorrections() {
        return corrections.size();
    }
}
