package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelTallyTest {

    @Test
    void equalLabelsMadeApartAreCountedAsOne() {
        LabelTally tally = new LabelTally();
        tally.add(Label.PER);
        tally.add(Label.of("PER"));
        tally.add(Label.LOC);
        tally.add(new Label("PER"));
        assertThat(tally.byName()).isEqualTo(Map.of("PER", 3L, "LOC", 1L));
    }

    @Test
    void moreLabelsThanItFirstHoldsAreAllKept() {
        LabelTally tally = new LabelTally();
        for (int round = 1; round <= 3; round++) {
            for (char c = 'A'; c <= 'J'; c++) {
                tally.add(Label.of("L" + c));
            }
        }
        assertThat(tally.byName()).hasSize(10).allSatisfy((name, count) -> assertThat(count).isEqualTo(3L));
    }

    @Test
    void noEntityGivesNoLabel() {
        assertThat(new LabelTally().byName()).isEmpty();
    }
}
