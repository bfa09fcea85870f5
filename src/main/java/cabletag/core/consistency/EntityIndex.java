package cabletag.core.consistency;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity text of a corpus with its labels, counts and places, kept compact enough for 250,000
 * cables: texts are interned once (an id each), and each cable's places are one int array of fixed-width
 * records (text id, label id or {@link #UNTAGGED}, UTF-16 start, code-point start, source line, source
 * column). Counts per text and label are kept as records come and go, so findings are worked out over the
 * distinct texts, not the places.
 *
 * <p>Untagged places are whole-token, exact matches of a text that is, or once was, tagged somewhere
 * ({@link #isScanned}), where no entity touches the characters. Not thread-safe: one thread builds and
 * updates it (the window's index thread, or a command).
 */
public final class EntityIndex {

    public static final int UNTAGGED = -1;
    public static final int STRIDE = 6;
    static final int RAW = 0;
    static final int LABEL = 1;
    static final int START = 2;
    static final int START_CP = 3;
    static final int LINE = 4;
    static final int COLUMN = 5;

    private final Map<String, Integer> rawIds = new HashMap<>();
    private final List<String> raws = new ArrayList<>();
    private int[] groupOfRaw = new int[64];
    private final Map<String, Integer> groupIds = new HashMap<>();
    private final List<String> groups = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Map<Label, Integer> labelIds = new HashMap<>();
    private final BitSet scanned = new BitSet();
    /** counts[raw][0] = untagged places, counts[raw][1 + label] = tagged places. */
    private int[][] counts = new int[64][];
    private int[][] records = new int[16][];
    private int[] recordCounts = new int[16];
    /** A saved cable's places not decoded yet (null once decoded, or for a cable read). */
    private PlaceSource[] lazy = new PlaceSource[16];
    private String[] names = new String[16];
    private int cables;
    private long version;

    // ---------------------------------------------------------------- texts and labels

    /** The id of a raw text, interned on first sight. */
    public int rawId(String raw) {
        Integer id = rawIds.get(raw);
        if (id != null) {
            return id;
        }
        String own = new String(raw); // never keep a substring's whole cable alive
        int next = raws.size();
        raws.add(own);
        rawIds.put(own, next);
        String key = NameKeys.normalized(own);
        Integer group = groupIds.get(key);
        if (group == null) {
            group = groups.size();
            groups.add(key);
            groupIds.put(key, group);
        }
        if (next == groupOfRaw.length) {
            groupOfRaw = Arrays.copyOf(groupOfRaw, next * 2);
            counts = Arrays.copyOf(counts, next * 2);
        }
        groupOfRaw[next] = group;
        return next;
    }

    /** The id of a raw text, or -1 when it was never seen. */
    public int findRaw(String raw) {
        Integer id = rawIds.get(raw);
        return id == null ? -1 : id;
    }

    public String raw(int rawId) {
        return raws.get(rawId);
    }

    public int rawCount() {
        return raws.size();
    }

    public int groupOf(int rawId) {
        return groupOfRaw[rawId];
    }

    public String groupKey(int group) {
        return groups.get(group);
    }

    public int groupCount() {
        return groups.size();
    }

    public int labelId(Label label) {
        Integer id = labelIds.get(label);
        if (id != null) {
            return id;
        }
        labels.add(label);
        labelIds.put(label, labels.size() - 1);
        return labels.size() - 1;
    }

    public Label label(int labelId) {
        return labelId == UNTAGGED ? null : labels.get(labelId);
    }

    public int labelCount() {
        return labels.size();
    }

    /** Tagged places of this text with this label. */
    public int count(int rawId, int labelId) {
        int[] row = counts[rawId];
        int slot = labelId + 1;
        return row == null || slot >= row.length ? 0 : row[slot];
    }

    /** Tagged places of this text, any label. */
    public int taggedCount(int rawId) {
        int[] row = counts[rawId];
        int sum = 0;
        if (row != null) {
            for (int i = 1; i < row.length; i++) {
                sum += row[i];
            }
        }
        return sum;
    }

    /** Whether the text is tagged somewhere now: the vocabulary untagged places are looked for. */
    public boolean isEntity(int rawId) {
        return taggedCount(rawId) > 0;
    }

    /** Whether every cable's untagged places of this text are recorded. */
    public boolean isScanned(int rawId) {
        return scanned.get(rawId);
    }

    public void markScanned(int rawId) {
        scanned.set(rawId);
    }

    /** Texts that are entities now but whose untagged places were never looked for. */
    public List<Integer> entitiesNotScanned() {
        List<Integer> result = new ArrayList<>();
        for (int raw = 0; raw < raws.size(); raw++) {
            if (!scanned.get(raw) && isEntity(raw)) {
                result.add(raw);
            }
        }
        return result;
    }

    /** Advances with every change of places, so views and caches know when to look again. */
    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- cables

    public int cableCount() {
        return cables;
    }

    public String cableName(int cable) {
        return cable < cables ? names[cable] : null;
    }

    /** The places of one cable as records of {@link #STRIDE} ints (a copy). */
    public int[] records(int cable) {
        if (cable < cables && lazy[cable] != null) {
            return lazy[cable].records(); // decoded for the caller, not kept: a pass over a reopened corpus keeps nothing
        }
        return cable < cables && records[cable] != null ? Arrays.copyOf(records[cable], recordCounts[cable] * STRIDE) : new int[0];
    }

    /**
     * The places of a saved cable, decoded only when asked ({@link #records}) or changed: what lets a reopened
     * index of 250,000 cables answer from its counts without holding every place. Its places must already be in
     * the counts ({@link #addCount}): a saved index holds its totals.
     */
    @FunctionalInterface
    public interface PlaceSource {
        /** The cable's records, {@link #STRIDE} ints each, in a new array. */
        int[] records();

        /**
         * Gives the first place that starts at {@code start} (UTF-16), has label {@code fromId} and a text
         * {@code rawFits} accepts the label {@code toId}, in the saved form itself: returns its text id, or -1
         * when this source cannot (the caller then decodes the cable and relabels the records). Relabelling
         * the saved form keeps a corpus-wide relabel from decoding and keeping thousands of cables' places,
         * whose copying by the collector made a refresh take several times its 20–45 ms.
         */
        default int relabel(int start, int fromId, int toId, java.util.function.IntPredicate rawFits) {
            return -1;
        }
    }

    /** Puts a saved cable in a slot, its places counted already (see {@link PlaceSource}). */
    public void setSavedCable(int cable, String name, int count, PlaceSource places) {
        grow(cable + 1);
        removeCounts(cable);
        names[cable] = name;
        records[cable] = null;
        lazy[cable] = count == 0 ? null : places;
        recordCounts[cable] = count;
        version++;
    }

    /** Adds to the count of one text's places with one label (or {@link #UNTAGGED}): a saved index's totals. */
    public void addCount(int rawId, int labelId, int delta) {
        add(rawId, labelId, delta);
    }

    /** A cable's own records, decoded and kept when it was saved: before they change in place. */
    private int[] own(int cable) {
        if (lazy[cable] != null) {
            records[cable] = lazy[cable].records();
            lazy[cable] = null;
        }
        return records[cable];
    }

    public int placeCount(int cable) {
        return cable < cables ? recordCounts[cable] : 0;
    }

    /** Replaces every place of one cable (a cable read or re-read). */
    public void setCable(int cable, String name, int[] cableRecords, int count) {
        grow(cable + 1);
        removeCounts(cable);
        names[cable] = name;
        records[cable] = count == 0 ? null : Arrays.copyOf(cableRecords, count * STRIDE);
        lazy[cable] = null;
        recordCounts[cable] = count;
        for (int i = 0; i < count * STRIDE; i += STRIDE) {
            add(cableRecords[i + RAW], cableRecords[i + LABEL], 1);
        }
        version++;
    }

    /**
     * Gives the tagged place {@code [start, start + length)} of a cable another label, in place: the fast
     * path of a relabel, which changes no text and no coverage. False when no such place is recorded.
     */
    public boolean relabel(int cable, int start, int end, Label from, Label to) {
        if (cable >= cables) {
            return false;
        }
        Integer fromId = labelIds.get(from);
        if (fromId == null) {
            return false;
        }
        int toId = labelId(to);
        if (lazy[cable] != null) {
            int raw = lazy[cable].relabel(start, fromId, toId, id -> raws.get(id).length() == end - start);
            if (raw >= 0) {
                add(raw, fromId, -1);
                add(raw, toId, 1);
                version++;
                return true;
            }
        }
        if (own(cable) == null) {
            return false;
        }
        int[] recs = records[cable];
        for (int i = 0; i < recordCounts[cable] * STRIDE; i += STRIDE) {
            if (recs[i + START] == start && recs[i + LABEL] == fromId && raws.get(recs[i + RAW]).length() == end - start) {
                add(recs[i + RAW], fromId, -1);
                recs[i + LABEL] = toId;
                add(recs[i + RAW], toId, 1);
                version++;
                return true;
            }
        }
        return false;
    }

    private void removeCounts(int cable) {
        int[] recs = records(cable);
        for (int i = 0; i < recs.length; i += STRIDE) {
            add(recs[i + RAW], recs[i + LABEL], -1);
        }
    }

    private void add(int raw, int label, int delta) {
        int slot = label + 1;
        int[] row = counts[raw];
        if (row == null || slot >= row.length) {
            row = row == null ? new int[Math.max(slot + 1, 5)] : Arrays.copyOf(row, Math.max(slot + 1, row.length * 2));
            counts[raw] = row;
        }
        row[slot] += delta;
    }

    private void grow(int size) {
        if (size > records.length) {
            int capacity = Math.max(size, records.length * 2);
            records = Arrays.copyOf(records, capacity);
            recordCounts = Arrays.copyOf(recordCounts, capacity);
            names = Arrays.copyOf(names, capacity);
            lazy = Arrays.copyOf(lazy, capacity);
        }
        cables = Math.max(cables, size);
    }

    /**
     * The content as one comparable text, every cable's places in text order: what a test compares when an
     * index updated edit by edit must equal one built afresh. Untagged places of texts that are no entity
     * now are left out (they are kept only so the text coming back needs no new scan).
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (int cable = 0; cable < cables; cable++) {
            List<String> lines = new ArrayList<>();
            int[] recs = records(cable);
            for (int i = 0; i < recs.length; i += STRIDE) {
                int raw = recs[i + RAW];
                if (recs[i + LABEL] == UNTAGGED && !isEntity(raw)) {
                    continue;
                }
                lines.add(String.format("%08d %s %s %d %d:%d", recs[i + START], raws.get(raw), label(recs[i + LABEL]),
                        recs[i + START_CP], recs[i + LINE], recs[i + COLUMN]));
            }
            lines.sort(null);
            out.append(cable).append(' ').append(names[cable]).append('\n');
            lines.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }
}
