package cabletag.workspace.report;

import cabletag.workspace.suggest.SourceQuality;
import cabletag.workspace.suggest.SuggestionSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The report's section on how good the suggestions are: precision, recall and F1 of each source on
 * reviewed cables held aside ({@link cabletag.workspace.suggest.SuggestionQuality}), with its own scope
 * (how many reviewed cables, how many folds), since it does not follow the report card's scope: a
 * suggestion can only be judged against a cable the analyst has finished.
 */
public final class SuggestionQualitySection {

    /** The section's id in every output. */
    public static final String ID = "suggestion-quality";

    private SuggestionQualitySection() {
    }

    /** The section for these estimates (one per source, as {@code SuggestionQuality.estimate} gives them). */
    public static ReportSection of(List<SourceQuality> estimates) {
        SourceQuality first = estimates.isEmpty() ? null : estimates.get(0);
        if (first == null || first.cables() == 0) {
            return unavailable("Not estimated: " + (first == null || first.note().isEmpty() ? "no reviewed cables" : first.note()) + ".");
        }
        List<String> notes = new ArrayList<>();
        if (first.reviewed() > first.cables()) {
            notes.add(String.format(Locale.ROOT, "Scope: a fixed-seed sample of %,d of the %,d reviewed cables, dealt into %d folds; each"
                            + " fold in turn is held aside, its entities taken away, and both sources suggest on it: the gazetteer"
                            + " having learnt from the rest of the corpus, the name finder from the sample's other folds only (so"
                            + " the estimate takes seconds; trained on every reviewed cable, it is likely to do better).",
                    first.cables(), first.reviewed(), first.folds()));
        } else {
            notes.add(String.format(Locale.ROOT, "Scope: %d reviewed %s, dealt into %d folds; each fold in turn is held aside, its"
                            + " entities taken away, and both sources suggest on it having learnt from the rest of the corpus.",
                    first.cables(), first.cables() == 1 ? "cable" : "cables", first.folds()));
        }
        notes.add("A suggestion is right only when its start, end and label equal an entity's of the reviewed cable (the"
                + " outermost ones), as the report card counts; precision: right of suggested; recall: right of entities.");
        for (SourceQuality estimate : estimates) {
            notes.add(String.format(Locale.ROOT, "%s: precision %s, recall %s, F1 %s.", name(estimate.source()),
                    ReportTable.format(estimate.precision()), ReportTable.format(estimate.recall()), ReportTable.format(estimate.f1())));
        }
        Set<String> why = new LinkedHashSet<>();
        for (SourceQuality estimate : estimates) {
            if (!estimate.note().isEmpty()) {
                why.add(name(estimate.source()) + ": " + estimate.note() + ".");
            }
        }
        notes.addAll(why);

        List<List<Object>> rows = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Long> right = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        List<Long> missed = new ArrayList<>();
        for (SourceQuality estimate : estimates) {
            long tp = estimate.truePositives();
            long fp = estimate.falsePositives();
            long fn = estimate.falseNegatives();
            rows.add(List.of(name(estimate.source()), estimate.precision(), estimate.recall(), estimate.f1(), tp, tp + fp, tp + fn));
            sources.add(name(estimate.source()));
            right.add(tp);
            wrong.add(fp);
            missed.add(fn);
        }
        ReportTable table = new ReportTable(ID, "Suggestions on reviewed cables held aside",
                List.of("source", "precision", "recall", "F1", "right", "suggested", "entities"), rows);
        ReportChart chart = new ReportChart(ID, "Suggestions held aside", ReportChart.Kind.STACKED_BARS,
                sources, List.of(new ReportChart.Series("right", right), new ReportChart.Series("wrong", wrong),
                        new ReportChart.Series("missed", missed)));
        return new ReportSection(ID, "Quality of the suggestions", notes, List.of(chart), List.of(table));
    }

    /** The section when it could not be estimated (still gathering, failed): one note says why. */
    public static ReportSection unavailable(String why) {
        return new ReportSection(ID, "Quality of the suggestions", List.of(why), List.of(), List.of());
    }

    private static String name(SuggestionSource source) {
        return source == SuggestionSource.GAZETTEER ? "gazetteer" : "name finder";
    }
}
