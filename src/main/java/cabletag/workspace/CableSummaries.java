package cabletag.workspace;

import cabletag.formats.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * What reading each cable of a corpus found (entity and problem counts, as read from the file), kept
 * beside the store so that opening the same 250,000-cable folder again fills the list without parsing
 * every cable: an entry counts only while its file has the same size and modification time. One file per
 * set of inputs under {@code <store root>/summaries/}, versioned, with a checksum, written atomically. A
 * damaged file is named as a problem and built again; it never stops a corpus from opening.
 */
final class CableSummaries {

    static final String FOLDER = "summaries";
    private static final int MAGIC = 0x43545355; // "CTSU"
    static final int VERSION = 1;

    /** One cable as read: its file's size and modification time (milliseconds), and its counts. */
    record Summary(long size, long modified, int entities, int diagnostics) { }

    private final Path file;
    private final Map<String, Summary> known;
    private final Map<String, Summary> fresh = new ConcurrentHashMap<>();

    private CableSummaries(Path file, Map<String, Summary> known) {
        this.file = file;
        this.known = known;
    }

    /** The summaries kept for these inputs (none when there is no file yet); a damaged file becomes a problem. */
    static CableSummaries open(StoreLocation store, List<Path> inputs, Problems problems) {
        Path file = store.root().resolve(FOLDER)
                .resolve(Hashes.sha256Hex(String.join("\n", StoreLocation.canonicalInputs(inputs))).substring(0, 32) + ".bin");
        return open(file, problems);
    }

    static CableSummaries open(Path file, Problems problems) {
        try {
            return new CableSummaries(file, read(file));
        } catch (NoSuchFileException e) {
            return new CableSummaries(file, new ConcurrentHashMap<>());
        } catch (IOException e) {
            problems.add(file + ": the kept cable summaries are damaged (" + e.getMessage()
                    + "); every cable is read again and the file is written anew.");
            return new CableSummaries(file, new ConcurrentHashMap<>());
        }
    }

    Path file() {
        return file;
    }

    /** The kept summary of the file at {@code path}, if its size and modification time are still these. */
    Summary find(String path, long size, long modified) {
        Summary summary = known.get(path);
        return summary != null && summary.size() == size && summary.modified() == modified ? summary : null;
    }

    /** Keeps what this session found (or confirmed) for the next opening. */
    void put(String path, Summary summary) {
        fresh.put(path, summary);
    }

    int size() {
        return fresh.size();
    }

    /** Writes this session's summaries, replacing the file as a whole. */
    void write() throws IOException {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + fresh.size() * 64);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(fresh.size());
            for (Map.Entry<String, Summary> each : fresh.entrySet()) {
                Summary summary = each.getValue();
                out.writeUTF(each.getKey());
                out.writeLong(summary.size());
                out.writeLong(summary.modified());
                out.writeInt(summary.entities());
                out.writeInt(summary.diagnostics());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        DataOutputStream tail = new DataOutputStream(bytes);
        tail.writeLong(crc.getValue());
        tail.flush();
        AtomicFile.write(file, bytes.toByteArray());
    }

    private static Map<String, Summary> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 20) {
            throw new IOException("only " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new IOException("checksum does not match");
        }
        try (InputStream raw = new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a cabletag summaries file");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("version " + version + ", this cabletag reads version " + VERSION);
            }
            int count = in.readInt();
            if (count < 0) {
                throw new IOException("a negative count");
            }
            Map<String, Summary> known = new ConcurrentHashMap<>(Math.min(count, 1 << 20) * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                known.put(path, new Summary(in.readLong(), in.readLong(), in.readInt(), in.readInt()));
            }
            return known;
        } catch (EOFException e) {
            throw new IOException("it ends too early");
        }
    }
}
