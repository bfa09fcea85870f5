package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The warm-up relabels its own saved places back and forth in place: were a relabel of a saved place ever
 * to fall back to reading the cable, its update would ask for a document and the warm-up would throw.
 */
class RelabelWarmUpTest {

    @Test
    void relabelsSavedPlacesInPlaceWithoutReadingACable() {
        assertThatCode(RelabelWarmUp::run).doesNotThrowAnyException();
    }
}
