package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyToAllTest {

    //          0         1         2         3         4         5         6         7         8
    //          012345678901234567890123456789012345678901234567890123456789012345678901234567890123
    //  clean: "Rubaie met Tehran officials . Rubaie left Iran . The Iranian side met Rubaie again ."
    //          [PER ]     [LOC ]                          [LOC]                     [ORG ]
    static final String FIRST = "[PER Rubaie  ] met [LOC Tehran  ] officials . Rubaie left [LOC Iran  ] ."
            + " The Iranian side met [ORG Rubaie  ] again .";
    static final Span RUBAIE_0 = Span.of(0, 6, "PER");
    static final Span IRAN = Span.of(42, 46, "LOC");

    @TempDir
    Path store;

    private Workspace open() {
        return InMemoryCorpus.open(store,
                Docs.tagged("a.txt", FIRST),
                Docs.tagged("b.txt", "Later [MISC Rubaie  ] spoke of Rubaie-style deals ."),
                Docs.tagged("c.txt", "[LOC Iran  ] only ."));
    }

    @Test
    void inOneCableEveryWholeTokenOccurrenceIsRelabelledOrTaggedAsOneStep() {
        Workspace workspace = open();
        List<Set<Integer>> events = new ArrayList<>();
        workspace.addListener(change -> events.add(change.cables()));

        Selection done = workspace.applyToAll(0, RUBAIE_0, Label.PER, OccurrenceScope.CABLE);

        assertThat(done).isEqualTo(new Selection(0, RUBAIE_0));
        assertThat(workspace.document(0).spans()).containsExactly(
                RUBAIE_0, Span.of(11, 17, "LOC"), Span.of(30, 36, "PER"), IRAN, Span.of(70, 76, "PER"));
        assertThat(workspace.document(1).spans()).containsExactly(Span.of(6, 12, "MISC"));
        assertThat(workspace.undoDescription()).isEqualTo("Tag 2 occurrences of “Rubaie” as PER");
        assertThat(events).containsExactly(Set.of(0));

        assertThat(workspace.undo()).isEqualTo(new Selection(0, RUBAIE_0));
        assertThat(workspace.document(0).spans()).containsExactly(
                RUBAIE_0, Span.of(11, 17, "LOC"), IRAN, Span.of(70, 76, "ORG"));
        assertThat(workspace.canUndo()).isFalse();
        workspace.redo();
        assertThat(workspace.document(0).spans()).hasSize(5);
    }

    @Test
    void acrossTheCorpusItTouchesEveryCableAndUndoesAsOneStep() {
        Workspace workspace = open();

        Selection done = workspace.applyToAll(0, IRAN, Label.MISC, OccurrenceScope.CORPUS);

        // "Iranian" is not "Iran": whole tokens only
        assertThat(done).isEqualTo(new Selection(0, Span.of(42, 46, "MISC")));
        assertThat(workspace.document(0).spans()).contains(Span.of(42, 46, "MISC")).doesNotContain(IRAN);
        assertThat(workspace.document(2).spans()).containsExactly(Span.of(0, 4, "MISC"));
        assertThat(workspace.undoDescription()).isEqualTo("Tag 2 occurrences of “Iran” as MISC in 2 cables");
        assertThat(workspace.status(1)).isEqualTo(ReviewStatus.NEW);
        assertThat(workspace.status(2)).isEqualTo(ReviewStatus.IN_PROGRESS);

        workspace.undo();
        assertThat(workspace.document(0).spans()).contains(IRAN);
        assertThat(workspace.document(2).spans()).containsExactly(Span.of(0, 4, "LOC"));
        assertThat(workspace.canUndo()).isFalse();
    }

    @Test
    void aSelectionThatIsNotYetAnEntityCanBeTaggedEverywhere() {
        Workspace workspace = open();
        //  "officials" [18, 27) is untagged
        Selection done = workspace.applyToAll(0, Span.of(18, 27, "MISC"), Label.MISC, OccurrenceScope.CORPUS);

        assertThat(done).isEqualTo(new Selection(0, Span.of(18, 27, "MISC")));
        assertThat(workspace.undo()).isEqualTo(new Selection(0, null, 18)); // nothing to select; stay at the place
    }

    @Test
    void occurrencesThatWouldCrossAnEntityAreLeftAlone() {
        //          0         1         2
        //          012345678901234567890123456
        //  clean: "Al Rubaie met the Al Rubaie"
        //                        [PER ]          crosses the second "Al Rubaie" [18, 27)
        Workspace workspace = InMemoryCorpus.open(store, Docs.tagged("d.txt", "Al Rubaie met [PER the Al  ] Rubaie"));

        Selection done = workspace.applyToAll(0, Span.of(18, 27, "ORG"), Label.ORG, OccurrenceScope.CABLE);

        assertThat(workspace.document(0).spans()).containsExactly(Span.of(0, 9, "ORG"), Span.of(14, 20, "PER"));
        assertThat(done).isEqualTo(new Selection(0, Span.of(0, 9, "ORG")));
        assertThat(workspace.undoDescription()).isEqualTo("Tag 1 occurrence of “Al Rubaie” as ORG (1 left alone: they would cross an entity)");
    }

    @Test
    void aSelectionInsideAWordMeansTheWholeWord() {
        Workspace workspace = open();
        //  "Rub" of the untagged "Rubaie" at [30, 36)
        Selection done = workspace.applyToAll(0, Span.of(31, 33, "PER"), Label.PER, OccurrenceScope.CABLE);

        assertThat(done).isEqualTo(new Selection(0, Span.of(30, 36, "PER")));
        assertThat(workspace.undoDescription()).isEqualTo("Tag 2 occurrences of “Rubaie” as PER");
    }

    @Test
    void nothingToChangeIsRejected() {
        Workspace workspace = open();

        assertThatThrownBy(() -> workspace.applyToAll(2, Span.of(0, 4, "LOC"), Label.LOC, OccurrenceScope.CABLE))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("Every occurrence of “Iran” is already tagged LOC.");
        assertThat(workspace.canUndo()).isFalse();
    }
}
