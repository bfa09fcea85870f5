package cabletag.workspace.consistency;

import cabletag.core.Label;
import cabletag.core.consistency.EntityIndex;
import cabletag.formats.io.AtomicFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The saved entity index of one set of inputs: {@code <store root>/consistency/<16 hex digits of the
 * inputs' SHA-256>.index}, binary, versioned, written atomically, ending with a CRC-32 of everything
 * before it. Texts are written once (the index's interned table); each cable's places as one block of
 * ints. A file that is cut short, has another version, or fails its check sum is refused by name
 * ({@link IndexDamagedException}) and the caller rebuilds.
 */
public final class IndexFile {

    static final int MAGIC = 0x43544349; // "CTCI"
    static final int VERSION = 1;

    private IndexFile() {
    }

    /** Where the index of these inputs is saved under a store root. */
    public static Path location(Path storeRoot, List<String> canonicalInputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String input : canonicalInputs) {
                sha.update(input.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return storeRoot.resolve("consistency").resolve(HexFormat.of().formatHex(sha.digest()).substring(0, 16) + ".index");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One cable as saved: where it came from, its stamp, and its places. */
    record SavedCable(String key, String name, CableStamp stamp, int[] records) { }

    /** What a saved index holds: the text table (ids as saved), which texts were looked for untagged, the cables. */
    record Saved(List<String> raws, long[] scanned, List<String> labels, List<SavedCable> cables) { }

    static void write(Path target, EntityIndex index, List<CableIdentity> identities, List<CableStamp> stamps) throws IOException {
        AtomicFile.write(target, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc), 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(index.rawCount());
            for (int raw = 0; raw < index.rawCount(); raw++) {
                writeString(data, index.raw(raw));
            }
            java.util.BitSet scanned = new java.util.BitSet();
            for (int raw = 0; raw < index.rawCount(); raw++) {
                if (index.isScanned(raw)) {
                    scanned.set(raw);
                }
            }
            long[] bits = scanned.toLongArray();
            data.writeInt(bits.length);
            for (long bit : bits) {
                data.writeLong(bit);
            }
            data.writeInt(index.labelCount());
            for (int label = 0; label < index.labelCount(); label++) {
                writeString(data, index.label(label).name());
            }
            data.writeInt(index.cableCount());
            byte[] buffer = new byte[0];
            for (int cable = 0; cable < index.cableCount(); cable++) {
                CableIdentity identity = identities.get(cable);
                writeString(data, identity.key());
                writeString(data, identity.name());
                CableStamp stamp = stamps.get(cable);
                data.writeLong(stamp.size());
                data.writeLong(stamp.modified());
                data.writeLong(stamp.storeSize());
                data.writeLong(stamp.storeModified());
                int[] records = index.records(cable);
                data.writeInt(records.length);
                if (buffer.length < records.length * 4) {
                    buffer = new byte[records.length * 4];
                }
                ByteBuffer.wrap(buffer).asIntBuffer().put(records);
                data.write(buffer, 0, records.length * 4);
            }
            data.flush();
            long sum = crc.getValue();
            out.write(ByteBuffer.allocate(8).putLong(sum).array());
        });
    }

    /** Reads a saved index; null when none was saved. */
    static Saved read(Path file) throws IndexDamagedException {
        try (InputStream raw = Files.newInputStream(file)) {
            long length = Files.size(file);
            if (length < 16) {
                throw new IndexDamagedException(file, "cut short: " + length + " bytes");
            }
            CRC32 crc = new CRC32();
            // everything but the last 8 bytes goes through the check sum
            InputStream body = new java.io.FilterInputStream(raw) {
                long left = length - 8;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int b = super.read();
                    if (b >= 0) {
                        left--;
                    }
                    return b;
                }

                @Override
                public int read(byte[] bytes, int offset, int count) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = super.read(bytes, offset, (int) Math.min(count, left));
                    if (n > 0) {
                        left -= n;
                    }
                    return n;
                }
            };
            DataInputStream data = new DataInputStream(new BufferedInputStream(new CheckedInputStream(body, crc), 1 << 16));
            if (data.readInt() != MAGIC) {
                throw new IndexDamagedException(file, "not a cabletag consistency index");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new IndexDamagedException(file, "version " + version + ", this cabletag reads version " + VERSION);
            }
            int rawCount = count(file, data.readInt());
            List<String> raws = new ArrayList<>(rawCount);
            for (int i = 0; i < rawCount; i++) {
                raws.add(readString(file, data));
            }
            long[] scanned = new long[count(file, data.readInt())];
            for (int i = 0; i < scanned.length; i++) {
                scanned[i] = data.readLong();
            }
            int labelCount = count(file, data.readInt());
            List<String> labels = new ArrayList<>(labelCount);
            for (int i = 0; i < labelCount; i++) {
                String name = readString(file, data);
                if (!Label.isValidName(name)) {
                    throw new IndexDamagedException(file, "a label " + name + " that is no label");
                }
                labels.add(name);
            }
            int cableCount = count(file, data.readInt());
            List<SavedCable> cables = new ArrayList<>(cableCount);
            byte[] buffer = new byte[0];
            for (int i = 0; i < cableCount; i++) {
                String key = readString(file, data);
                if (key.indexOf('#') < 0) {
                    throw new IndexDamagedException(file, "a cable without a key");
                }
                String name = readString(file, data);
                CableStamp stamp = new CableStamp(data.readLong(), data.readLong(), data.readLong(), data.readLong());
                int ints = count(file, data.readInt());
                if (ints % 6 != 0) {
                    throw new IndexDamagedException(file, "a cable's places are not whole records");
                }
                if (buffer.length < ints * 4) {
                    buffer = new byte[ints * 4];
                }
                data.readFully(buffer, 0, ints * 4);
                int[] records = new int[ints];
                ByteBuffer.wrap(buffer, 0, ints * 4).asIntBuffer().get(records);
                for (int r = 0; r < ints; r += 6) {
                    if (records[r] < 0 || records[r] >= rawCount || records[r + 1] < -1 || records[r + 1] >= labelCount) {
                        throw new IndexDamagedException(file, "a place names a text or label it does not hold");
                    }
                }
                cables.add(new SavedCable(key, name, stamp, records));
            }
            if (data.read() != -1) {
                throw new IndexDamagedException(file, "more bytes than it should hold");
            }
            long expected = crc.getValue();
            byte[] tail = raw.readNBytes(8);
            if (tail.length != 8 || ByteBuffer.wrap(tail).getLong() != expected) {
                throw new IndexDamagedException(file, "its check sum does not match: the file was changed or cut");
            }
            return new Saved(raws, scanned, labels, cables);
        } catch (NoSuchFileException e) {
            return null;
        } catch (EOFException e) {
            throw new IndexDamagedException(file, "cut short");
        } catch (IOException e) {
            throw new IndexDamagedException(file, String.valueOf(e.getMessage()));
        }
    }

    private static int count(Path file, int count) throws IndexDamagedException {
        if (count < 0 || count > 500_000_000) {
            throw new IndexDamagedException(file, "a count of " + count);
        }
        return count;
    }

    private static void writeString(DataOutputStream data, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    private static String readString(Path file, DataInputStream data) throws IOException, IndexDamagedException {
        int length = data.readInt();
        if (length < 0 || length > 64 << 20) {
            throw new IndexDamagedException(file, "a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
