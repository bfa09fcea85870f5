package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.workspace.namefinder.NameFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NameFinderME trained on a small synthetic reviewed set; persistence in the store. */
class NameFinderTest {

    @TempDir
    Path dir;

    private static final String[] NAMES = {"Abdullah", "Maliki", "Hakim", "Jafari", "Talabani", "Barzani", "Hashimi", "Allawi",
        "Zebari", "Mutlaq", "Sadr", "Hamoudi", "Dulaimi", "Samarrai", "Jabouri", "Khalilzad"};
    private static final String[] PLACES = {"Basrah", "Najaf", "Karbala", "Mosul", "Kirkuk", "Ramadi", "Fallujah", "Tikrit"};

    /** Reviewed cables in the cables' register: "Minister X met officials in Y. ..." with names and places. */
    static CorpusEvidence syntheticReviewed(int cables, long seed) {
        Random random = new Random(seed);
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        for (int c = 0; c < cables; c++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                String name = NAMES[random.nextInt(NAMES.length - 1)]; // the last name is kept for held-out text
                String place = PLACES[random.nextInt(PLACES.length)];
                switch (random.nextInt(3)) {
                    case 0 -> text.append("Minister {PER ").append(name).append("} met officials in {LOC ").append(place).append("} on Monday. ");
                    case 1 -> text.append("In {LOC ").append(place).append("} , Ambassador {PER ").append(name).append("} said the talks went well. ");
                    default -> text.append("Deputy Prime Minister {PER ").append(name).append("} told PolOff that security improved. ");
                }
            }
            evidence.addCable(SuggestDocs.of("c" + c, text.toString()), true);
        }
        return evidence;
    }

    @Test
    void findsANameItNeverSawInTheContextsItLearnt() throws IOException {
        NameFinder finder = syntheticReviewed(30, 7).trainNameFinder();
        Document heldOut = SuggestDocs.of("held", "Minister Khalilzad met officials in Basrah on Monday.");
        List<Suggestion> found = new ModelSuggester(finder).suggest(heldOut, RejectionCheck.NONE);
        assertThat(SuggestDocs.brief(found)).contains("Khalilzad@9 PER");
        assertThat(found).allSatisfy(s -> {
            assertThat(s.source()).isEqualTo(SuggestionSource.MODEL);
            assertThat(s.score()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void aSavedModelReadsBackAndFindsTheSame() throws IOException {
        NameFinder finder = syntheticReviewed(30, 7).trainNameFinder();
        NameFinderStore store = new NameFinderStore(dir);
        store.save(finder);
        assertThat(store.file()).isEqualTo(dir.resolve("suggestions/namefinder/model.bin")).isRegularFile();
        NameFinder reloaded = store.load().orElseThrow();
        Document text = SuggestDocs.of("t", "In Najaf , Ambassador Khalilzad said the talks went well.");
        assertThat(new ModelSuggester(reloaded).suggest(text, RejectionCheck.NONE))
                .isEqualTo(new ModelSuggester(finder).suggest(text, RejectionCheck.NONE))
                .isNotEmpty();
    }

    @Test
    void noSavedModelIsEmptyAndADamagedOneIsNamed() throws IOException {
        NameFinderStore store = new NameFinderStore(dir);
        assertThat(store.load()).isEmpty();
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "not a model");
        assertThatThrownBy(store::load).isInstanceOf(IOException.class).hasMessageContaining(store.file().toString())
                .hasMessageContaining("cannot be read");
    }

    /**
     * A model saved before the last fix of the training (tags on every token taken as nothing to learn from) was used
     * until the next training, and suggested every word of an untagged cable: a saved model carries the training's
     * format, and one of another format, or of none, is not used, removed, and said so.
     */
    @Test
    void aModelSavedByAnEarlierTrainingIsNotUsedButRemovedWithANote() throws IOException {
        NameFinder finder = syntheticReviewed(30, 7).trainNameFinder();
        NameFinderStore store = new NameFinderStore(dir);
        store.save(finder);
        byte[] saved = Files.readAllBytes(store.file());
        String head = "cabletag-namefinder " + NameFinder.FORMAT + "\n";
        assertThat(new String(saved, 0, head.length(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(head);
        List<String> notes = new java.util.ArrayList<>();
        assertThat(store.load(notes::add)).isPresent();
        assertThat(notes).isEmpty();

        // as a cabletag before the format was written saved it: OpenNLP's bytes alone
        Files.write(store.file(), java.util.Arrays.copyOfRange(saved, head.length(), saved.length));
        assertThat(store.load(notes::add)).isEmpty();
        assertThat(notes).singleElement().asString().startsWith(store.file() + ": note: the saved name-finder model was trained by an"
                + " earlier cabletag (written before saved models carried their training's format); it is not used and was removed");
        assertThat(store.file()).doesNotExist();

        // of another format
        Files.write(store.file(), saved);
        Files.writeString(store.file(), "cabletag-namefinder 1\n" + new String(saved, head.length(), saved.length - head.length(),
                java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.ISO_8859_1);
        notes.clear();
        assertThat(store.load(notes::add)).isEmpty();
        assertThat(notes).singleElement().asString().contains("(of training format 1, this cabletag trains format " + NameFinder.FORMAT + ")");
        assertThat(store.file()).doesNotExist();

        // of a later cabletag: not used here, and left for it
        Files.writeString(store.file(), "cabletag-namefinder 99\n" + new String(saved, head.length(), saved.length - head.length(),
                java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.ISO_8859_1);
        notes.clear();
        assertThat(store.load(notes::add)).isEmpty();
        assertThat(notes).singleElement().asString().contains("trained by a later cabletag (of training format 99").contains("it is not used:");
        assertThat(store.file()).exists();
    }

    @Test
    void nothingToLearnIsSaidSo() {
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        evidence.addCable(SuggestDocs.of("a", "No names at all here."), true);
        assertThatThrownBy(evidence::trainNameFinder).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(cabletag.workspace.namefinder.NameFinder.NO_ENTITY);
    }

    /**
     * Tags on every token, of several labels: OpenNLP trains, but on no word that is not a name, so the model took
     * every word of an untagged cable for a name ("The" PER, "minister" LOC, ...). There is nothing to learn from.
     */
    @Test
    void tagsOnEveryTokenOfSeveralLabelsAreNothingToLearnFrom() {
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        evidence.addCable(SuggestDocs.of("a", "{PER Hakim} {LOC Mosul} {ORG Iraqi Army}"), true);
        evidence.addCable(SuggestDocs.of("b", "{LOC Najaf} {PER Sadr}"), true);
        assertThatThrownBy(evidence::trainNameFinder).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no untagged word to learn from (every token is tagged LOC, ORG or PER)");
    }

    @Test
    void machineTaggedCablesJoinOnlyWhileFewAreReviewed() {
        CorpusEvidence few = new CorpusEvidence(SuggestionSettings.DEFAULT);
        few.addCable(SuggestDocs.of("r", "{PER Hakim} spoke."), true);
        few.addCable(SuggestDocs.of("m", "{LOC Mosul} fell."), false);
        assertThat(few.usesMachineTags()).isTrue();
        assertThat(few.training().weighted()).extracting(w -> w.weight()).containsExactly(3, 1);

        CorpusEvidence many = syntheticReviewed(SuggestionSettings.DEFAULT.minReviewed(), 1);
        many.addCable(SuggestDocs.of("m", "{LOC Mosul} fell."), false);
        assertThat(many.usesMachineTags()).isFalse();
        assertThat(many.training().weighted()).extracting(w -> w.weight()).containsExactly(3);
        assertThat(Label.PER).isNotNull();
    }
}
