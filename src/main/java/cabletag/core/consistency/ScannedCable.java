package cabletag.core.consistency;

import cabletag.core.Label;
import cabletag.core.SourceFormat;
import java.util.List;

/**
 * One cable as {@link CableScan#scan} leaves it, before it goes into an index: its places as
 * {@link EntityIndex} records whose text and label ids are indexes into {@code texts} and {@code labels}, the
 * first-word hashes of its tokens that no entity touches (sorted, distinct), and the {@link Vocabulary}
 * generation its untagged places were looked for with; and whether reading the cable lost annotation data
 * (a diagnostic that {@linkplain cabletag.core.Diagnostic#losesAnnotation loses it}), which a saved index must
 * not take as unchanged: the loss is named only when the cable is read. Its {@code format} says whether it is a
 * cable (named by its path) or a dataset's document (named by its id), as an export names it.
 */
public record ScannedCable(String name, List<String> texts, List<Label> labels, int[] records, int[] words, int generation,
        boolean readingLostData, SourceFormat format) {

    public int placeCount() {
        return records.length / EntityIndex.STRIDE;
    }
}
