package cabletag.workspace.consistency;

import cabletag.core.Label;
import cabletag.core.consistency.EntityIndex;
import cabletag.core.consistency.FirstPlaces;
import cabletag.formats.ReadingRules;
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
 * before it. Texts are written once (the index's interned table). Version 4 (written now) says by which rules
 * of reading ({@link ReadingRules#GENERATION}) its places were found, and holds the count of every text per
 * label, so a reopened index answers its findings without decoding any place, and each cable's format and its
 * places as one block of variable-length numbers (starts and lines as differences), decoded only when the
 * cable's places are asked for ({@link PlaceCodec}), and after them the first place of each text (cables in
 * saved order). An index of other rules, or of versions 1 to 3 (whose places in dataset files counted lines of
 * the document's text, not of the file), is outdated and built again without a word. A cable whose reading lost annotation data is saved with a stamp no file has, so it is
 * read (and its loss named) on every run; versions 1 and 2 took such cables as unchanged.
 * A file that is cut short, has a later version, or fails its check sum is refused by name
 * ({@link IndexDamagedException}) and the caller rebuilds.
 */
public final class IndexFile {

    static final int MAGIC = 0x43544349; // "CTCI"
    static final int VERSION = 4;
    /** Where the body starts: after the magic number, the version and the rules of reading the places were found by. */
    private static final int BODY = 12;

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
    record SavedCable(int position, String key, String name, cabletag.core.SourceFormat format, CableStamp stamp, int placeCount,
                      EntityIndex.PlaceSource places) { }

    /**
     * What a saved index holds: the text table (ids as saved), which texts were looked for untagged, the labels,
     * the count of places of each text per label ({@code counts[raw][1 + label]}, [0] untagged; the sum over
     * every saved cable), the cables, and the first places of every text, cables in saved order.
     */
    record Saved(List<String> raws, long[] scanned, List<String> labels, int[][] counts, List<SavedCable> cables, FirstPlaces firsts) { }

    static void write(Path target, EntityIndex index, List<CableIdentity> identities, List<CableStamp> stamps) throws IOException {
        AtomicFile.write(target, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc), 1 << 16));
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeInt(ReadingRules.GENERATION);
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
                bytes.put(identity.format() == null ? "" : identity.format().name());
                CableStamp stamp = stamps.get(cable);
                bytes.putLong(stamp.size());
                bytes.putLong(stamp.modified());
                bytes.putLong(stamp.storeSize());
                bytes.putLong(stamp.storeModified());
                bytes.putLong(stamp.identity());
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

    /**
     * Reads a saved index; null when none was saved, or when what was saved is outdated: its places were found by
     * other rules of reading ({@link ReadingRules#GENERATION}; versions 1 and 2 say none, and were written under
     * the first), so a cable's offsets, lines and columns may no longer be where its text is (ADR 0014). An
     * outdated index is built again, as none was saved, without a word: it is no damage.
     */
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
        if (version < 1 || version > VERSION) {
            throw new IndexDamagedException(file, "version " + version + ", this cabletag reads versions 1 to " + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (head.getLong(bytes.length - 8) != crc.getValue()) {
            throw new IndexDamagedException(file, "its check sum does not match: the file was changed or cut");
        }
        if (version < VERSION || bytes.length < BODY + 8 || head.getInt(8) != ReadingRules.GENERATION) {
            return null;
        }
        try {
            return readBody(file, bytes);
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new IndexDamagedException(file, "cut short");
        }
    }

    private static Saved readBody(Path file, byte[] bytes) throws IndexDamagedException {
        Varints.Reader in = new Varints.Reader(bytes, BODY, bytes.length - 8); // up to the check sum
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
            cabletag.core.SourceFormat format = format(file, in.getString());
            CableStamp stamp = new CableStamp(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong());
            int placeCount = count(file, in.getInt());
            int length = count(file, in.getInt());
            int at = in.position();
            in.skip(length);
            cables.add(new SavedCable(i, key, name, format, stamp, placeCount, new SavedPlaces(bytes, at, placeCount)));
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

    private static cabletag.core.SourceFormat format(Path file, String name) throws IndexDamagedException {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return cabletag.core.SourceFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IndexDamagedException(file, "a cable of a format " + name + " that is none");
        }
    }

    private static int count(Path file, int count) throws IndexDamagedException {
        if (count < 0 || count > 500_000_000) {
            throw new IndexDamagedException(file, "a count of " + count);
        }
        return count;
    }

}
