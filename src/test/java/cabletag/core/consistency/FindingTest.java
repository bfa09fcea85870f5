package cabletag.core.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the Consistency view presets its label box to, and how a finding's labels are named in a message. */
class FindingTest {

    private static Finding finding(Finding.Text... texts) {
        return new Finding(Finding.Kind.VARIANTS, "key", "message", 0, List.of(texts));
    }

    @Test
    void theMajorityLabelCountsTheTaggedPlacesOfAllItsTexts() {
        Finding iran = finding(new Finding.Text("Iran", Map.of(Label.LOC, 7), 14));
        assertThat(iran.majorityLabel()).contains(Label.LOC);

        Finding goi = finding(new Finding.Text("GOI", Map.of(Label.ORG, 2, Label.LOC, 3), 0),
                new Finding.Text("GoI", Map.of(Label.ORG, 2), 5));
        assertThat(goi.majorityLabel()).as("ORG 4 against LOC 3, untagged places aside").contains(Label.ORG);
    }

    @Test
    void aTieGoesToTheFirstLabelInLabelOrderAndNoTaggedPlaceGivesNone() {
        Finding tie = finding(new Finding.Text("Security Agreement", Map.of(Label.ORG, 1, Label.MISC, 1), 0));
        assertThat(tie.majorityLabel()).contains(Label.MISC);
        assertThat(finding(new Finding.Text("x", Map.of(), 3)).majorityLabel()).isEmpty();
    }

    @Test
    void theLabelSummaryNamesTheLabelsThenUntagged() {
        assertThat(finding(new Finding.Text("Iran", Map.of(Label.LOC, 7), 14)).labelSummary()).isEqualTo("LOC/untagged");
        assertThat(finding(new Finding.Text("S A", Map.of(Label.ORG, 1, Label.MISC, 1), 0)).labelSummary()).isEqualTo("MISC/ORG");
    }
}
