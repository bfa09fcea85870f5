package cabletag.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores computed by hand on small cables. Eight four-letter words, word k at [5k, 5k+4), so every
 * span below can be checked by counting words.
 */
class ScoreTallyTest {

    static final String TEXT = "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH";
    static final double EPSILON = 1e-12;

    /** Words {@code first..last} (inclusive) as one span. */
    static Span words(int first, int last, String label) {
        return Span.of(5 * first, 5 * last + 4, label);
    }

    @Test
    void everyKindOfDisagreementOnce() {
        ScoreTally tally = new ScoreTally();
        List<Span> predicted = List.of(words(0, 0, "PER"), words(1, 1, "LOC"), words(2, 3, "ORG"), words(4, 4, "PER"),
                words(6, 6, "MISC"));
        List<Span> gold = List.of(words(0, 0, "PER"), words(1, 1, "MISC"), words(2, 2, "ORG"), words(4, 5, "LOC"),
                words(7, 7, "PER"));
        tally.add(TEXT, predicted, gold);

        // 1 correct of 5 read and 5 corrected
        assertScore(tally.overall(), 1, 5, 5, 0.2, 0.2, 0.2);
        Map<Label, EntityScore> labels = tally.byLabel();
        assertEquals(List.of(Label.LOC, Label.MISC, Label.ORG, Label.PER), List.copyOf(labels.keySet()));
        assertScore(labels.get(Label.PER), 1, 2, 2, 0.5, 0.5, 0.5); // AAAA kept; EEEE read, HHHH corrected
        assertScore(labels.get(Label.LOC), 0, 1, 1, 0, 0, 0);
        assertScore(labels.get(Label.ORG), 0, 1, 1, 0, 0, 0);
        assertScore(labels.get(Label.MISC), 0, 1, 1, 0, 0, 0);

        Map<ErrorKind, Long> kinds = tally.errorsByKind();
        assertEquals(1L, kinds.get(ErrorKind.LABEL));
        assertEquals(1L, kinds.get(ErrorKind.BOUNDARY));
        assertEquals(1L, kinds.get(ErrorKind.BOUNDARY_AND_LABEL));
        assertEquals(1L, kinds.get(ErrorKind.SPURIOUS));
        assertEquals(1L, kinds.get(ErrorKind.MISSED));
        assertEquals(5, tally.errorCount());

        assertEquals(1, tally.confusion("PER", "PER"));
        assertEquals(1, tally.confusion("LOC", "MISC"));
        assertEquals(1, tally.confusion("ORG", "ORG"));
        assertEquals(1, tally.confusion("PER", "LOC"));
        assertEquals(1, tally.confusion("MISC", ScoreTally.SPURIOUS));
        assertEquals(1, tally.confusion(ScoreTally.MISSED, "PER"));
        assertEquals(0, tally.confusion("LOC", "LOC"));
        assertEquals(List.of("LOC", "MISC", "ORG", "PER", "missed"), tally.confusionRows());
        assertEquals(List.of("LOC", "MISC", "ORG", "PER", "spurious"), tally.confusionColumns());

        // the label an error counts under: as read, or as corrected when nothing was read
        assertEquals(1L, tally.errors(Label.PER).get(ErrorKind.BOUNDARY_AND_LABEL));
        assertEquals(1L, tally.errors(Label.PER).get(ErrorKind.MISSED));
        assertEquals(1L, tally.errors(Label.MISC).get(ErrorKind.SPURIOUS));
        assertEquals(0L, tally.errors(Label.MISC).get(ErrorKind.LABEL));
        assertEquals(1L, tally.errors(Label.LOC).get(ErrorKind.LABEL));
    }

    @Test
    void anEntitySplitInTwoIsTwoBoundaryErrors() {
        SpanComparison split = SpanComparison.of(List.of(words(0, 1, "PER")), List.of(words(0, 0, "PER"), words(1, 1, "PER")));
        assertEquals(List.of(new EntityError(ErrorKind.BOUNDARY, words(0, 1, "PER"), words(0, 0, "PER")),
                new EntityError(ErrorKind.BOUNDARY, words(0, 1, "PER"), words(1, 1, "PER"))), split.errors());
        assertEquals(new EntityScore(0, 1, 2), split.score());
    }

    @Test
    void twoEntitiesMergedIntoOneAreTwoBoundaryErrors() {
        SpanComparison merged = SpanComparison.of(List.of(words(0, 0, "LOC"), words(1, 1, "LOC")), List.of(words(0, 1, "LOC")));
        assertEquals(List.of(new EntityError(ErrorKind.BOUNDARY, words(0, 0, "LOC"), words(0, 1, "LOC")),
                new EntityError(ErrorKind.BOUNDARY, words(1, 1, "LOC"), words(0, 1, "LOC"))), merged.errors());
        assertEquals(new EntityScore(0, 2, 1), merged.score());
    }

    @Test
    void aPartialOverlapIsNotCorrectAndNeitherMissedNorSpurious() {
        // read [AAAA BBBB) PER, corrected [BBBB CCCC) PER: they share BBBB only
        ScoreTally tally = new ScoreTally();
        tally.add(TEXT, List.of(words(0, 1, "PER")), List.of(words(1, 2, "PER")));
        assertScore(tally.overall(), 0, 1, 1, 0, 0, 0);
        assertEquals(Map.of(ErrorKind.BOUNDARY, 1L, ErrorKind.LABEL, 0L, ErrorKind.BOUNDARY_AND_LABEL, 0L,
                ErrorKind.MISSED, 0L, ErrorKind.SPURIOUS, 0L), tally.errorsByKind());
        // a partial overlap with another label: boundary+label, once
        SpanComparison crossed = SpanComparison.of(List.of(Span.of(2, 7, "ORG")), List.of(Span.of(5, 14, "LOC")));
        assertEquals(List.of(new EntityError(ErrorKind.BOUNDARY_AND_LABEL, Span.of(2, 7, "ORG"), Span.of(5, 14, "LOC"))),
                crossed.errors());
    }

