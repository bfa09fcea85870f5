package cabletag.workspace.consistency;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes of a saved index as variable-length numbers: seven bits a byte, low first, the high bit saying more
 * follow (an int as its 32 bits unsigned, a long zig-zagged so small negatives stay short); a text as its
 * UTF-8 length and bytes. Written into a growable buffer, read back by {@link Reader} from one array.
 */
final class Varints {

    private byte[] bytes = new byte[1 << 12];
    private int size;

    void put(int value) {
        long left = value & 0xFFFFFFFFL;
        ensure(5);
        while (left >= 0x80) {
            bytes[size++] = (byte) (left | 0x80);
            left >>>= 7;
        }
        bytes[size++] = (byte) left;
    }

    void putLong(long value) {
        long left = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((left & ~0x7FL) != 0) {
            bytes[size++] = (byte) (left | 0x80);
            left >>>= 7;
        }
        bytes[size++] = (byte) left;
    }

    /** A signed int, zig-zagged (differences between places). */
    void putSigned(int value) {
        put((value << 1) ^ (value >> 31));
    }

    void put(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        put(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    int size() {
        return size;
    }

    /** What was put, as an array of its own (the buffer is kept). */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Writes what was put and empties the buffer. */
    void drainTo(DataOutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }

    /** Reads numbers and texts from {@code bytes[from, to)}; reading past the end throws IndexOutOfBoundsException. */
    static final class Reader {

        private final byte[] bytes;
        private final int end;
        private int at;

        Reader(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.at = from;
            this.end = to;
        }

        int getInt() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = next();
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
                if (shift >= 28) {
                    throw new IndexOutOfBoundsException("a number longer than an int");
                }
            }
        }

        int getSigned() {
            int zigzag = getInt();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        long getLong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = next();
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return (value >>> 1) ^ -(value & 1);
                }
                if (shift >= 63) {
                    throw new IndexOutOfBoundsException("a number longer than a long");
                }
            }
        }

        String getString() {
            int length = getInt();
            if (length < 0 || length > end - at) {
                throw new IndexOutOfBoundsException("a text of " + length + " bytes");
            }
            String text = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return text;
        }

        void skip(int count) {
            if (count > end - at) {
                throw new IndexOutOfBoundsException("cut short");
            }
            at += count;
        }

        int position() {
            return at;
        }

        private byte next() {
            if (at >= end) {
                throw new IndexOutOfBoundsException("cut short");
            }
            return bytes[at++];
        }
    }
}
