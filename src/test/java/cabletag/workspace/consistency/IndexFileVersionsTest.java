package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.consistency.EntityIndex;
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
 * An index saved in version 1 (six 4-byte ints per place, no counts) or 2 is outdated: reopened, every cable is
 * read again, no problem is named, and the index equals the one built; saved again it is version 3, and the
 * next reopening takes every cable from it.
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
    void versionsOneAndTwoAreBuiltAgainWithoutAProblemAndVersionThreeWrittenInTheirPlace() throws IOException {
        Path seeds = SeedFindingsTest.copySeeds(temp.resolve("seeds"));
        Path file = WorkspaceIndex.location(temp.resolve("home"), List.of(seeds));
        try (Workspace workspace = Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null)) {
            CorpusIndex built = build(workspace, temp.resolve("none.index"));
            int cables = reads.size();
            String described = built.entities().describe();
            var findings = built.findings(Set.of());

            // version 1 and 2 took a cable whose reading lost data as unchanged, its loss unsaid: nothing is taken
            writeVersion1(file, built, workspace);
            assertOutdatedAndBuiltAgain(workspace, file, 1, cables, described, findings);
            byte[] version3 = Files.readAllBytes(file);
            assertThat(ByteBuffer.wrap(version3).getInt(4)).isEqualTo(IndexFile.VERSION).isEqualTo(3);
            Files.write(file, withVersion(version3, 2));
            assertOutdatedAndBuiltAgain(workspace, file, 2, cables, described, findings);

            reads.clear();
            CorpusIndex again = build(workspace, file);
            assertThat(reads).as("every cable taken from the version 3 file").isEmpty();
            assertThat(again.isChanged()).isFalse();
            assertThat(again.entities().describe()).isEqualTo(described);
            assertThat(again.findings(Set.of())).isEqualTo(findings);
        }
    }

    private void assertOutdatedAndBuiltAgain(Workspace workspace, Path file, int version, int cables, String described,
            List<cabletag.core.consistency.Finding> findings) throws IOException {
        assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).getInt(4)).isEqualTo(version);
        reads.clear();
        CorpusIndex reopened = build(workspace, file); // a problem named would fail here
        assertThat(reads).as("every cable read again from a version %d file", version).hasSize(cables);
        assertThat(reopened.isChanged()).isTrue();
        assertThat(reopened.entities().describe()).isEqualTo(described);
        assertThat(reopened.findings(Set.of())).isEqualTo(findings);
        WorkspaceIndex.save(workspace, reopened, file);
    }

    /** The same file with another version number and its check sum made again. */
    private static byte[] withVersion(byte[] bytes, int version) {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).putInt(4, version);
        CRC32 crc = new CRC32();
        crc.update(changed, 0, changed.length - 8);
        ByteBuffer.wrap(changed).putLong(changed.length - 8, crc.getValue());
        return changed;
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
