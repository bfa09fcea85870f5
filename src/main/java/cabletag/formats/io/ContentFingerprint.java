package cabletag.formats.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a file held when cabletag wrote it, to tell later whether anyone changed it: its size and two
 * check sums of its bytes, CRC-32C and CRC-32 (64 bits together), taken as the bytes are written and, to
 * check, by reading the file again. Check sums rather than a cryptographic hash because they run at the
 * speed of the disk (about 10 GB/s here, SHA-256 about 0.6 GB/s): the check reads the whole earlier
 * output before an export replaces it, and a 2 GB export must not wait seconds for that. They tell an
 * edit, an appended line or another file copied over it; a change that keeps the size and both sums is
 * no realistic accident.
 */
public record ContentFingerprint(long size, int crc32c, int crc32) {

    private static final int BUFFER = 1 << 18;

    /** The fingerprint of bytes about to be written. */
    public static ContentFingerprint of(byte[] bytes) {
        Tally tally = new Tally();
        tally.add(bytes, 0, bytes.length);
        return tally.result();
    }

    /** The fingerprint of what a file holds now (links are followed; callers check for them first). */
    public static ContentFingerprint of(Path file) throws IOException {
        Tally tally = new Tally();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            // sized to the file: a folder export checks thousands of small files, each with a buffer of its own
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(BUFFER, channel.size() + 1)));
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                tally.add(buffer.array(), 0, buffer.limit());
                buffer.clear();
            }
        }
        return tally.result();
    }

    /** Sums bytes as they pass, for a file written piece by piece. Not thread-safe. */
    static final class Tally {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long size;

        void add(byte[] bytes, int offset, int length) {
            crc32c.update(bytes, offset, length);
            crc32.update(bytes, offset, length);
            size += length;
        }

        ContentFingerprint result() {
            return new ContentFingerprint(size, (int) crc32c.getValue(), (int) crc32.getValue());
        }
    }
}
