package cabletag.workspace.consistency;

import cabletag.core.consistency.EntityIndex;

/**
 * One cable's places in a saved index, about a quarter of six 4-byte ints each: per place the text id and
 * label id + 1 as they are, the UTF-16 start, code-point start and line as differences from the place
 * before, the column as it is, each a variable-length number ({@link Varints}).
 */
final class PlaceCodec {

    private static final int STRIDE = EntityIndex.STRIDE; // raw, label, start, start code point, line, column

    private PlaceCodec() {
    }

    static void encode(int[] records, Varints out) {
        int start = 0;
        int startCp = 0;
        int line = 0;
        for (int i = 0; i < records.length; i += STRIDE) {
            out.put(records[i]);
            out.put(records[i + 1] + 1);
            out.putSigned(records[i + 2] - start);
            out.putSigned(records[i + 3] - startCp);
            out.putSigned(records[i + 4] - line);
            out.put(records[i + 5]);
            start = records[i + 2];
            startCp = records[i + 3];
            line = records[i + 4];
        }
    }

    /** The {@code count} places encoded from {@code at}, as records (a damaged file was refused by its check sum). */
    static int[] decode(byte[] bytes, int at, int count) {
        Varints.Reader in = new Varints.Reader(bytes, at, bytes.length);
        int[] records = new int[count * STRIDE];
        int start = 0;
        int startCp = 0;
        int line = 0;
        for (int i = 0; i < records.length; i += STRIDE) {
            records[i] = in.getInt();
            records[i + 1] = in.getInt() - 1;
            start += in.getSigned();
            startCp += in.getSigned();
            line += in.getSigned();
            records[i + 2] = start;
            records[i + 3] = startCp;
            records[i + 4] = line;
            records[i + 5] = in.getInt();
        }
        return records;
    }

    /**
     * Relabels in {@code bytes} the first of the {@code count} places encoded from {@code at} that starts at
     * {@code start} with label {@code fromId} and a text {@code rawFits} accepts; returns that text id, or -1
     * when there is none or either label id needs more than the one byte it can be rewritten in.
     */
    static int relabel(byte[] bytes, int at, int count, int start, int fromId, int toId, java.util.function.IntPredicate rawFits) {
        if (fromId + 1 > 0x7F || toId + 1 > 0x7F || fromId < 0 || toId < 0) {
            return -1;
        }
        Varints.Reader in = new Varints.Reader(bytes, at, bytes.length);
        int placeStart = 0;
        for (int i = 0; i < count; i++) {
            int raw = in.getInt();
            int labelAt = in.position();
            int label = in.getInt() - 1;
            placeStart += in.getSigned();
            in.getSigned();
            in.getSigned();
            in.getInt();
            if (placeStart == start && label == fromId && rawFits.test(raw)) {
                bytes[labelAt] = (byte) (toId + 1); // one byte before and after: the encoding keeps its length
                return raw;
            }
        }
        return -1;
    }
}
