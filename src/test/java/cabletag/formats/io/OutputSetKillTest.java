package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real {@code kill -9} at every step of a commit: a second JVM commits a new set and stops at its
 * k-th checkpoint (it says so on standard output), is killed with SIGKILL (no shutdown hooks, no
 * clean-up, the OS drops its locks), and the next run's recovery must leave all old or all new.
 */
class OutputSetKillTest {

    @TempDir
    Path temp;

    /** The child JVM that commits a set and stops at a checkpoint. */
    static Process startJava(Class<?> main, String... args) throws IOException {
        return ChildJvm.start(List.of("-Xmx128m"), main, args);
    }

    @ParameterizedTest(name = "{0} set, killed at checkpoint {1} ({2})")
    @CsvSource({
        "split, 0, staged, old",
        "split, 1, journal written, new",
        "split, 2, moved out.train.jsonl, new",
        "split, 3, moved out.dev.jsonl, new",
        "split, 4, moved out.test.jsonl, new",
        "split, 5, journal deleted, new",
        "folder, 0, staged, old",
        "folder, 1, journal written, new",
        "folder, 2, set aside brat, new",
        "folder, 3, moved brat, new",
    })
    @Timeout(120)
    void killedAtACheckpointTheSetIsAllOldOrAfterRecoveryAllNew(String kind, int k, String point, String expected)
            throws Exception {
        boolean folderSet = kind.equals("folder");
        Path folder = temp.resolve("out");
        if (folderSet) {
            OutputSets.write(folder.resolve("brat"), OutputSets.folder("old"));
        } else {
            OutputSets.write(folder, OutputSets.split("old"));
        }
        Process process = startJava(OutputSetProcessMain.class, folder.toString(), kind, Integer.toString(k));
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(ChildJvm.readLineStartingWith(output, "at ")).isEqualTo("at " + point);
            ChildJvm.kill(process);
        } finally {
            process.destroyForcibly();
        }

        OutputSet.recover(folder);

        Map<String, String> contents = folderSet ? OutputSets.read(folder.resolve("brat"), null)
                : OutputSets.read(folder, OutputSets.SPLIT);
        Map<String, String> want = folderSet ? OutputSets.folder(expected.equals("old") ? "old" : "new")
                : OutputSets.split(expected.equals("old") ? "old" : "new, longer");
        assertThat(contents).isEqualTo(want);
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    /**
     * Killed with {@code kill -9} once its journal is written, an export leaves the old outputs in view; a line
     * the user appends to one, a file the user adds to the folder, are kept when the next export completes it.
     */
    @ParameterizedTest(name = "{0} set")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"split", "folder"})
    @Timeout(120)
    void whatTheUserWritesAfterAKillIsKeptWhenTheNextSetCompletesIt(String kind) throws Exception {
        boolean folderSet = kind.equals("folder");
        Path folder = temp.resolve("out");
        Path edited = folderSet ? folder.resolve("brat/train/a.ann") : folder.resolve("out.dev.jsonl");
        if (folderSet) {
            OutputSets.writeExported(folder.resolve("brat"), OutputSets.folder("old"));
        } else {
            OutputSets.writeExported(folder, OutputSets.split("old"));
        }
        Process process = startJava(OutputSetProcessMain.class, folder.toString(), kind, "1");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(ChildJvm.readLineStartingWith(output, "at ")).isEqualTo("at journal written");
            ChildJvm.kill(process);
        } finally {
            process.destroyForcibly();
        }
        String before = Files.readString(edited);
        Files.writeString(edited, "USER LINE\n", java.nio.file.StandardOpenOption.APPEND);
        if (folderSet) {
            Files.writeString(folder.resolve("brat/AFTER.md"), "x\n");
        }

        try (OutputSet next = OutputSet.begin(folder)) {
            assertThat(next.notes()).contains(edited + " was changed since cabletag wrote it; the old file is kept as "
                    + edited.getFileName() + ".~1~");
        }

        assertThat(edited.resolveSibling(edited.getFileName() + ".~1~")).hasContent(before + "USER LINE");
        if (folderSet) {
            assertThat(folder.resolve("brat/AFTER.md")).hasContent("x");
            assertThat(folder.resolve("brat/dev/b.txt")).exists(); // the new set
        } else {
            assertThat(edited).content().contains("new, longer");
        }
        assertThat(OutputSets.leftovers(folder)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    @Timeout(120)
    void anotherProcessLeavesAStagingFolderAloneThatThisProcessIsStillWriting() throws Exception {
        Path folder = temp.resolve("out");
        try (OutputSet live = OutputSet.begin(folder)) {
            OutputSets.stage(live, OutputSets.split("new"), null);
            // a recovery in this JVM first (another export beginning here): it must not drop the owner's lock
            assertThat(OutputSet.recover(folder)).isEmpty();
            Process process = startJava(OutputSetProcessMain.class, folder.toString(), "recover");
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(ChildJvm.readLineStartingWith(output, "recovered ")).isEqualTo("recovered []");
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                process.destroyForcibly();
            }
            assertThat(live.staged("out.dev.jsonl")).exists();
            live.commit(OutputSets.SPLIT, () -> { });
        }
        assertThat(OutputSets.read(folder, OutputSets.SPLIT)).isEqualTo(OutputSets.split("new"));
    }
}
