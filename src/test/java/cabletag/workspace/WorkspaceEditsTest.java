package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceEditsTest {

    //                                  0         1         2         3         4         5         6
    //                                  0123456789012345678901234567890123456789012345678901234567890123
    //                          clean: "Summary: Security Advisor Mowafaq al-Rubaie met Tehran officials"
    //                                  [ORG                            ]               [LOC ]
    private static final String SOURCE = "[ORG Summary: Security Advisor Mowafaq  ] al-Rubaie met [LOC Tehran  ] officials";
    private static final Span ORG = Span.of(0, 33, "ORG");
    private static final Span TEHRAN = Span.of(48, 54, "LOC");

    @TempDir
    Path store;

    private Workspace open() {
        return InMemoryCorpus.open(store, Docs.tagged("a.txt", SOURCE));
    }

    private static SpanSet spans(Workspace workspace) {
        return workspace.document(0).spans();
    }

    @Test
    void theTestDocumentReadsAsRuled() {
        Workspace workspace = open();
        assertThat(workspace.document(0).text()).isEqualTo("Summary: Security Advisor Mowafaq al-Rubaie met Tehran officials");
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
    }

    @Test
    void relabelChangesOnlyTheLabelAndUndoesAndRedoes() {
        Workspace workspace = open();

        Selection done = workspace.relabel(0, TEHRAN, Label.ORG);

        assertThat(done).isEqualTo(new Selection(0, Span.of(48, 54, "ORG")));
        assertThat(spans(workspace)).containsExactly(ORG, Span.of(48, 54, "ORG"));
        assertThat(workspace.undoDescription()).isEqualTo("Relabel “Tehran” as ORG");
        assertThat(workspace.undo()).isEqualTo(new Selection(0, TEHRAN));
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.redoDescription()).isEqualTo("Relabel “Tehran” as ORG");
        assertThat(workspace.redo()).isEqualTo(new Selection(0, Span.of(48, 54, "ORG")));
        assertThat(spans(workspace)).containsExactly(ORG, Span.of(48, 54, "ORG"));
    }

    @Test
    void relabelToTheSameLabelIsNotAnEdit() {
        Workspace workspace = open();

        assertThat(workspace.relabel(0, TEHRAN, Label.LOC)).isEqualTo(new Selection(0, TEHRAN));
        assertThat(workspace.canUndo()).isFalse();
    }

    @Test
    void deleteRemovesTheTagAndKeepsTheText() {
        Workspace workspace = open();
        String text = workspace.document(0).text();

        Selection done = workspace.delete(0, TEHRAN);

        assertThat(done).isEqualTo(new Selection(0, null, 48)); // nothing to select; the view stays at the place
        assertThat(spans(workspace)).containsExactly(ORG);
        assertThat(workspace.document(0).text()).isEqualTo(text);
        assertThat(workspace.undo()).isEqualTo(new Selection(0, TEHRAN));
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.redo()).isEqualTo(new Selection(0, null, 48));
        assertThat(spans(workspace)).containsExactly(ORG);
    }

    @Test
    void addSnapsToWholeTokens() {
        Workspace workspace = open();
        //                 "... Mowafaq al-Rubaie met ..."
        //                          34 [36  40) 43: a selection inside the word takes the whole word
        Selection done = workspace.add(0, 36, 40, Label.PER);

        assertThat(done).isEqualTo(new Selection(0, Span.of(34, 43, "PER")));
        assertThat(workspace.document(0).textOf(done.span())).isEqualTo("al-Rubaie");
        assertThat(workspace.undo()).isEqualTo(new Selection(0, null, 34));
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.redo()).isEqualTo(new Selection(0, Span.of(34, 43, "PER")));
        assertThat(spans(workspace)).contains(Span.of(34, 43, "PER"));
    }

    @Test
    void aClickInsideAWordTagsTheWholeWord() {
        Workspace workspace = open();
        //  "met" is [44, 47); the caret sits between 'm' and 'e'
        assertThat(workspace.add(0, 45, 45, Label.MISC).span()).isEqualTo(Span.of(44, 47, "MISC"));
    }

    @Test
    void aCaretJustAfterAWordTagsThatWordAndACaretBetweenSpacesNothing() {
        //          0         1         2         3         4         5         6
        //          01234567890123456789012345678901234567890123456789012345678901234
        //  clean: "Summary: Security Advisor Mowafaq al-Rubaie met  Tehran officials"
        //                                                      [ ] ^  "met", then a caret between the two spaces
        Workspace workspace = InMemoryCorpus.open(store, Docs.tagged("e.txt",
                "Summary: Security Advisor Mowafaq al-Rubaie met  Tehran officials"));
        //  "met" ends at 47; the caret sits right after it
        assertThat(workspace.add(0, 47, 47, Label.MISC).span()).isEqualTo(Span.of(44, 47, "MISC"));
        //  48 lies between the two spaces after "met"
        assertThatThrownBy(() -> workspace.add(0, 48, 48, Label.MISC)).isInstanceOf(EditRejectedException.class);
    }

    @Test
    void aSelectionReachingIntoTwoWordsTakesBothWhole() {
        Workspace workspace = open();
        //  from the 'e' of "met" (45) to the 'h' of "Tehran" (51): "met Tehran", which nests the LOC
        Selection done = workspace.add(0, 45, 51, Label.MISC);

        assertThat(done.span()).isEqualTo(Span.of(44, 54, "MISC"));
        assertThat(spans(workspace)).containsExactly(ORG, Span.of(44, 54, "MISC"), TEHRAN);
    }

    @Test
    void addRejectsSpacesOnlyAndTextAlreadyTagged() {
        Workspace workspace = open();

        assertThatThrownBy(() -> workspace.add(0, 33, 34, Label.PER))
                .isInstanceOf(EditRejectedException.class).hasMessageContaining("no text");
        assertThatThrownBy(() -> workspace.add(0, 49, 50, Label.PER))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("“Tehran” is already tagged LOC; relabel it instead.");
        assertThat(workspace.canUndo()).isFalse();
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
    }

    @Test
    void crossingSpansAreRejectedWithAClearMessageAndNothingChanges() {
        Workspace workspace = open();
        //  "Mowafaq al-Rubaie" [26, 43) would cross the ORG [0, 33)
        assertThatThrownBy(() -> workspace.add(0, 27, 40, Label.PER))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("Cannot tag “Mowafaq al-Rubaie” as PER: “Mowafaq al-Rubaie” would cross"
                        + " ORG “Summary: Security Advisor Mowafaq”; entities may nest but not cross.");
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.canUndo()).isFalse();
        assertThat(workspace.isDirty()).isFalse();
    }

    @Test
    void growingIntoAnotherEntityIsRejected() {
        //          0         1         2
        //          0123456789012345678901234
        //  clean: "Rubaie Tehran officials"
        //          [PER ] [LOC           ]
        Workspace workspace = InMemoryCorpus.open(store, Docs.tagged("b.txt", "[PER Rubaie  ] [LOC Tehran officials  ]"));

        assertThatThrownBy(() -> workspace.growEnd(0, Span.of(0, 6, "PER")))
                .isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("would cross LOC “Tehran officials”");
        assertThat(spans(workspace)).containsExactly(Span.of(0, 6, "PER"), Span.of(7, 23, "LOC"));
    }

    @Test
    void theSeedSummaryEntityIsFixedInAFewKeystrokes() {
        Workspace workspace = open();
        List<Selection> selections = new ArrayList<>();

        Span span = ORG;
        for (int i = 0; i < 3; i++) {
            Selection selection = workspace.shrinkStart(0, span);
            selections.add(selection);
            span = selection.span();
        }
        span = workspace.growEnd(0, span).span();
        span = workspace.relabel(0, span, Label.PER).span();

        assertThat(span).isEqualTo(Span.of(26, 43, "PER"));
        assertThat(workspace.document(0).textOf(span)).isEqualTo("Mowafaq al-Rubaie");
        assertThat(selections).extracting(s -> workspace.document(0).text().substring(s.span().start(), s.span().end()))
                .containsExactly("Security Advisor Mowafaq", "Advisor Mowafaq", "Mowafaq");
        assertThat(spans(workspace)).containsExactly(span, TEHRAN);

        for (int i = 0; i < 5; i++) {
            workspace.undo();
        }
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.canUndo()).isFalse();
        Selection last = null;
        for (int i = 0; i < 5; i++) {
            last = workspace.redo();
        }
        assertThat(last).isEqualTo(new Selection(0, Span.of(26, 43, "PER")));
        assertThat(spans(workspace)).containsExactly(Span.of(26, 43, "PER"), TEHRAN);
    }

    @Test
    void growAndShrinkMoveByOneTokenAtEitherEndAndUndoSelectsTheOldSpan() {
        Workspace workspace = open();

        Selection grown = workspace.growStart(0, TEHRAN);
        assertThat(grown.span()).isEqualTo(Span.of(44, 54, "LOC")); // "met Tehran"
        assertThat(workspace.undo()).isEqualTo(new Selection(0, TEHRAN));

        Selection grownEnd = workspace.growEnd(0, TEHRAN);
        assertThat(grownEnd.span()).isEqualTo(Span.of(48, 64, "LOC")); // "Tehran officials"
        Selection shrunk = workspace.shrinkEnd(0, grownEnd.span());
        assertThat(shrunk.span()).isEqualTo(TEHRAN);
        assertThat(workspace.undo()).isEqualTo(new Selection(0, Span.of(48, 64, "LOC")));
        assertThat(workspace.redo()).isEqualTo(new Selection(0, TEHRAN));

        Selection orgShrunk = workspace.shrinkEnd(0, ORG);
        assertThat(workspace.document(0).textOf(orgShrunk.span())).isEqualTo("Summary: Security Advisor");
    }

    @Test
    void nothingToGrowOrShrinkIsRejected() {
        Workspace workspace = open();

        assertThatThrownBy(() -> workspace.growStart(0, ORG)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("already starts at the first word");
        assertThatThrownBy(() -> workspace.shrinkStart(0, TEHRAN)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("single word");
        assertThatThrownBy(() -> workspace.shrinkEnd(0, TEHRAN)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("single word");
        Span lastWord = workspace.add(0, 56, 56, Label.MISC).span(); // "officials"
        assertThatThrownBy(() -> workspace.growEnd(0, lastWord)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("already ends at the last word");
    }

    @Test
    void growingASpanThatEndsInsideAWordCompletesTheWord() {
        //          0123456789012345
        //  clean: "Michael Corbin"
        //          [ORG]            the machine tagger stopped inside the word
        Workspace workspace = InMemoryCorpus.open(store, Docs.tagged("c.txt", "[ORG Micha  ]el Corbin"));
        Span half = Span.of(0, 5, "ORG");
        assertThat(spans(workspace)).containsExactly(half);

        assertThat(workspace.growEnd(0, half).span()).isEqualTo(Span.of(0, 7, "ORG"));
    }

    @Test
    void splitCutsAtAWordBoundaryAndLeavesTheSpacesOut() {
        Workspace workspace = open();
        //  "Summary: Security Advisor Mowafaq": the space after "Security" is at 17
        Selection done = workspace.split(0, ORG, 17);

        assertThat(done).isEqualTo(new Selection(0, Span.of(0, 17, "ORG")));
        assertThat(spans(workspace)).containsExactly(Span.of(0, 17, "ORG"), Span.of(18, 33, "ORG"), TEHRAN);
        assertThat(workspace.undo()).isEqualTo(new Selection(0, ORG));
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
        assertThat(workspace.redo()).isEqualTo(new Selection(0, Span.of(0, 17, "ORG")));

        workspace.undo();
        //  at the start of "Advisor" (18) cuts at the same place
        workspace.split(0, ORG, 18);
        assertThat(spans(workspace)).containsExactly(Span.of(0, 17, "ORG"), Span.of(18, 33, "ORG"), TEHRAN);
    }

    @Test
    void splitInsideAWordOrAtTheEdgeIsRejected() {
        Workspace workspace = open();

        assertThatThrownBy(() -> workspace.split(0, ORG, 20)).isInstanceOf(EditRejectedException.class)
                .hasMessage("Split between two words, not inside “Advisor”.");
        assertThatThrownBy(() -> workspace.split(0, ORG, 0)).isInstanceOf(EditRejectedException.class)
                .hasMessageContaining("not inside");
        assertThat(spans(workspace)).containsExactly(ORG, TEHRAN);
    }

    @Test
    void mergeJoinsNeighboursAcrossSpacesOnly() {
        //          0         1         2
        //          012345678901234567890123
        //  clean: "Mowafaq al-Rubaie met Iran"
        //          [PER  ] [PER    ]     [LOC]
        Workspace workspace = InMemoryCorpus.open(store,
                Docs.tagged("d.txt", "[PER Mowafaq  ] [PER al-Rubaie  ] met [LOC Iran  ]"));
        Span first = Span.of(0, 7, "PER");
        Span second = Span.of(8, 17, "PER");
        Span iran = Span.of(22, 26, "LOC");

        assertThatThrownBy(() -> workspace.merge(0, second, iran)).isInstanceOf(EditRejectedException.class)
                .hasMessage("Only neighbouring entities can be merged: “met” stands between “al-Rubaie” and “Iran”.");

        Selection done = workspace.merge(0, second, first); // either order
        assertThat(done).isEqualTo(new Selection(0, Span.of(0, 17, "PER")));
        assertThat(spans(workspace)).containsExactly(Span.of(0, 17, "PER"), iran);
        assertThat(workspace.undo()).isEqualTo(new Selection(0, second));
        assertThat(spans(workspace)).containsExactly(first, second, iran);
        assertThat(workspace.redo()).isEqualTo(new Selection(0, Span.of(0, 17, "PER")));
    }

    @Test
    void anEntityThatIsNoLongerThereIsRejected() {
        Workspace workspace = open();
        workspace.delete(0, TEHRAN);

        assertThatThrownBy(() -> workspace.relabel(0, TEHRAN, Label.ORG)).isInstanceOf(EditRejectedException.class)
                .hasMessage("There is no LOC entity at 48-54 in a.txt any more; select it again.");
    }

    @Test
    void plainCablesSnapToCableWordsNotWhitespaceRuns() {
        //          0         1         2
        //          0123456789012345678901234567
        String t = "Ambassador met Rubaie, then";
        //                         [PER ]        a double click on "Rubaie," must not take the comma
        Workspace workspace = InMemoryCorpus.open(store, Docs.plain("p.txt", t));

        assertThat(workspace.add(0, 17, 17, Label.PER).span()).isEqualTo(Span.of(15, 21, "PER"));
    }

    @Test
    void editsMarkTheCableInProgressAndTellListeners() {
        Workspace workspace = open();
        List<Set<Integer>> events = new ArrayList<>();
        workspace.addListener(change -> events.add(change.cables()));
        assertThat(workspace.status(0)).isEqualTo(ReviewStatus.NEW);

        workspace.delete(0, TEHRAN);
        assertThat(workspace.cables()).containsExactly(new CableEntry(0, "a.txt", 1, 0, ReviewStatus.IN_PROGRESS));
        workspace.undo();

        assertThat(workspace.status(0)).as("undo restores the status from before the edit").isEqualTo(ReviewStatus.NEW);
        assertThat(events).containsExactly(Set.of(0), Set.of(0));
        assertThat(workspace.cables()).containsExactly(new CableEntry(0, "a.txt", 2, 0, ReviewStatus.NEW));
    }
}
