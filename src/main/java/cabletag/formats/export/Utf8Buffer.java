package cabletag.formats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array that text is encoded into as UTF-8, exactly as {@link String#getBytes} with
 * UTF-8 encodes it (a lone surrogate becomes {@code ?}). One document's output is built here once and
 * written at once: building it through a {@code StringBuilder} and a {@code String} first copied each
 * cable's text three times.
 */
final class Utf8Buffer {

    private byte[] bytes;
    private int size;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** Room for {@code more} bytes. */
    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }

    Utf8Buffer put(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    /** A character below U+0080. */
    Utf8Buffer putAscii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Text known to be ASCII (field names, tags, fixed words). */
    Utf8Buffer putAscii(String ascii) {
        int n = ascii.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** The decimal digits of a value, written in place (no String made for it). */
    Utf8Buffer putDecimal(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return putAscii(Long.toString(value));
            }
            putAscii('-');
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        for (int at = size + digits - 1; at >= size; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    Utf8Buffer putUtf8(String text) {
        return putUtf8(text, 0, text.length());
    }

    /** {@code text[from, to)} as UTF-8, as {@code text.substring(from, to).getBytes(UTF_8)} gives it. */
    Utf8Buffer putUtf8(String text, int from, int to) {
        ensure(to - from);
        byte[] out = bytes;
        int at = size;
        int i = from;
        // ASCII, nearly all of it, without a check for room per character
        while (i < to) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                break;
            }
            out[at++] = (byte) c;
            i++;
        }
        size = at;
        while (i < to) {
            char c = text.charAt(i);
            char next = i + 1 < to ? text.charAt(i + 1) : 0;
            i += putChar(c, next);
        }
        return this;
    }

    /** {@code chars[from, to)} as UTF-8, as {@code new String(chars, from, to - from).getBytes(UTF_8)} gives it. */
    Utf8Buffer putUtf8(char[] chars, int from, int to) {
        int i = putAsciiWhile(chars, from, to, NOTHING_STOPS);
        while (i < to) {
            i += putChar(chars[i], i + 1 < to ? chars[i + 1] : 0);
            i = putAsciiWhile(chars, i, to, NOTHING_STOPS);
        }
        return this;
    }

    private static final boolean[] NOTHING_STOPS = new boolean[128];

    /**
     * Copies {@code chars[from, to)} as long as each is ASCII and not marked in {@code stop} (128 entries);
     * returns the index of the first character not copied ({@code to} when all were).
     */
    int putAsciiWhile(char[] chars, int from, int to, boolean[] stop) {
        ensure(to - from);
        byte[] out = bytes;
        int at = size;
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (c >= 0x80 || stop[c]) {
                break;
            }
            out[at++] = (byte) c;
            i++;
        }
        size = at;
        return i;
    }

    /**
     * One character that may be anything, {@code next} the one after it (0 at the end); returns how many
     * were written: 2 for a surrogate pair, else 1 (a surrogate without its other half becomes {@code ?},
     * as String.getBytes writes it).
     */
    private int putChar(char c, char next) {
        if (c < 0x80) {
            put((byte) c);
            return 1;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                putCodePoint(Character.toCodePoint(c, next));
                return 2;
            }
            put((byte) '?');
            return 1;
        }
        putCodePoint(c);
        return 1;
    }

    /** Two bytes for U+0080..U+07FF, three up to U+FFFF (surrogates excluded), four above. */
    void putCodePoint(int codePoint) {
        ensure(4);
        if (codePoint < 0x80) {
            bytes[size++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            bytes[size++] = (byte) (0xC0 | (codePoint >> 6));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else if (codePoint < 0x10000) {
            bytes[size++] = (byte) (0xE0 | (codePoint >> 12));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
            bytes[size++] = (byte) (0xF0 | (codePoint >> 18));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (codePoint & 0x3F));
        }
    }
}
