package cabletag.workspace.consistency;

import cabletag.core.Label;
import cabletag.core.consistency.EntityIndex;
import cabletag.core.consistency.FirstPlaces;
import cabletag.formats.io.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.util.zip.CheckedOutputStream;

/**
 * The saved entity index of one set of inputs: {@code <store root>/consistency/<16 hex digits of the
 * inputs' SHA-256>.index}, binary, versioned, written atomically, ending with a CRC-32 of everything
 * before it. Texts are written once (the index's interned table). Version 2 (written now) holds the count of
 * every text per label, so a reopened index answers its findings without decoding any place, and each
 * cable's places as one block of variable-length numbers (starts and lines as differences), decoded only
 * when the cable's places are asked for ({@link PlaceCodec}), and after them the first place of each text
 * (cables in saved order); version 1 (six 4-byte ints per place, no counts)
 * is still read. A file that is cut short, has another version, or fails its check sum is refused by name
 * ({@link IndexDamagedException}) and the caller rebuilds.
 */
public final class IndexFile {

    static final int MAGIC = 0x43544349; // "CTCI"
    static final int VERSION = 2;
    static final int VERSION_1 = 1;

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

    /** One cable as saved: where it came from, its stamp, how many places it has, and those places (decoded on asking). */
    record SavedCable(int position, String key, String name, CableStamp stamp, int placeCount, EntityIndex.PlaceSource places) { }

    /**
     * What a saved index holds: the text table (ids as saved), which texts were looked for untagged, the labels,
     * the count of places of each text per label ({@code counts[raw][1 + label]}, [0] untagged; the sum over
     * every saved cable), the cables, and the first places of every text, cables in saved order (null in version 1).
     */
    record Saved(List<String> raws, long[] scanned, List<String> labels, int[][] counts, List<SavedCable> cables, FirstPlaces firsts) { }

