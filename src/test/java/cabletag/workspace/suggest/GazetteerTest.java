package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer of(String text, Label label) {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add(text, label, Evidence.REVIEWED);
        return gazetteer;
    }

    private static List<String> found(Gazetteer gazetteer, String text) {
        return SuggestDocs.brief(gazetteer.suggest(SuggestDocs.of("d", text), RejectionCheck.NONE));
    }

    @Test
    void matchesWholeTokensOnly() {
        Gazetteer gazetteer = of("Rubaie", Label.PER);
        assertThat(found(gazetteer, "Rubaie met al-Rubaie and Rubaies, then (Rubaie)."))
                .containsExactly("Rubaie@0 PER", "Rubaie@40 PER");
    }

    @Test
    void matchesCaseAsWrittenUnlessAllCapitals() {
        assertThat(found(of("Rubaie", Label.PER), "RUBAIE and rubaie and Rubaie")).containsExactly("Rubaie@22 PER");
        assertThat(found(of("BAGHDAD", Label.LOC), "Baghdad, BAGHDAD and baghdad"))
                .containsExactly("Baghdad@0 LOC", "BAGHDAD@9 LOC", "baghdad@21 LOC");
        assertThat(Gazetteer.isAllCapitals("U.S.")).isTrue();
        assertThat(Gazetteer.isAllCapitals("GoI")).isFalse();
        assertThat(Gazetteer.isAllCapitals("1979")).isFalse();
    }

    @Test
    void matchesSeveralTokensAcrossSpacesAndPrefersTheLongest() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("Embassy Baghdad", Label.ORG, Evidence.REVIEWED);
        gazetteer.add("Baghdad", Label.LOC, Evidence.REVIEWED);
        assertThat(found(gazetteer, "Origin: Embassy\n Baghdad, in Baghdad"))
                .containsExactly("Embassy\n Baghdad@8 ORG", "Baghdad@29 LOC");
    }

    @Test
    void neverSuggestsOverAnEntityNorARejection() {
        Gazetteer gazetteer = of("Iran", Label.LOC);
        Document document = SuggestDocs.of("d", "{MISC Iran-Iraq} war; Iran; Iran again");
        RejectionCheck rejectedFirst = (start, end, label, text) -> start == 15;
        assertThat(SuggestDocs.brief(gazetteer.suggest(document, rejectedFirst))).containsExactly("Iran@21 LOC");
    }

    @Test
    void strongestEvidenceWinsAndTheScoreIsTheLabelsShare() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("Erbil", Label.PER, Evidence.MACHINE);
        gazetteer.add("Erbil", Label.PER, Evidence.MACHINE);
        gazetteer.add("Erbil", Label.LOC, Evidence.REVIEWED);
        gazetteer.add("Erbil", Label.LOC, Evidence.REVIEWED);
        gazetteer.add("Erbil", Label.ORG, Evidence.REVIEWED);
        List<Suggestion> found = gazetteer.suggest(SuggestDocs.of("d", "in Erbil"), RejectionCheck.NONE);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).label()).isEqualTo(Label.LOC);
        assertThat(found.get(0).evidence()).isEqualTo(Evidence.REVIEWED);
        assertThat(found.get(0).score()).isEqualTo(2.0 / 3.0);
    }

    @Test
    void machineEvidenceCountsOnlyWhenAskedAndWeighsHalf() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("Tehran", Label.LOC, Evidence.MACHINE);
        Gazetteer off = gazetteer.copy();
        off.useMachineEvidence(false);
        assertThat(found(off, "to Tehran")).isEmpty();
        List<Suggestion> on = gazetteer.suggest(SuggestDocs.of("d", "to Tehran"), RejectionCheck.NONE);
        assertThat(on).extracting(Suggestion::evidence, Suggestion::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Evidence.MACHINE, 0.5));
    }

    @Test
    void leavesOutSingleCharactersAndTextsWithoutLetters() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.add("S", Label.ORG, Evidence.REVIEWED);
        gazetteer.add("1979", Label.MISC, Evidence.REVIEWED);
        assertThat(gazetteer.size()).isZero();
        assertThat(found(gazetteer, "S E C R E T since 1979")).isEmpty();
    }

    @Test
    void aCablesEntitiesCountByWhoConfirmedThem() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.addCable(SuggestDocs.of("a", "{PER Rubaie} said"), true);
        gazetteer.addCable(SuggestDocs.of("b", "{LOC Tehran} said"), false); // no original tags: the analyst added it
        assertThat(gazetteer.entries().get("Rubaie")).containsKey(Evidence.REVIEWED);
        assertThat(gazetteer.entries().get("Tehran")).containsKey(Evidence.CONFIRMED);
    }

    @Test
    void anOverlayChangesAFewTextsAndSuggestsAsACopyWould() {
        Gazetteer base = new Gazetteer();
        base.add("Basra", Label.LOC, Evidence.MACHINE);
        base.add("Embassy Baghdad", Label.ORG, Evidence.REVIEWED);
        base.add("Baghdad", Label.LOC, Evidence.REVIEWED);
        base.add("GOI", Label.ORG, Evidence.REVIEWED);
        String text = "Kadhimi of the GoI left Embassy Baghdad for Basra and Baghdad .";
        assertThat(found(base, text)).containsExactly("GoI@15 ORG", "Embassy Baghdad@24 ORG", "Basra@44 LOC", "Baghdad@54 LOC");

        Gazetteer overlay = base.overlay();
        Gazetteer copy = base.copy();
        for (Gazetteer changed : List.of(overlay, copy)) {
            changed.adjust("Kadhimi", Label.PER, Evidence.CONFIRMED, 1);       // a new text
            changed.adjust("Embassy Baghdad", Label.ORG, Evidence.REVIEWED, -1); // the base's text taken out
            changed.adjust("Basra", Label.ORG, Evidence.CONFIRMED, 1);          // stronger evidence for another label
            changed.adjust("Nowhere", Label.LOC, Evidence.REVIEWED, -1);        // nothing to take
        }
        List<String> expected = List.of("Kadhimi@0 PER", "GoI@15 ORG", "Baghdad@32 LOC", "Basra@44 ORG", "Baghdad@54 LOC");
        assertThat(found(copy, text)).containsExactlyElementsOf(expected);
        assertThat(found(overlay, text)).containsExactlyElementsOf(expected);
        assertThat(overlay.size()).isEqualTo(copy.size()).isEqualTo(4);
        assertThat(overlay.entries()).isEqualTo(copy.entries());
        assertThat(found(base, text)).as("the base unchanged").hasSize(4);
        assertThat(SuggestDocs.brief(overlay.copy().suggest(SuggestDocs.of("d", text), RejectionCheck.NONE)))
                .as("an overlay copied flat").containsExactlyElementsOf(expected);
    }
}
