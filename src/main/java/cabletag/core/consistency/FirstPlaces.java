package cabletag.core.consistency;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The first tagged and the first untagged place of every text of an {@link EntityIndex}, cables in a given
 * rank then by start: where a command points each finding. Found in one pass over every place, or kept with a
 * saved index (cables ranked as saved), so a reopened, unchanged corpus decodes no place to print its findings.
 */
public final class FirstPlaces {

    private final long[] keys;   // per raw * 2 (+1 untagged): rank << 32 | start, or Long.MAX_VALUE
    private final int[][] places; // per raw * 2 (+1 untagged): cable, label, start, start code point, line, column

    private FirstPlaces(int raws) {
        keys = new long[raws * 2];
        places = new int[raws * 2][];
        Arrays.fill(keys, Long.MAX_VALUE);
    }

    /** Every place of the index looked at, cables ranked by {@code cableRank}. */
    public static FirstPlaces of(EntityIndex index, IntUnaryOperator cableRank) {
        FirstPlaces firsts = new FirstPlaces(index.rawCount());
        for (int cable = 0; cable < index.cableCount(); cable++) {
            firsts.offer(cable, cableRank.applyAsInt(cable), index.records(cable));
        }
        return firsts;
    }

    /** Nothing yet, for {@link #offer} to fill. */
    public static FirstPlaces none(int raws) {
        return new FirstPlaces(raws);
    }

    /** Takes one cable's records ({@link EntityIndex#STRIDE} ints each) into account, the cable ranked {@code rank}. */
    public void offer(int cable, int rank, int[] records) {
        long ranked = (long) rank << 32;
        for (int i = 0; i < records.length; i += EntityIndex.STRIDE) {
            int raw = records[i + EntityIndex.RAW];
            int slot = raw * 2 + (records[i + EntityIndex.LABEL] == EntityIndex.UNTAGGED ? 1 : 0);
            long key = ranked | records[i + EntityIndex.START];
            if (key < keys[slot]) {
                keys[slot] = key;
                places[slot] = new int[] {cable, records[i + 1], records[i + 2], records[i + 3], records[i + 4], records[i + 5]};
            }
        }
    }

    /** Puts one text's first place as saved (cables ranked by their slot). */
    public void put(int raw, boolean untagged, int[] place) {
        int slot = raw * 2 + (untagged ? 1 : 0);
        keys[slot] = (long) place[0] << 32 | place[2];
        places[slot] = place.clone();
    }

    public int rawCount() {
        return keys.length / 2;
    }

    long key(int raw, boolean untagged) {
        return raw * 2 + 1 < keys.length ? keys[raw * 2 + (untagged ? 1 : 0)] : Long.MAX_VALUE;
    }

    /** The first place of a text (cable, label, start, start code point, line, column), or null. */
    public int[] place(int raw, boolean untagged) {
        return raw * 2 + 1 < keys.length ? places[raw * 2 + (untagged ? 1 : 0)] : null;
    }
}
