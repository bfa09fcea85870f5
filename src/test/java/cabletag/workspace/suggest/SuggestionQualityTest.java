package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precision and recall of each source on reviewed cables held aside, counted by hand on small cases. */
class SuggestionQualityTest {

    @Test
    void twoReviewedCablesTwoFoldsCountedByHand() throws IOException {
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        evidence.addCable(SuggestDocs.of("a", "{PER Hakim} met {LOC Basra} officials ."), true);
        evidence.addCable(SuggestDocs.of("b", "{PER Hakim} went to {LOC Mosul} today ."), true);
        evidence.addCable(SuggestDocs.of("u", "Hakim and Basra, not reviewed"), false); // evidence, never scored
        List<SourceQuality> quality = SuggestionQuality.estimate(evidence);

        // each fold: the other cable teaches Hakim and its own place; the held-out cable's Hakim is found,
        // its place (never seen elsewhere) missed, and nothing else is suggested
        SourceQuality gazetteer = quality.get(0);
        assertThat(gazetteer.source()).isEqualTo(SuggestionSource.GAZETTEER);
        assertThat(gazetteer.cables()).isEqualTo(2);
        assertThat(gazetteer.folds()).isEqualTo(2);
        assertThat(gazetteer.truePositives()).isEqualTo(2);
        assertThat(gazetteer.falsePositives()).isZero();
        assertThat(gazetteer.falseNegatives()).isEqualTo(2);
        assertThat(gazetteer.precision()).isEqualTo(1.0);
        assertThat(gazetteer.recall()).isEqualTo(0.5);
        assertThat(gazetteer.f1()).isEqualTo(2 * 1.0 * 0.5 / 1.5);

        SourceQuality model = quality.get(1);
        assertThat(model.source()).isEqualTo(SuggestionSource.MODEL);
        assertThat(model.truePositives() + model.falseNegatives()).as("every gold entity counted once").isEqualTo(4);
    }

    @Test
    void theSplitIsTheSameEveryRun() throws IOException {
        CorpusEvidence first = NameFinderTest.syntheticReviewed(12, 3);
        CorpusEvidence second = NameFinderTest.syntheticReviewed(12, 3);
        assertThat(SuggestionQuality.estimate(first)).isEqualTo(SuggestionQuality.estimate(second));
    }

    @Test
    void moreReviewedCablesThanTheCapAreSampledAndTheScopeSaysSo() throws IOException {
        SuggestionSettings capped = new SuggestionSettings(20, 3, 500, 100, 2, 2, 13L);
        CorpusEvidence evidence = new CorpusEvidence(capped);
        evidence.addCable(SuggestDocs.of("a", "{PER Hakim} met {LOC Basra} officials ."), true);
        evidence.addCable(SuggestDocs.of("b", "{PER Hakim} went to {LOC Basra} today ."), true);
        evidence.addCable(SuggestDocs.of("c", "{PER Hakim} left {LOC Basra} again ."), true);
        List<SourceQuality> quality = SuggestionQuality.estimate(evidence);

        SourceQuality gazetteer = quality.get(0);
        assertThat(gazetteer.cables()).isEqualTo(2);
        assertThat(gazetteer.reviewed()).isEqualTo(3);
        assertThat(gazetteer.folds()).isEqualTo(2);
        // two cables scored, two entities each; the gazetteer also learns from the cable left out of the
        // sample, so each held-out cable's Hakim and Basra are found
        assertThat(gazetteer.truePositives()).isEqualTo(4);
        assertThat(gazetteer.falseNegatives()).isZero();
        assertThat(quality.get(1).truePositives() + quality.get(1).falseNegatives()).isEqualTo(4);
        assertThat(cabletag.workspace.report.SuggestionQualitySection.of(quality).notes().get(0))
                .startsWith("Scope: a fixed-seed sample of 2 of the 3 reviewed cables, dealt into 2 folds");
    }

    @Test
    void fewerThanTwoReviewedCablesIsSaidNotScored() throws IOException {
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        evidence.addCable(SuggestDocs.of("a", "{PER Hakim} met"), true);
        assertThat(SuggestionQuality.estimate(evidence)).allSatisfy(q -> {
            assertThat(q.cables()).isZero();
            assertThat(q.note()).contains("needs at least 2 reviewed cables");
        });
    }
}
