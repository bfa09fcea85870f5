package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Relabelling and deleting keep or drop a span as it is, so they do not wait for the cable's token index
 * (built in the background once a cable is shown: hundreds of milliseconds on a 5 MB cable); the edits
 * that move boundaries ask for it, once.
 */
class EntityEditorTest {

    private final Document cable = Docs.tagged("a.txt", "[PER Rubaie  ] met [LOC Tehran  ] officials .");

    private static Supplier<TokenIndex> never() {
        return () -> {
            throw new AssertionError("the token index was asked for");
        };
    }

    @Test
    void relabelAndDeleteNeedNoTokenIndex() {
        EntityEditor editor = new EntityEditor(cable, never());
        Span rubaie = cable.spans().get(0);
        assertThat(editor.relabel(rubaie, Label.LOC).selectAfter().label()).isEqualTo(Label.LOC);
        assertThat(editor.delete(rubaie).change().removed()).containsExactly(rubaie);
    }

    @Test
    void anEditThatMovesABoundaryAsksForTheTokenIndex() {
        int[] asked = {0};
        EntityEditor editor = new EntityEditor(cable, () -> {
            asked[0]++;
            return TokenIndex.of(cable);
        });
        Span tehran = cable.spans().get(1);
        PlannedEdit grown = editor.growEnd(tehran);
        assertThat(cable.text().substring(grown.selectAfter().start(), grown.selectAfter().end())).isEqualTo("Tehran officials");
        assertThat(asked[0]).isEqualTo(1);
    }
}
