package cabletag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * What a class-data archive held when it was made: its size and CRC-32C, written beside it
 * ({@code cabletag-….jsa.crc}) before it gets its name. Java 17 checks an archive's header, not that the
 * file is whole: one cut short (a power loss before the data reached the disk) or with bytes changed crashes
 * the JVM that maps it, and one whose header is garbage is ignored in silence on every start. Checking the
 * archive against its seal before it is given to the JVM costs a read of it (about 33 MB: 10 to 25 ms, which
 * also brings its pages into the cache the JVM then maps them from) and spares a start that fails.
 */
record ArchiveSeal(long size, long crc) {

    private static final String HEADER = "cabletag class-data archive seal, version 1";

    /** The seal of the file as it is now. */
    static ArchiveSeal of(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            int read;
            while ((read = channel.read(buffer)) >= 0) {
                size += read;
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return new ArchiveSeal(size, crc.getValue());
    }

    /** The seal written in {@code file}; empty when there is none or it is not one (then nothing vouches for the archive). */
    static Optional<ArchiveSeal> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
        if (lines.size() != 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("size ")
                || !lines.get(2).startsWith("crc32c ")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ArchiveSeal(Long.parseLong(lines.get(1).substring(5)),
                    Long.parseLong(lines.get(2).substring(7), 16)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the seal into {@code file} whole or not at all (a temporary file forced to disk, then renamed). */
    void writeTo(Path file) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] text = (HEADER + "\nsize " + size + "\ncrc32c " + Long.toHexString(crc) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** How {@code now} differs from this seal, in a few words; empty when it is the file sealed. */
    Optional<String> differenceFrom(ArchiveSeal now) {
        if (now.size < size) {
            return Optional.of("cut short: " + now.size + " of its " + size + " bytes");
        }
        if (now.size > size) {
            return Optional.of("longer than made: " + now.size + " bytes instead of " + size);
        }
        if (now.crc != crc) {
            return Optional.of("its bytes changed since it was made: check sum " + Long.toHexString(now.crc)
                    + " instead of " + Long.toHexString(crc));
        }
        return Optional.empty();
    }
}
