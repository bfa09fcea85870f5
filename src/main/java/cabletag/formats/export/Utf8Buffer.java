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

    Utf8Buffer putDecimal(long value) {
        return putAscii(Long.toString(value));
    }

    Utf8Buffer putUtf8(String text) {
        return putUtf8(text, 0, text.length());
    }

    /** {@code text[from, to)} as UTF-8, as {@code text.substring(from, to).getBytes(UTF_8)} gives it. */
    Utf8Buffer putUtf8(String text, int from, int to) {
        ensure(to - from);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 0x80) {
                ensure(1);
                bytes[size++] = (byte) c;
                i++;
            } else if (c < 0x800) {
                ensure(2);
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    putCodePoint(Character.toCodePoint(c, text.charAt(i + 1)));
                    i += 2;
                } else {
                    ensure(1);
                    bytes[size++] = '?'; // what String.getBytes writes for a surrogate without its other half
                    i++;
                }
            } else {
                ensure(3);
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
                i++;
            }
        }
        return this;
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
