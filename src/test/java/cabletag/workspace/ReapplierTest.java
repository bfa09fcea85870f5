package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReapplierTest {

    private static StoredCorrection addedAt(Span span, String text) {
        return new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(span, text)));
    }

    @Test
    void aSpanStillAtItsPlaceStaysThere() {
        //          0         1
        //          0123456789012345678
        String t = "Rubaie met Rubaie .";
        //          [PER ]
        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), addedAt(Span.of(0, 6, "PER"), "Rubaie"));

        assertThat(result.sourceChanged()).isTrue();
        assertThat(result.spans()).containsExactly(Span.of(0, 6, "PER"));
    }

    @Test
    void aSpanThatMovedIsFoundWhenItsTextIsUniqueNearby() {
        //          0         1
        //          0123456789012345678
        String t = "Then Rubaie met us.";
        //               [PER ]          was at 0-6 before "Then " was written in front
        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), addedAt(Span.of(0, 6, "PER"), "Rubaie"));

        assertThat(result.spans()).containsExactly(Span.of(5, 11, "PER"));
        assertThat(result.added()).containsExactly(Span.of(5, 11, "PER"));
    }

    @Test
    void aRepeatedTextMovesAsTheCorrectionsFoundWithoutDoubtMoved() {
        //          0         1         2         3
        //          0123456789012345678901234567890123456
        String t = "New line\nErbil: Rubaie met Rubaie too";
        //                   [LOC]  [PER ]           were at 0-5 and 7-13 before "New line\n" was written
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "old-hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 5, "LOC"), "Erbil"), new StoredSpan(Span.of(7, 13, "PER"), "Rubaie")));
        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), stored);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(9, 14, "LOC"), Span.of(16, 22, "PER"));
    }

    @Test
    void aTextFoundTwiceNearbyIsReportedNotGuessed() {
        //          0         1         2
        //          0123456789012345678901234
        String t = "X Rubaie met Rubaie again";
        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), addedAt(Span.of(0, 6, "PER"), "Rubaie"));

        assertThat(result.spans()).isEmpty();
        assertThat(result.notReapplied()).containsExactly(
                "PER “Rubaie” at 0-6: the text occurs 2 times nearby, so which one is meant is not clear");
    }

    @Test
    void aTextFarAwayIsNotNearby() {
        String t = "x".repeat(Reapplier.NEARBY + 10) + " Rubaie";
        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), addedAt(Span.of(0, 6, "PER"), "Rubaie"));

        assertThat(result.notReapplied()).containsExactly(
                "PER “Rubaie” at 0-6: the text is no longer there or nearby (the text there is now “xxxxxx”)");
    }

    @Test
    void aRemovalOfATagTheSourceNoLongerHasIsReported() {
        Document document = Docs.tagged("a.txt", "[LOC Rubaie  ] met us");
        StoredCorrection correction = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(new StoredSpan(Span.of(0, 6, "PER"), "Rubaie")), List.of());

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.spans()).containsExactly(Span.of(0, 6, "LOC"));
        assertThat(result.notReapplied()).containsExactly("removal of PER “Rubaie” at 0-6: the source no longer has that entity");
    }

    @Test
    void aStoredTextNotAtItsPlaceIsNamedWithWhatIsThereAndNotAppliedThoughTheFingerprintMatches() {
        // The same source can give another clean text (a reader that changed): the fingerprint is not enough.
        Document document = Docs.tagged("a.txt", "Then [LOC Rubaie  ] met us");
        StoredCorrection correction = new StoredCorrection("/c/a.txt", "a.txt", "a", Reapplier.sourceHash(document),
                ReviewStatus.IN_PROGRESS, List.of(new StoredSpan(Span.of(5, 11, "LOC"), "Tehran")),
                List.of(new StoredSpan(Span.of(0, 6, "PER"), "Rubaie")));

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.spans()).containsExactly(Span.of(5, 11, "LOC"));
        assertThat(result.sourceChanged()).isFalse();
        assertThat(result.notReapplied()).containsExactly(
                "removal of LOC “Tehran” at 5-11: the text there is “Rubaie”",
                "PER “Rubaie” at 0-6: the text there is “Then R”");
    }

    @Test
    void withoutAFingerprintAStoredTextNotAtItsPlaceIsNamedNotLookedForElsewhere() {
        //          0         1
        //          0123456789012345678
        String t = "Then Rubaie met us.";
        StoredCorrection correction = new StoredCorrection("/c/a.txt", "a.txt", "a", null, ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 6, "PER"), "Rubaie")));

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), correction);

        assertThat(result.spans()).isEmpty();
        assertThat(result.notReapplied()).containsExactly("PER “Rubaie” at 0-6: the text there is “Then R”");
    }

    @Test
    void anUnchangedSourceTakesTheCorrectionsAsTheyAre() {
        Document document = Docs.tagged("a.txt", "[LOC Rubaie  ] met us");
        StoredCorrection correction = new StoredCorrection("/c/a.txt", "a.txt", "a", Reapplier.sourceHash(document), ReviewStatus.IN_PROGRESS,
                List.of(new StoredSpan(Span.of(0, 6, "LOC"), null)), List.of(new StoredSpan(Span.of(0, 6, "PER"), null)));

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.sourceChanged()).isFalse();
        assertThat(result.complete()).isTrue();
        assertThat(result.spans()).containsExactly(Span.of(0, 6, "PER"));
    }

    private static StoredCorrection relabel(Span from, String label, String text, StoredSpan... others) {
        List<StoredSpan> added = new java.util.ArrayList<>(List.of(others));
        added.add(0, new StoredSpan(from.withLabel(cabletag.core.Label.of(label)), text));
        return new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(new StoredSpan(from, text)), added);
    }

    /**
     * A relabel whose text is gone from its place: alone, its added half was looked for by its text and put on
     * the only other "Paris" nearby, an entity the analyst never made, while the removal was reported.
     */
    @Test
    void aRelabelWhoseTextIsGoneIsNotPutOnAnotherOccurrenceNearby() {
        //                            0         1         2         3
        //                            0123456789012345678901234567890123456789
        Document document = Docs.tagged("a.txt", "They met [LOC Lyon  ] today. Paris again.");
        StoredCorrection correction = relabel(Span.of(9, 14, "LOC"), "PER", "Paris");

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.spans()).containsExactly(Span.of(9, 13, "LOC"));
        assertThat(result.reapplied()).isZero();
        assertThat(result.notReapplied()).containsExactly(
                "relabel of LOC “Paris” at 9-14 to PER: the source no longer has that entity");
        assertThat(result.movedApart()).isEmpty();
    }

    @Test
    void aRelabelMovesWithItsTextAsOneCorrection() {
        //                            0         1         2
        //                            0123456789012345678901234
        Document document = Docs.tagged("a.txt", "New line\nThey met [LOC Paris  ].");
        StoredCorrection correction = relabel(Span.of(9, 14, "LOC"), "PER", "Paris");

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(18, 23, "PER"));
        assertThat(result.removed()).containsExactly(Span.of(18, 23, "LOC"));
        assertThat(result.added()).containsExactly(Span.of(18, 23, "PER"));
    }

    /** Found by its text alone at a shift none of the cable's other corrections moved by: said, not only done. */
    @Test
    void anAdditionPutApartFromTheOthersIsNamedInANote() {
        //          0         1         2         3         4
        //          01234567890123456789012345678901234567890123
        String t = "Rubaie and Maliki met. Lyon today; Paris too.";
        StoredCorrection correction = new StoredCorrection("/c/a.txt", "a.txt", "a", "an older hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 6, "PER"), "Rubaie"), new StoredSpan(Span.of(11, 17, "PER"), "Maliki"),
                new StoredSpan(Span.of(23, 28, "LOC"), "Paris")));

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), correction);

        assertThat(result.spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(11, 17, "PER"), Span.of(35, 40, "LOC"));
        assertThat(result.movedApart()).containsExactly(
                "LOC “Paris” at 23-28 is now at 35-40: found there by its text, moved unlike the cable's other corrections");
    }

    @Test
    void correctionsMovedAlikeByALineAddedAboveAreNotNamedOneByOne() {
        String t = "New line\nErbil: Rubaie met Rubaie too";
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "old-hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 5, "LOC"), "Erbil"), new StoredSpan(Span.of(7, 13, "PER"), "Rubaie")));

        assertThat(Reapplier.reapply(Docs.plain("a.txt", t), stored).movedApart()).isEmpty();
    }

    /**
     * Two corrections, each moved its own way (a line added above, one of them moved a few words on): nothing
     * tells which moved "unlike the others", and a note on the one that only followed the added line misled.
     */
    @Test
    void twoCorrectionsMovedDifferentlyAreNotNamedAsMovedApart() {
        //          0         1         2         3
        //          0123456789012345678901234567890123456789
        String t = "Added line. Crocker spoke; later Corbin.";
        StoredCorrection stored = new StoredCorrection("/c/a.txt", "a.txt", "a", "old-hash", ReviewStatus.IN_PROGRESS,
                List.of(), List.of(new StoredSpan(Span.of(0, 7, "PER"), "Crocker"), new StoredSpan(Span.of(9, 15, "PER"), "Corbin")));

        Reapplier.Result result = Reapplier.reapply(Docs.plain("a.txt", t), stored);

        assertThat(result.spans()).containsExactly(Span.of(12, 19, "PER"), Span.of(33, 39, "PER"));
        assertThat(result.movedApart()).isEmpty();
    }

    /**
     * A relabel alone, after a line was added above, whose text occurs three times nearby: only one of the
     * three places holds the entity it relabels, so that is where it goes back.
     */
    @Test
    void aRelabelGoesWhereItsOldEntityIsAmongSeveralOccurrencesOfItsText() {
        //                            0         1         2         3         4         5         6
        //                            0123456789012345678901234567890123456789012345678901234567890123
        Document document = Docs.tagged("a.txt", "NEW HEADER\nVisited [PER Erbil  ] today. Flew from Erbil. Met in Erbil.");
        StoredCorrection correction = relabel(Span.of(8, 13, "PER"), "LOC", "Erbil");

        Reapplier.Result result = Reapplier.reapply(document, correction);

        assertThat(result.notReapplied()).isEmpty();
        assertThat(result.spans()).containsExactly(Span.of(19, 24, "LOC"));
    }
}
