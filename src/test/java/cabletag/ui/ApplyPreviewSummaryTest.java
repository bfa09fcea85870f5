package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.Occurrence;
import cabletag.workspace.OccurrenceScope;
import org.junit.jupiter.api.Test;

/**
 * The preview of an edit of all occurrences wrote "Delete 1680 of 1680 occurrences" where the status bar
 * wrote "1,680": numbers are written alike everywhere (KEYS.md).
 */
class ApplyPreviewSummaryTest {

    @Test
    void theCountsAreGroupedAsTheStatusBarGroupsThem() {
        assertThat(ApplyPreviewDialog.summary("Tag ", 1680, 1680, "Erbil", null, OccurrenceScope.CORPUS))
                .isEqualTo("Delete 1,680 of 1,680 occurrences of “Erbil” in the corpus");
        assertThat(ApplyPreviewDialog.summary("Tag ", 1679, 1680, "Erbil", Label.LOC, OccurrenceScope.CORPUS))
                .isEqualTo("Tag 1,679 of 1,680 occurrences of “Erbil” as LOC in the corpus (unchecked ones stay as they are)");
        assertThat(ApplyPreviewDialog.summary("Tag ", 1, 1, "Erbil", Label.PER, OccurrenceScope.CABLE))
                .isEqualTo("Tag 1 of 1 occurrence of “Erbil” as PER in this cable");
        assertThat(ApplyPreviewDialog.summary("Relabel ", 1, 1, "Rubaie", Label.MISC, OccurrenceScope.CORPUS))
                .isEqualTo("Relabel 1 of 1 occurrence of “Rubaie” as MISC in the corpus");
    }

    /** An outside test of the window saw "at 1234567" in the preview's lines where the entity table wrote "1,261". */
    @Test
    void theOffsetOfEachOccurrenceIsGroupedAsTheEntityTableGroupsIt() {
        Occurrence untagged = new Occurrence(0, "a.txt", null, new Span(1_234_567, 1_234_573, Label.PER), 1_234_567, "…[Rubaie]…", false, "");
        assertThat(ApplyPreviewDialog.change(untagged, OccurrenceScope.CORPUS)).isEqualTo("a.txt: untagged → PER  at 1,234,567");
        Occurrence deleted = new Occurrence(0, "a.txt", new Span(1425, 1431, Label.LOC), null, 1425, "…[Rubaie]…", false, "");
        assertThat(ApplyPreviewDialog.change(deleted, OccurrenceScope.CABLE)).isEqualTo("LOC → deleted  at 1,425");
    }
}
