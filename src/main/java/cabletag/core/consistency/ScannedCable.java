package cabletag.core.consistency;

import cabletag.core.Label;
import java.util.List;

/**
 * One cable as {@link CableScan#scan} leaves it, before it goes into an index: its places as
 * {@link EntityIndex} records whose text and label ids are indexes into {@code texts} and {@code labels}, the
 * first-word hashes of its tokens that no entity touches (sorted, distinct), and the {@link Vocabulary}
 * generation its untagged places were looked for with.
 */
public record ScannedCable(String name, List<String> texts, List<Label> labels, int[] records, int[] words, int generation) {

    public int placeCount() {
        return records.length / EntityIndex.STRIDE;
    }
}
