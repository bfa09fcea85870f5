package cabletag.workspace.consistency;

import cabletag.core.consistency.EntityIndex;
import java.util.function.IntPredicate;

/**
 * One cable's places as a reopened index holds them: its block of the saved file's bytes, decoded when
 * asked for, and relabelled in those bytes (a relabel rewrites one label byte), so a corpus-wide relabel
 * decodes nothing.
 */
record SavedPlaces(byte[] bytes, int at, int count) implements EntityIndex.PlaceSource {

    @Override
    public int[] records() {
        return PlaceCodec.decode(bytes, at, count);
    }

    @Override
    public int relabel(int start, int fromId, int toId, IntPredicate rawFits) {
        return PlaceCodec.relabel(bytes, at, count, start, fromId, toId, rawFits);
    }
}
