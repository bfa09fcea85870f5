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
}