    @Test
    void anOuterEntityDeletedAroundAKeptInnerOneIsSpurious() {
        // read: ORG over AAAA..CCCC holding LOC BBBB; the analyst deleted the ORG
        ScoreTally tally = new ScoreTally();
        SpanComparison comparison = tally.add(TEXT, List.of(words(0, 2, "ORG"), words(1, 1, "LOC")), List.of(words(1, 1, "LOC")));
        assertEquals(List.of(new EntityError(ErrorKind.SPURIOUS, words(0, 2, "ORG"), null)), comparison.errors());
        // P = 1/2, R = 1/1, F1 = 2 * 0.5 * 1 / 1.5 = 2/3
        assertScore(tally.overall(), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
    }

    @Test
    void theLargerOverlapIsPairedFirst() {
        // read PER over AAAA BBBB CCCC; corrected PER AAAA and LOC BBBB CCCC: the LOC shares more
        SpanComparison comparison = SpanComparison.of(List.of(words(0, 2, "PER")), List.of(words(0, 0, "PER"), words(1, 2, "LOC")));
        assertEquals(List.of(new EntityError(ErrorKind.BOUNDARY_AND_LABEL, words(0, 2, "PER"), words(1, 2, "LOC")),
                new EntityError(ErrorKind.BOUNDARY, words(0, 2, "PER"), words(0, 0, "PER"))), comparison.errors());
    }

    @Test
    void micrAveragingSumsCountsOverCablesAndLabels() {
        ScoreTally tally = new ScoreTally();
        tally.add(TEXT, List.of(words(0, 0, "PER"), words(1, 1, "PER"), words(2, 2, "LOC")), List.of(words(0, 0, "PER"), words(2, 2, "LOC")));
        tally.add(TEXT, List.of(words(0, 0, "LOC")), List.of(words(0, 0, "LOC"), words(3, 3, "ORG"), words(5, 5, "ORG")));
        // correct 3 (PER, LOC, LOC) of 4 read and 5 corrected: P 3/4, R 3/5, F1 2*.75*.6/1.35 = 2/3
        assertScore(tally.overall(), 3, 4, 5, 0.75, 0.6, 2.0 / 3);
        // the mean of the labels' F1 (LOC 1, ORG 0, PER 2/3) would be 5/9: micro is not macro
        assertScore(tally.byLabel().get(Label.PER), 1, 2, 1, 0.5, 1.0, 2.0 / 3);
        assertScore(tally.byLabel().get(Label.ORG), 0, 0, 2, 0, 0, 0);
        assertEquals(2, tally.cables());
    }

    @Test
    void nothingAddedIsZeroNotADivisionByZero() {
        ScoreTally tally = new ScoreTally();
        assertScore(tally.overall(), 0, 0, 0, 0, 0, 0);
        assertTrue(tally.byLabel().isEmpty());
        assertEquals(0, tally.errorCount());
        assertEquals(List.of(), tally.topCorrections(10));
        // a cable with no entities on either side counts as a cable and changes no figure
        tally.add(TEXT, List.of(), List.of());
        assertEquals(1, tally.cables());
        assertScore(tally.overall(), 0, 0, 0, 0, 0, 0);
        // everything deleted: precision 0 of 2, recall has no denominator (0, as seqeval gives it)
        tally.add(TEXT, List.of(words(0, 0, "ORG"), words(1, 1, "ORG")), List.of());
        assertScore(tally.overall(), 0, 2, 0, 0, 0, 0);
    }

    @Test
    void theMostFrequentCorrectionsComeFirst() {
        String text = "S met S and Iranian Iranian officials at Embassy US Embassy";
        ScoreTally tally = new ScoreTally();
        Span s1 = Span.of(0, 1, "ORG");
        Span s2 = Span.of(6, 7, "ORG");
        Span iranian1 = Span.of(12, 19, "LOC");
        Span iranian2 = Span.of(20, 27, "LOC");
        Span embassy = Span.of(41, 48, "ORG");
        Span usEmbassy = Span.of(49, 59, "ORG");
        assertEquals("US Embassy", usEmbassy.textIn(text));
        tally.add(text, List.of(s1, s2, iranian1, iranian2, Span.of(52, 59, "ORG")),
                List.of(iranian1.withLabel(Label.MISC), iranian2.withLabel(Label.MISC), embassy, usEmbassy));
        tally.add(text, List.of(s1), List.of());
        List<String> top = tally.topCorrections(10).stream()
                .map(counted -> counted.correction().describe() + " ×" + counted.count()).toList();
        assertEquals(List.of("`S` ORG → deleted ×3", "`Iranian` LOC → MISC ×2", "`Embassy` ORG → `US Embassy` ORG ×1",
                "`Embassy` untagged → ORG ×1"), top);
        assertEquals(2, tally.topCorrections(2).size());
        assertEquals(4, tally.distinctCorrections());
    }

    static void assertScore(EntityScore score, long correct, long predicted, long gold, double p, double r, double f1) {
        assertEquals(new EntityScore(correct, predicted, gold), score);
        assertEquals(p, score.precision(), EPSILON, "precision");
        assertEquals(r, score.recall(), EPSILON, "recall");
        assertEquals(f1, score.f1(), EPSILON, "F1");
    }
}
