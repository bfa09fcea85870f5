package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's files in a replaced export folder survive a crash at every step of the commit: before the
 * journal the old folder is whole (their files where they were), after it, once recovered, the new folder
 * holds them (an added file at its place, a changed export file as {@code NAME.~1~}). Never neither.
 */
class ReplacedFolderCrashTest {

    @TempDir
    Path temp;

    /** The old export folder: two outputs as cabletag wrote them, one changed since, and a file of the user's. */
    private static void writeOld(Path brat) throws IOException {
        OutputSets.write(brat, Map.of("annotation.conf", "# Written by cabletag old\n", "a.txt", "cable a\n",
                "a.ann", "T1\tPER 0 5\told\n"));
        for (String name : List.of("annotation.conf", "a.txt", "a.ann")) {
            Path file = brat.resolve(name);
            ExportMark.mark(file, name, ContentFingerprint.of(file));
        }
        Files.writeString(brat.resolve("a.ann"), "T2\tPER 6 9\tby hand\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(Files.createDirectories(brat.resolve("mine")).resolve("NOTES.md"), "my notes\n");
    }

    private static final Map<String, String> NEW = Map.of("annotation.conf", "# Written by cabletag new\n",
            "a.txt", "cable a\n", "a.ann", "T1\tPER 0 5\tnew\n");

    private static OutputSet.Check keepingTheUsersFiles(Path folder, OutputSet set) {
        return () -> ReplacedFolder.keepUsersFiles(folder.resolve("brat"), set.staged("brat"));
    }

    @Test
    void aCrashAtAnyStepLeavesTheUsersFilesInTheOldFolderOrInTheNewOne() throws IOException {
        List<String> points = new ArrayList<>();
        Path dry = temp.resolve("dry-run");
        writeOld(dry.resolve("brat"));
        try (OutputSet set = OutputSet.begin(dry, points::add)) {
            OutputSets.stage(set, NEW, "brat");
            set.commit(List.of("brat"), keepingTheUsersFiles(dry, set));
        }
        int decided = points.indexOf("journal written");
        assertThat(decided).isPositive();

        for (int k = 0; k < points.size(); k++) {
            Path folder = temp.resolve("crash-" + k);
            writeOld(folder.resolve("brat"));
            Map<String, String> old = OutputSets.read(folder.resolve("brat"), null);
            int crashAt = k;
            int[] reached = {0};
            OutputSet set = OutputSet.begin(folder, point -> {
                if (reached[0]++ == crashAt) {
                    throw new OutputSetCrashTest.SimulatedCrash(point);
                }
            });
            OutputSets.stage(set, NEW, "brat");
            assertThatThrownBy(() -> set.commit(List.of("brat"), keepingTheUsersFiles(folder, set)))
                    .isInstanceOf(OutputSetCrashTest.SimulatedCrash.class);
            set.abandon();

            OutputSet.recover(folder);

            Map<String, String> expected = new TreeMap<>(NEW);
            expected.put("a.ann.~1~", old.get("a.ann"));
            expected.put("mine/NOTES.md", "my notes\n");
            assertThat(OutputSets.read(folder.resolve("brat"), null)).as("crash at " + points.get(k))
                    .isEqualTo(k < decided ? old : expected);
            assertThat(OutputSets.leftovers(folder)).as("crash at " + points.get(k)).isEmpty();
        }
    }

    /**
     * Killed once its journal is written, the export leaves the old folder in view, and the user goes on
     * working in it: annotates, adds a file, makes a folder. The export that completes the commit keeps all of
     * it in the new folder, and what it kept before the crash (linked: changed in place, it is the same file)
     * only once.
     */
    @Test
    void whatTheUserDoesInTheOldFolderAfterACrashComesIntoTheNewFolderWhenItIsCompleted() throws IOException {
        Path folder = temp.resolve("out");
        Path brat = folder.resolve("brat");
        writeOld(brat);
        String annotated = Files.readString(brat.resolve("a.ann"));
        OutputSet set = OutputSet.begin(folder, point -> {
            if (point.equals("journal written")) {
                throw new OutputSetCrashTest.SimulatedCrash(point);
            }
        });
        OutputSets.stage(set, NEW, "brat");
        assertThatThrownBy(() -> set.commit(List.of("brat"), keepingTheUsersFiles(folder, set)))
                .isInstanceOf(OutputSetCrashTest.SimulatedCrash.class);
        set.abandon();
        java.nio.file.OpenOption append = java.nio.file.StandardOpenOption.APPEND;
        Files.writeString(brat.resolve("a.txt"), "edited after the crash\n", append);
        Files.writeString(brat.resolve("a.ann"), "T3\tLOC 0 1\tafter the crash\n", append);
        Files.writeString(brat.resolve("mine/NOTES.md"), "more notes\n", append);
        Files.writeString(brat.resolve("AFTER.md"), "written after the crash\n");
        Files.createDirectories(brat.resolve("todo/empty"));

        List<String> notes = OutputSet.recover(folder);

        Map<String, String> expected = new TreeMap<>(NEW);
        expected.put("a.ann.~1~", annotated + "T3\tLOC 0 1\tafter the crash\n");
        expected.put("a.txt.~1~", "cable a\nedited after the crash\n");
        expected.put("mine/NOTES.md", "my notes\nmore notes\n");
        expected.put("AFTER.md", "written after the crash\n");
        assertThat(OutputSets.read(brat, null)).isEqualTo(expected);
        assertThat(brat.resolve("todo/empty")).isEmptyDirectory();
        assertThat(notes).containsExactly("completed an interrupted export in " + folder + ": brat now holds its new output;"
                        + " what was written there since it was interrupted is kept first, as the next note says",
                brat.resolve("a.txt") + " was changed since cabletag wrote it; the old file is kept as a.txt.~1~");
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @Test
    void aCommitRefusedAfterTheUsersFilesWereLinkedLeavesTheOldFolderWhole() throws IOException {
        Path folder = temp.resolve("out");
        writeOld(folder.resolve("brat"));
        Files.createSymbolicLink(folder.resolve("brat/mine/link"), Path.of("NOTES.md"));
        Map<String, String> old = OutputSets.read(folder.resolve("brat"), null);
        try (OutputSet set = OutputSet.begin(folder)) {
            OutputSets.stage(set, NEW, "brat");
            assertThatThrownBy(() -> set.commit(List.of("brat"), () -> {
                ReplacedFolder.keepUsersFiles(folder.resolve("brat"), set.staged("brat"));
                throw new IOException("cannot keep " + folder.resolve("brat/mine/link")); // as a file that cannot be kept stops it
            })).hasMessageContaining("cannot keep");
        }
        assertThat(OutputSets.read(folder.resolve("brat"), null)).isEqualTo(old);
        assertThat(Files.isSymbolicLink(folder.resolve("brat/mine/link"))).isTrue();
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }
}
