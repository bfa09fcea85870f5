package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model without any window: what it asks the text view to do, and what it changes. */
class CorrectorModelTest {

    @TempDir
    Path temp;

    private final CorrectorModel model = new CorrectorModel();
    private final List<String> emitted = new ArrayList<>();

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @BeforeEach
    void open() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [PER Erbil  ] officials in [LOC Tehran  ] today .\n");
        Files.writeString(corpus.resolve("b.txt"), "[PER Erbil  ] is far and Erbil is cold .\n");
        model.addTextListener(new CorrectorModel.TextListener() {
            @Override
            public void cableShown(Document document) {
                emitted.add("shown " + document.source().name());
            }

            @Override
            public void rangeChanged(Document document, int from, int to) {
                emitted.add("restyle " + from + "-" + to);
            }

            @Override
            public void reveal(Span span) {
                emitted.add("reveal " + span);
            }
        });
        model.open(Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null));
    }

    private Span span(String text) {
        Document doc = model.document();
        return doc.spans().stream().filter(s -> doc.textOf(s).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void opensOnTheFirstCableAndSaysSo() {
        assertThat(model.currentCable()).isZero();
        assertThat(emitted).containsExactly("shown a.txt");
        assertThat(model.cables()).hasSize(2);
        assertThat(model.messageProperty().get()).isEqualTo("Opened 2 cables");
    }

    @Test
    void movingPastTheFirstOrTheLastCableSaysSoAndStays() {
        model.previousCable();
        assertThat(model.currentCable()).isZero();
        assertThat(model.messageProperty().get()).isEqualTo("This is the first cable");
        model.nextCable();
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.messageProperty().get()).as("not said of the cable shown now").isEmpty();
        model.nextCable();
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("This is the last cable");
    }

    @Test
    void tabAndShiftTabWalkTheEntitiesInTextOrderAndWrap() {
        SpanSet spans = model.document().spans();
        model.selectNextEntity(0);
        assertThat(model.selected()).isEqualTo(spans.get(0));
        model.selectNextEntity(0);
        model.selectNextEntity(0);
        assertThat(model.selected()).isEqualTo(spans.get(2));
        model.selectNextEntity(0);
        assertThat(model.selected()).isEqualTo(spans.get(0));
        model.selectPreviousEntity(0);
        assertThat(model.selected()).isEqualTo(spans.get(2));
    }

    @Test
    void aRelabelThatChangesNoCountLeavesTheCorpusRowsAlone() {
        List<String> corpusChanges = new ArrayList<>();
        model.cables().addListener((javafx.collections.ListChangeListener<cabletag.workspace.CableEntry>) c -> {
            while (c.next()) {
                corpusChanges.add(c.wasReplaced() ? "replaced " + c.getFrom() : c.toString());
            }
        });
        model.select(model.document().spans().get(1));

        model.applyLabel(Label.LOC, 0, 0); // the cable becomes "in progress": its row changes
        model.applyLabel(Label.ORG, 0, 0); // nothing in the row changes
        model.applyLabel(Label.PER, 0, 0);

        assertThat(corpusChanges).containsExactly("replaced 0");
        assertThat(model.cables().get(0).status()).isEqualTo(cabletag.workspace.ReviewStatus.IN_PROGRESS);
    }

    @Test
    void relabellingRestylesOnlyTheEntityAndKeepsItSelected() {
        Span erbil = span("Erbil");
        model.select(erbil);
        emitted.clear();

        model.applyDigit(2, 0, 0);

        Span loc = erbil.withLabel(Label.LOC);
        assertThat(model.document().spans()).contains(loc);
        assertThat(model.selected()).isEqualTo(loc);
        assertThat(emitted).containsExactly("restyle " + erbil.start() + "-" + erbil.end(), "reveal " + loc);
        assertThat(model.cables().get(0).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(model.dirtyProperty().get()).isEqualTo(model.workspace().isDirty());
    }

    @Test
    void aLabelKeyOnATextSelectionAddsAnEntity() {
        int at = model.document().text().indexOf("officials");
        model.applyLabel(Label.MISC, at + 1, at + 4);

        Span added = model.selected();
        assertThat(added.label()).isEqualTo(Label.MISC);
        assertThat(model.document().textOf(added)).isEqualTo("officials");
    }

    @Test
    void undoSelectsWhatCameBackAndRedoWhatWasRedone() {
        Span erbil = span("Erbil");
        model.select(erbil);
        model.deleteSelected();
        assertThat(model.selected()).isNull();
        assertThat(model.document().spans()).doesNotContain(erbil);

        model.undo();
        assertThat(model.document().spans()).contains(erbil);
        assertThat(model.selected()).isEqualTo(erbil);
        assertThat(model.messageProperty().get()).startsWith("Undone");

        model.redo();
        assertThat(model.document().spans()).doesNotContain(erbil);
        model.redo();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing to redo");
    }

    @Test
    void everyEditSaysWhatItDidAndHowToUndoIt() {
        model.select(span("Erbil"));
        model.applyLabel(Label.LOC, 0, 0);
        assertThat(model.messageProperty().get()).isEqualTo("Relabelled “Erbil” as LOC — Ctrl+Z undoes");

        model.growEnd();
        assertThat(model.messageProperty().get()).startsWith("Grew LOC “Erbil”").endsWith(" — Ctrl+Z undoes");

        model.deleteSelected();
        assertThat(model.messageProperty().get()).startsWith("Deleted LOC “Erbil officials”").endsWith(" — Ctrl+Z undoes");

        int at = model.document().text().indexOf("today");
        model.applyLabel(Label.MISC, at, at + 5);
        assertThat(model.messageProperty().get()).isEqualTo("Tagged “today” as MISC — Ctrl+Z undoes");

        model.undo();
        assertThat(model.messageProperty().get()).isEqualTo("Undone: Tag “today” as MISC");
        model.redo();
        assertThat(model.messageProperty().get()).isEqualTo("Redone: Tag “today” as MISC");
    }

    /**
     * A label key tags whole tokens: an outside test of the window selected "Baghdad" inside a CoNLL file's
     * token {@code http://state.gov/Baghdad-embassy}, pressed a label key, and got the whole token tagged
     * without a word. The status bar says the tag was widened, from what, and (the quote) to what.
     */
    @Test
    void aTagWidenedPastTheSelectionToADatasetsTokenSaysSo() throws Exception {
        CorrectorModel given = TestCorpus.open(temp, "given.conll", "-DOCSTART- -X- -X- O\n\nRubaie _ _ B-PER\nvisited _ _ O\n"
                + "http://state.gov/Baghdad-embassy _ _ O\nin _ _ O\nBaghdad _ _ B-LOC\n. _ _ O\n\n");
        try {
            assertThat(given.document().givenTokens().isGiven()).isTrue();
            int at = given.document().text().indexOf("Baghdad");
            given.applyLabel(Label.ORG, at, at + "Baghdad".length());
            assertThat(given.messageProperty().get()).isEqualTo("Tagged “http://state.gov/Baghdad-embassy” as ORG,"
                    + " widened from “Baghdad” to the file's token boundaries — Ctrl+Z undoes");
            assertThat(given.document().spans().atRange(at - "http://state.gov/".length(), at + "Baghdad-embassy".length())).isPresent();
            given.undo();
            assertThat(given.messageProperty().get()).isEqualTo("Undone: Tag “http://state.gov/Baghdad-embassy” as ORG");
        } finally {
            TestCorpus.close(given);
        }
    }

    @Test
    void aTagWidenedPastTheSelectionInACablesTextSaysSoAndATagOfWholeTokensSaysNothingMore() {
        int at = model.document().text().indexOf("today");
        model.applyLabel(Label.MISC, at + 1, at + 4);
        assertThat(model.messageProperty().get()).isEqualTo("Tagged “today” as MISC, widened from “oda” to token boundaries — Ctrl+Z undoes");
        model.undo();
        // spaces around whole tokens are left out, not widened over
        model.applyLabel(Label.MISC, at - 1, at + 6);
        assertThat(model.messageProperty().get()).isEqualTo("Tagged “today” as MISC — Ctrl+Z undoes");
    }

    @Test
    void aLabelKeyOnSelectedTextThatIsAnEntityRelabelsItAsOnTheEntitySelected() {
        Span tehran = span("Tehran");
        model.select(null);

        model.applyLabel(Label.ORG, tehran.start(), tehran.end()); // a find match: the entity's exact text
        assertThat(model.document().spans()).contains(tehran.withLabel(Label.ORG)).doesNotContain(tehran);
        assertThat(model.selected()).isEqualTo(tehran.withLabel(Label.ORG));
        assertThat(model.messageProperty().get()).isEqualTo("Relabelled “Tehran” as ORG — Ctrl+Z undoes");

        model.applyLabel(Label.MISC, tehran.start() + 1, tehran.start() + 3); // inside the word: snapped to it
        assertThat(model.selected()).isEqualTo(tehran.withLabel(Label.MISC));

        model.applyLabel(Label.MISC, tehran.start(), tehran.end());
        assertThat(model.messageProperty().get()).isEqualTo("Already MISC");
        int spans = model.document().spans().size();
        int today = model.document().text().indexOf("today");
        model.applyLabel(Label.LOC, tehran.start(), today + 5); // more than the entity: a new, outer one
        assertThat(model.document().spans()).hasSize(spans + 1).contains(tehran.withLabel(Label.MISC));
    }

    @Test
    void textSelectedAwayFromTheSelectedEntityLetsItGoUnlessItIsThatEntitysText() {
        Span erbil = span("Erbil");
        model.select(erbil);
        String text = model.document().text();
        model.textSelected(erbil.start(), erbil.end());
        assertThat(model.selected()).as("its own text").isEqualTo(erbil);
        emitted.clear();
        int officials = text.indexOf("officials");
        model.textSelected(officials, officials + 4);
        assertThat(model.selected()).isNull();
        assertThat(emitted).contains("restyle " + erbil.start() + "-" + erbil.end());
        model.select(erbil);
        model.textSelected(span("Tehran").start(), span("Tehran").end());
        assertThat(model.selected()).as("another entity's text").isNull();
    }

    @Test
    void theSelectionMadeLastIsTheOneTheKeysActOn() {
        Span rubaie = span("Rubaie");
        Span tehran = span("Tehran");
        List<String> rowsPicked = new ArrayList<>();
        model.addRowsSelectedListener(() -> rowsPicked.add("rows"));

        model.selectRows(List.of(rubaie, tehran), tehran);
        assertThat(model.selected()).as("the row picked last").isEqualTo(tehran);
        assertThat(rowsPicked).as("the text selection is told to let go").hasSize(1);
        model.selectRows(List.of(tehran, rubaie), tehran);
        assertThat(rowsPicked).as("the same rows sorted anew pick nothing").hasSize(1);

        // text that is the selected entity's, selected after the rows: the key acts on it alone
        model.textSelected(tehran.start(), tehran.end());
        assertThat(model.selectedSpans()).containsExactly(tehran);
        model.applyLabel(Label.MISC, tehran.start(), tehran.end());
        assertThat(model.document().spans()).contains(rubaie, tehran.withLabel(Label.MISC));

        // an entity selected in the text after several rows (a click on the lead's own text): it alone
        model.selectRows(List.of(rubaie, tehran.withLabel(Label.MISC)), rubaie);
        model.select(rubaie);
        assertThat(model.selectedSpans()).containsExactly(rubaie);
        model.applyLabel(Label.ORG, 0, 0);
        assertThat(model.document().spans()).contains(rubaie.withLabel(Label.ORG), tehran.withLabel(Label.MISC));

        // every row taken away: nothing is selected, not the row picked last
        model.selectRows(List.of(), null);
        assertThat(model.selected()).isNull();
        model.applyLabel(Label.LOC, 0, 0);
        assertThat(model.messageProperty().get()).isEqualTo(CorrectorModel.NOTHING_TO_LABEL);
    }

    @Test
    void theUndoKeyInTheMessageIsTheOneTheWindowUses() {
        model.setUndoKeys("Ctrl+Alt+U");
        model.select(span("Rubaie"));
        model.applyLabel(Label.ORG, 0, 0);
        assertThat(model.messageProperty().get()).isEqualTo("Relabelled “Rubaie” as ORG — Ctrl+Alt+U undoes");
    }

    @Test
    void anEditOfAReviewedCableSaysItIsInProgressAgain() {
        model.workspace().setStatus(0, ReviewStatus.REVIEWED);
        model.select(span("Tehran"));
        model.mergeWithNext();
        assertThat(model.messageProperty().get()).as("a refused edit says why, nothing more").isEqualTo("no entity after this one to merge with");
        model.select(span("Rubaie"));
        model.deleteSelected();
        assertThat(model.messageProperty().get())
                .as("the note before the undo key: a message too long for the status bar loses its end")
                .isEqualTo("Deleted PER “Rubaie”. a.txt was marked reviewed; it is in progress again"
                        + " (Ctrl+Enter marks it reviewed) — Ctrl+Z undoes");
    }

    @Test
    void applyToAllInTheCorpusIsOneUndoableStep() {
        Span erbil = span("Erbil");
        model.select(erbil);
        model.applyLabel(Label.LOC, 0, 0);
        model.applyToAll(cabletag.workspace.OccurrenceScope.CORPUS);
        assertThat(model.workspace().document(1).spans()).extracting(Span::label).containsExactly(Label.LOC, Label.LOC);

        model.undo();
        assertThat(model.workspace().document(1).spans()).extracting(Span::label).containsExactly(Label.PER);
        assertThat(model.document().spans()).contains(erbil.withLabel(Label.LOC));
        model.undo();
        assertThat(model.document().spans()).contains(erbil);
    }

    @Test
    void aRefusedEditIsAMessageNotAnException() {
        model.select(null);
        model.deleteSelected();
        assertThat(model.messageProperty().get()).contains("Select an entity");
        model.applyDigit(9, 0, 0);
        assertThat(model.messageProperty().get()).isEqualTo("No label on key 9");
    }

    @Test
    void markReviewedMovesToTheNextUnreviewedCable() {
        model.markReviewedAndNext();
        assertThat(model.workspace().status(0)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.reviewedCountProperty().get()).isEqualTo(1);
        assertThat(emitted).endsWith("shown b.txt");
        model.markReviewedAndNext();
        assertThat(model.messageProperty().get()).isEqualTo("All 2 cables reviewed — Ctrl+Z undoes");
    }

    @Test
    void undoOfAnEditOfAReviewedCableShowsItReviewedAgain() {
        model.markReviewedAndNext();
        model.previousCable();
        model.select(span("Tehran"));
        model.deleteSelected();
        assertThat(model.cables().get(0).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(model.reviewedCountProperty().get()).isZero();

        model.undo();

        assertThat(model.cables().get(0).status()).as("the corpus list's status").isEqualTo(ReviewStatus.REVIEWED);
        assertThat(model.reviewedCountProperty().get()).isEqualTo(1);
        assertThat(model.messageProperty().get())
                .isEqualTo("Undone: Delete LOC “Tehran”. a.txt is marked reviewed again, as before the edit.");
    }

    @Test
    void undoAfterMarkingReviewedTakesTheMarkBackOnItsCable() {
        Span tehran = span("Tehran");
        model.select(tehran);
        model.deleteSelected();
        model.select(span("Rubaie"));
        model.markReviewedAndNext();
        assertThat(model.currentCable()).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Reviewed; 1 to go — Ctrl+Z undoes");

        model.undo();

        assertThat(model.currentCable()).as("back on the cable whose mark was undone").isZero();
        assertThat(model.selected()).isEqualTo(span("Rubaie"));
        assertThat(model.cables().get(0).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(model.document().spans()).as("the delete before the mark stays").doesNotContain(tehran);
        assertThat(model.messageProperty().get()).isEqualTo("Undone: Mark a.txt reviewed");
        model.undo();
        assertThat(model.cables().get(0).status()).isEqualTo(ReviewStatus.NEW);
    }

    @Test
    void findsCaseInsensitivelyForwardAndBackwardWrapping() {
        String text = model.document().text();
        int[] first = model.find("ERBIL", 0, true);
        assertThat(first).containsExactly(text.indexOf("Erbil"), text.indexOf("Erbil") + 5);
        int[] wrapped = model.find("rubaie", first[1], true);
        assertThat(wrapped[0]).isZero();
        int[] back = model.find("erbil", 0, false);
        assertThat(back[0]).isEqualTo(text.indexOf("Erbil"));
        assertThat(model.find("Baghdad", 0, true)).isNull();
    }

    @Test
    void theFindBarFindsByTheWorkspacesCaseRuleWithTheTextsOwnOffsets() throws Exception {
        // Lower-casing "İ" gives two chars: a search in a lower-cased copy put every later match one off.
        Path corpus = Files.createDirectories(temp.resolve("dotted"));
        Files.writeString(corpus.resolve("c.txt"), "İSTANBUL and [LOC ERBIL  ] .\n");
        CorrectorModel other = new CorrectorModel();
        try {
            other.open(Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home2")), null));
            String text = other.document().text();
            int[] match = other.find("Erbil", 0, true);
            assertThat(text.substring(match[0], match[1])).isEqualTo("ERBIL");
            assertThat(match).containsExactly(other.workspace().find(0, "Erbil", true, false).get(0).start(),
                    other.workspace().find(0, "Erbil", true, false).get(0).end());
            assertThat(other.find("istanbul", match[1], true)).containsExactly(0, 8);
        } finally {
            TestCorpus.close(other);
        }
    }

    @Test
    void theChangedRangeCoversExactlyTheDifferingSpans() {
        //                0123456789012345678
        // text:         "Rubaie met Tehran ."
        Span rubaie = new Span(0, 6, Label.PER);
        Span tehran = new Span(11, 17, Label.LOC);
        assertThat(cabletag.core.SpanDelta.between(SpanSet.of(rubaie, tehran), SpanSet.of(rubaie, tehran)).range()).isNull();
        assertThat(cabletag.core.SpanDelta.between(SpanSet.of(rubaie, tehran), SpanSet.of(rubaie, tehran.withLabel(Label.ORG))).range())
                .containsExactly(11, 17);
        assertThat(cabletag.core.SpanDelta.between(SpanSet.of(rubaie), SpanSet.of(tehran)).range()).containsExactly(0, 17);
        // the same from the changes as made: relabel Tehran, then undo it, nets to nothing
        assertThat(cabletag.core.SpanDelta.ofChanges(
                List.of(List.of(tehran), List.of(tehran.withLabel(Label.ORG))),
                List.of(List.of(tehran.withLabel(Label.ORG)), List.of(tehran))).isEmpty()).isTrue();
    }
}
