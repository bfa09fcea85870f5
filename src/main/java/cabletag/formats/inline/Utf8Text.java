package cabletag.formats.inline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding tuned for cables: long ASCII runs with a few accented letters. The JDK's decoder
 * drops to a byte-at-a-time loop for the whole text at the first non-ASCII byte (a quarter of reading
 * time); here ASCII runs are found eight bytes at a time and copied whole.
 */
final class Utf8Text {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Text() {
    }

    /** The text of {@code bytes[from..]}, or null when they are not valid UTF-8. */
    static String decode(byte[] bytes, int from) {
        int firstHigh = nextNonAscii(bytes, from);
        if (firstHigh == bytes.length) {
            return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder(bytes.length - from);
        int i = from;
        int high = firstHigh;
        while (true) {
            if (high > i) {
                text.append(new String(bytes, i, high - i, StandardCharsets.ISO_8859_1));
            }
            if (high == bytes.length) {
                return text.toString();
            }
            int codePoint = codePointAt(bytes, high);
            if (codePoint < 0) {
                return null;
            }
            text.appendCodePoint(codePoint);
            i = high + sequenceLength(codePoint);
            high = nextNonAscii(bytes, i);
        }
    }

    /**
     * The UTF-16 characters of {@code bytes[from..]} in {@code into[0, returned)}, or -1 when the bytes are
     * not valid UTF-8 (then {@code into} holds garbage). {@code into} needs one char per byte at most: no
     * UTF-8 sequence gives more UTF-16 characters than it has bytes. ASCII, most of a cable, is checked and
     * widened in one pass; the parser reads this array directly (no String decoded, then copied out again).
     */
    static int decodeInto(byte[] bytes, int from, char[] into) {
        int n = bytes.length;
        int i = from;
        int j = 0;
        while (i < n) {
            // a run of ASCII is found eight bytes at a time and widened by a plain counted loop, which the
            // compiler turns into vector code: a third of the time of a test and a branch per byte
            int runEnd = nextNonAscii(bytes, i);
            int run = runEnd - i;
            for (int k = 0; k < run; k++) {
                into[j + k] = (char) bytes[i + k];
            }
            j += run;
            i = runEnd;
            if (i == n) {
                break;
            }
            int codePoint = codePointAt(bytes, i);
            if (codePoint < 0) {
                return -1;
            }
            if (codePoint < 0x10000) {
                into[j++] = (char) codePoint;
            } else {
                into[j++] = Character.highSurrogate(codePoint);
                into[j++] = Character.lowSurrogate(codePoint);
            }
            i += sequenceLength(codePoint);
        }
        return j;
    }

    /** The index of the first byte from {@code from} on that is not ASCII; the length when there is none. */
    static int nextNonAscii(byte[] bytes, int from) {
        int i = from;
        while (i + 8 <= bytes.length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
            i += 8;
        }
        while (i < bytes.length && bytes[i] >= 0) {
            i++;
        }
        return i;
    }

    static int sequenceLength(int codePoint) {
        return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /** The code point of the multi-byte sequence at {@code i}, or -1 when it is malformed. */
    static int codePointAt(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + length > bytes.length) {
            return -1;
        }
        int codePoint = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return -1;
        }
        return codePoint;
    }
}