    static void write(Path target, EntityIndex index, List<CableIdentity> identities, List<CableStamp> stamps) throws IOException {
        AtomicFile.write(target, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc), 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            Varints bytes = new Varints();
            bytes.put(index.rawCount());
            for (int raw = 0; raw < index.rawCount(); raw++) {
                bytes.put(index.raw(raw));
            }
            java.util.BitSet scanned = new java.util.BitSet();
            for (int raw = 0; raw < index.rawCount(); raw++) {
                if (index.isScanned(raw)) {
                    scanned.set(raw);
                }
            }
            long[] bits = scanned.toLongArray();
            bytes.put(bits.length);
            for (long bit : bits) {
                bytes.putLong(bit);
            }
            bytes.put(index.labelCount());
            for (int label = 0; label < index.labelCount(); label++) {
                bytes.put(index.label(label).name());
            }
            for (int raw = 0; raw < index.rawCount(); raw++) {
                int nonZero = 0;
                for (int label = EntityIndex.UNTAGGED; label < index.labelCount(); label++) {
                    nonZero += index.count(raw, label) != 0 ? 1 : 0;
                }
                bytes.put(nonZero);
                for (int label = EntityIndex.UNTAGGED; label < index.labelCount(); label++) {
                    int n = index.count(raw, label);
                    if (n != 0) {
                        bytes.put(label + 1);
                        bytes.put(n);
                    }
                }
            }
            bytes.put(index.cableCount());
            bytes.drainTo(data);
            Varints places = new Varints();
            FirstPlaces firsts = FirstPlaces.none(index.rawCount());
            for (int cable = 0; cable < index.cableCount(); cable++) {
                CableIdentity identity = identities.get(cable);
                bytes.put(identity.key());
                bytes.put(identity.name());
                CableStamp stamp = stamps.get(cable);
                bytes.putLong(stamp.size());
                bytes.putLong(stamp.modified());
                bytes.putLong(stamp.storeSize());
                bytes.putLong(stamp.storeModified());
                int[] records = index.records(cable);
                firsts.offer(cable, cable, records);
                PlaceCodec.encode(records, places);
                bytes.put(records.length / EntityIndex.STRIDE);
                bytes.put(places.size());
                bytes.drainTo(data);
                places.drainTo(data);
            }
            // each text's first tagged and untagged place, cables in this order: what an unchanged reopen prints
            for (int raw = 0; raw < index.rawCount(); raw++) {
                int[] tagged = firsts.place(raw, false);
                int[] untagged = firsts.place(raw, true);
                bytes.put((tagged == null ? 0 : 1) | (untagged == null ? 0 : 2));
                for (int[] place : new int[][] {tagged, untagged}) {
                    if (place != null) {
                        bytes.put(place[0]);
                        bytes.put(place[1] + 1);
                        for (int i = 2; i < place.length; i++) {
                            bytes.put(place[i]);
                        }
                    }
                }
            }
            bytes.drainTo(data);
            data.flush();
            long sum = crc.getValue();
            out.write(ByteBuffer.allocate(8).putLong(sum).array());
        });
    }

    /** Reads a saved index; null when none was saved. */
    static Saved read(Path file) throws IndexDamagedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | OutOfMemoryError e) {
            throw new IndexDamagedException(file, String.valueOf(e.getMessage()));
        }
        if (bytes.length < 16) {
            throw new IndexDamagedException(file, "cut short: " + bytes.length + " bytes");
        }
        ByteBuffer head = ByteBuffer.wrap(bytes);
        if (head.getInt(0) != MAGIC) {
            throw new IndexDamagedException(file, "not a cabletag consistency index");
        }
        int version = head.getInt(4);
        if (version != VERSION && version != VERSION_1) {
            throw new IndexDamagedException(file, "version " + version + ", this cabletag reads versions " + VERSION_1 + " and " + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (head.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IndexDamagedException(file, "its check sum does not match: the file was changed or cut");
        }
        try {
            return version == VERSION ? readVersion2(file, bytes) : readVersion1(file, bytes);
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IndexDamagedException(file, "cut short");
        }
    }

    private static Saved readVersion2(Path file, byte[] bytes) throws IndexDamagedException {
        Varints.Reader in = new Varints.Reader(bytes, 8, bytes.length - 8);
        int rawCount = count(file, in.getInt());
        List<String> raws = new ArrayList<>(rawCount);
        for (int i = 0; i < rawCount; i++) {
            raws.add(in.getString());
        }
        long[] scanned = new long[count(file, in.getInt())];
        for (int i = 0; i < scanned.length; i++) {
            scanned[i] = in.getLong();
        }
        List<String> labels = labels(file, in);
        int[][] counts = new int[rawCount][];
        for (int raw = 0; raw < rawCount; raw++) {
            int nonZero = in.getInt();
            if (nonZero < 0 || nonZero > labels.size() + 1) {
                throw new IndexDamagedException(file, "a text with " + nonZero + " labels");
            }
            int[] row = new int[labels.size() + 1];
            for (int i = 0; i < nonZero; i++) {
                int slot = in.getInt();
                if (slot < 0 || slot > labels.size()) {
                    throw new IndexDamagedException(file, "a count names a label it does not hold");
                }
                row[slot] = in.getInt();
            }
            counts[raw] = row;
        }
        int cableCount = count(file, in.getInt());
        List<SavedCable> cables = new ArrayList<>(cableCount);
        for (int i = 0; i < cableCount; i++) {
            String key = key(file, in.getString());
            String name = in.getString();
            CableStamp stamp = new CableStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
            int placeCount = count(file, in.getInt());
            int length = count(file, in.getInt());
            int at = in.position();
            in.skip(length);
            cables.add(new SavedCable(i, key, name, stamp, placeCount, new SavedPlaces(bytes, at, placeCount)));
        }
        FirstPlaces firsts = FirstPlaces.none(rawCount);
        for (int raw = 0; raw < rawCount; raw++) {
            int present = in.getInt();
            for (int kind = 0; kind < 2; kind++) {
                if ((present & (1 << kind)) != 0) {
                    int[] place = {in.getInt(), in.getInt() - 1, in.getInt(), in.getInt(), in.getInt(), in.getInt()};
                    if (place[0] < 0 || place[0] >= cableCount || place[1] < -1 || place[1] >= labels.size()) {
                        throw new IndexDamagedException(file, "a first place names a cable or label it does not hold");
                    }
                    firsts.put(raw, kind == 1, place);
                }
            }
        }
        if (in.position() != bytes.length - 8) {
            throw new IndexDamagedException(file, "more bytes than it should hold");
        }
        return new Saved(raws, scanned, labels, counts, cables, firsts);
    }

    private static List<String> labels(Path file, Varints.Reader in) throws IndexDamagedException {
        int labelCount = count(file, in.getInt());
        List<String> labels = new ArrayList<>(labelCount);
        for (int i = 0; i < labelCount; i++) {
            String name = in.getString();
            if (!Label.isValidName(name)) {
                throw new IndexDamagedException(file, "a label " + name + " that is no label");
            }
            labels.add(name);
        }
        return labels;
    }

    private static String key(Path file, String key) throws IndexDamagedException {
        if (key.indexOf('#') < 0) {
            throw new IndexDamagedException(file, "a cable without a key");
        }
        return key;
    }

    /** Version 1: big-endian ints and longs, strings as length and UTF-8, places as six ints each, no counts. */
    private static Saved readVersion1(Path file, byte[] bytes) throws IndexDamagedException {
        ByteBuffer data = ByteBuffer.wrap(bytes, 8, bytes.length - 16);
        int rawCount = count(file, data.getInt());
        List<String> raws = new ArrayList<>(rawCount);
        for (int i = 0; i < rawCount; i++) {
            raws.add(readString(file, data));
        }
        long[] scanned = new long[count(file, data.getInt())];
        for (int i = 0; i < scanned.length; i++) {
            scanned[i] = data.getLong();
        }
        int labelCount = count(file, data.getInt());
        List<String> labels = new ArrayList<>(labelCount);
        for (int i = 0; i < labelCount; i++) {
            String name = readString(file, data);
            if (!Label.isValidName(name)) {
                throw new IndexDamagedException(file, "a label " + name + " that is no label");
            }
            labels.add(name);
        }
        int[][] counts = new int[rawCount][labelCount + 1];
        int cableCount = count(file, data.getInt());
        List<SavedCable> cables = new ArrayList<>(cableCount);
        for (int i = 0; i < cableCount; i++) {
            String key = key(file, readString(file, data));
            String name = readString(file, data);
            CableStamp stamp = new CableStamp(data.getLong(), data.getLong(), data.getLong(), data.getLong());
            int ints = count(file, data.getInt());
            if (ints % EntityIndex.STRIDE != 0) {
                throw new IndexDamagedException(file, "a cable's places are not whole records");
            }
            int[] records = new int[ints];
            data.asIntBuffer().get(records);
            data.position(data.position() + ints * 4);
            for (int r = 0; r < ints; r += EntityIndex.STRIDE) {
                if (records[r] < 0 || records[r] >= rawCount || records[r + 1] < -1 || records[r + 1] >= labelCount) {
                    throw new IndexDamagedException(file, "a place names a text or label it does not hold");
                }
                counts[records[r]][records[r + 1] + 1]++;
            }
            cables.add(new SavedCable(i, key, name, stamp, ints / EntityIndex.STRIDE, records::clone));
        }
        if (data.hasRemaining()) {
            throw new IndexDamagedException(file, "more bytes than it should hold");
        }
        return new Saved(raws, scanned, labels, counts, cables, null);
    }

    private static int count(Path file, int count) throws IndexDamagedException {
        if (count < 0 || count > 500_000_000) {
            throw new IndexDamagedException(file, "a count of " + count);
        }
        return count;
    }

    private static String readString(Path file, ByteBuffer data) throws IndexDamagedException {
        int length = data.getInt();
        if (length < 0 || length > 64 << 20) {
            throw new IndexDamagedException(file, "a text of " + length + " bytes");
        }
        String text = new String(data.array(), data.position(), length, StandardCharsets.UTF_8);
        data.position(data.position() + length);
        return text;
    }
}
