package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warning on quitting names the cables not saved: five of them, then how many more. */
class UnsavedCorrectionsWarningTest {

    @Test
    void namesUpToFiveCablesThenCountsTheRest() {
        assertThat(UnsavedCorrectionsWarning.named(List.of())).isEmpty();
        assertThat(UnsavedCorrectionsWarning.named(List.of("a.txt"))).isEqualTo("\nNot saved: a.txt.");
        assertThat(UnsavedCorrectionsWarning.named(List.of("a", "b", "c", "d", "e")))
                .isEqualTo("\nNot saved: a, b, c, d, e.");
        assertThat(UnsavedCorrectionsWarning.named(List.of("a", "b", "c", "d", "e", "f", "g", "h")))
                .isEqualTo("\nNot saved: a, b, c, d, e and 3 more.");
    }
}
