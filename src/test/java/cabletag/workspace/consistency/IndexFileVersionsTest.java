package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.consistency.EntityIndex;
import cabletag.formats.ReadingRules;
import cabletag.formats.io.AtomicFile;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index says by which rules of reading its places were found: one of other rules, or of versions 1 and 2
 * (written under the first rules, before block markup separated words), or of version 3 (whose places in dataset
 * files counted the document's lines, not the file's), is outdated and built again without a word, every cable
 * read; saved again it is version 4 of these rules, and reopened nothing is read again. A later version is named.
 */
class IndexFileVersionsTest {

    @TempDir
    Path temp;

    private final List<Integer> reads = new ArrayList<>();

    private CorpusIndex build(Workspace workspace, Path file) {
        IntFunction<Document> counted = cable -> {
            reads.add(cable);
            return workspace.document(cable);
        };
        return WorkspaceIndex.build(workspace, counted, file, problem -> {
            throw new AssertionError(problem);
        }, f -> { });
    }

    @Test
    void anIndexOfEarlierRulesIsBuiltAgainSilentlyAndOneOfTheseRulesIsTakenAsSaved() throws IOException {
        Path seeds = SeedFindingsTest.copySeeds(temp.resolve("seeds"));
        Path file = WorkspaceIndex.location(temp.resolve("home"), List.of(seeds));
        try (Workspace workspace = Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null)) {
            CorpusIndex built = build(workspace, temp.resolve("none.index"));
            String described = built.entities().describe();
            var findings = built.findings(Set.of());
            int cables = reads.size();
            WorkspaceIndex.save(workspace, built, file);
            byte[] current = Files.readAllBytes(file);
            assertThat(ByteBuffer.wrap(current).getInt(4)).isEqualTo(IndexFile.VERSION);
            assertThat(ByteBuffer.wrap(current).getInt(8)).isEqualTo(ReadingRules.GENERATION);

            reads.clear();
            CorpusIndex reopened = build(workspace, file);
            assertThat(reads).as("every cable taken from the index of these rules").isEmpty();
            assertThat(reopened.isChanged()).isFalse();

            writeVersion1(file, built, workspace);
            byte[] version2 = withCheckSum(withoutGeneration(current, 2));
            byte[] otherRules = current.clone();
            ByteBuffer.wrap(otherRules).putInt(8, ReadingRules.GENERATION - 1);
            otherRules = withCheckSum(otherRules);
            byte[] version3 = current.clone();
            ByteBuffer.wrap(version3).putInt(4, 3);
            version3 = withCheckSum(version3);
            for (byte[] outdated : List.of(Files.readAllBytes(file), version2, version3, otherRules)) {
                Files.write(file, outdated);
                reads.clear();
                CorpusIndex again = build(workspace, file);
                assertThat(reads).as("every cable read again").hasSize(cables);
                assertThat(again.isChanged()).isTrue();
                assertThat(again.entities().describe()).isEqualTo(described);
                assertThat(again.findings(Set.of())).isEqualTo(findings);
                WorkspaceIndex.save(workspace, again, file);
                assertThat(Files.readAllBytes(file)).isEqualTo(current);
            }
        }
    }

    @Test
    void aLaterVersionIsNamedAndBuiltAgain() throws IOException {
        Path seeds = SeedFindingsTest.copySeeds(temp.resolve("seeds"));
        Path file = WorkspaceIndex.location(temp.resolve("home"), List.of(seeds));
        try (Workspace workspace = Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null)) {
            WorkspaceIndex.save(workspace, build(workspace, temp.resolve("none.index")), file);
            byte[] later = Files.readAllBytes(file);
            ByteBuffer.wrap(later).putInt(4, IndexFile.VERSION + 1);
            Files.write(file, withCheckSum(later));
            List<String> problems = new ArrayList<>();
            WorkspaceIndex.build(workspace, workspace::document, file, problems::add, f -> { });
            assertThat(problems).containsExactly(file + ": the saved consistency index cannot be read (version "
                    + (IndexFile.VERSION + 1) + ", this cabletag reads versions 1 to " + IndexFile.VERSION + "); it is built again");
        }
    }

    /** The file of version 4 as version {@code version} wrote it: the same, without the generation after the version. */
    private static byte[] withoutGeneration(byte[] current, int version) {
        byte[] older = new byte[current.length - 4];
        System.arraycopy(current, 0, older, 0, 8);
        System.arraycopy(current, 12, older, 8, current.length - 12);
        ByteBuffer.wrap(older).putInt(4, version);
        return older;
    }

    /** The bytes with their last eight made the CRC-32 of the others again. */
    private static byte[] withCheckSum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
        return bytes;
    }

    /** The version 1 writer as it was: big-endian ints, each place six ints. */
    private static void writeVersion1(Path target, CorpusIndex built, Workspace workspace) throws IOException {
        EntityIndex index = built.entities();
        AtomicFile.write(target, out -> {
            CRC32 crc = new CRC32();
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(out, crc)));
            data.writeInt(IndexFile.MAGIC);
            data.writeInt(1);
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
            for (int cable = 0; cable < index.cableCount(); cable++) {
                String key = built.key(cable);
                writeString(data, key);
                writeString(data, index.cableName(cable));
                CableStamp stamp = CableStamp.of(Path.of(CableIdentity.fileOf(key)), workspace.storedFileOf(key));
                data.writeLong(stamp.size());
                data.writeLong(stamp.modified());
                data.writeLong(stamp.storeSize());
                data.writeLong(stamp.storeModified());
                int[] records = index.records(cable);
                data.writeInt(records.length);
                for (int value : records) {
                    data.writeInt(value);
                }
            }
            data.flush();
            out.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
        });
    }

    private static void writeString(DataOutputStream data, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }
}
