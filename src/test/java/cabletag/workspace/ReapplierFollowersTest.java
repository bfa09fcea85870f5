package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spans kept beside the corrections that are no entities (rejected suggestions) go back on a changed text by the
 * corrections' rules, their moves telling where; they never move a correction, and are never guessed onto another
 * occurrence of their text.
 */
class ReapplierFollowersTest {

    /** Erbil and Rubaie corrected, at 0-5 and 7-13 of "Erbil: Rubaie met Rubaie too", before a line was added above. */
    private static final StoredCorrection ERBIL = new StoredCorrection("/c/a.txt", "a.txt", "a", "old-hash", ReviewStatus.IN_PROGRESS,
            List.of(), List.of(new StoredSpan(Span.of(0, 5, "LOC"), "Erbil")));
    /** The second Rubaie, rejected as a suggestion over the same text. */
    private static final StoredSpan SECOND_RUBAIE = new StoredSpan(Span.of(18, 24, "PER"), "Rubaie");

    private static void sameCorrections(Reapplier.Result with, Reapplier.Result without) {
        assertThat(with.spans()).isEqualTo(without.spans());
        assertThat(with.notReapplied()).isEqualTo(without.notReapplied());
        assertThat(with.movedApart()).isEqualTo(without.movedApart());
    }

    @Test
    void aFollowerOnARepeatedNameGoesWhereTheCorrectionsMoved() {
        //          0         1         2         3
        //          0123456789012345678901234567890123
        String t = "New line\nErbil: Rubaie met Rubaie too";
        Document read = Docs.plain("a.txt", t);
        Reapplier.Result result = Reapplier.reapply(read, "new-hash", ERBIL, List.of(SECOND_RUBAIE));

        assertThat(result.followed().at()).containsExactly(Span.of(27, 33, "PER"));
        assertThat(result.followed().movedApart()).isEmpty();
        sameCorrections(result, Reapplier.reapply(read, "new-hash", ERBIL));
    }

    @Test
    void aFollowerWhoseTextIsNotWhereTheCorrectionsMovedIsNotPlacedOnAnotherOccurrence() {
        //          0         1         2         3
        //          01234567890123456789012345678901234567890
        String t = "New line\nErbil: Rubaie met Omar, Rubaie too";
        Document read = Docs.plain("a.txt", t);
        Reapplier.Result result = Reapplier.reapply(read, "new-hash", ERBIL, List.of(SECOND_RUBAIE));

        assertThat(result.followed().at()).containsOnlyNulls();
        assertThat(result.followed().reasons()).containsExactly("the text occurs 2 times nearby, so which one is meant is not clear");
        sameCorrections(result, Reapplier.reapply(read, "new-hash", ERBIL));
    }

    @Test
    void overTheSameTextAFollowerIsWhereItWasOrNamedNeverLookedFor() {
        String t = "Erbil: Rubaie met Omar, Rubaie too";
        Document read = Docs.plain("a.txt", t);
        Reapplier.Result result = Reapplier.reapply(read, "old-hash", ERBIL,
                List.of(new StoredSpan(Span.of(7, 13, "PER"), "Rubaie"), SECOND_RUBAIE));

        assertThat(result.followed().at()).containsExactly(Span.of(7, 13, "PER"), null);
        assertThat(result.followed().reasons().get(1)).startsWith("the text there is “Omar,");
    }
}
