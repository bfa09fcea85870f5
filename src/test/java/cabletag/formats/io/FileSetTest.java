package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A set of files written as one: a failure (a full disk) or a crash at every step of its write, then recovery.
 * The folder must then hold the old files (failed or cut short before the journal: taken back) or the new ones
 * (after it: completed), byte for byte, with no file of the set left, and recovery must say which.
 */
class FileSetTest {

    @TempDir
    Path temp;

    /** Stands for the process dying at a checkpoint: an Error, so no clean-up of the set runs. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String point) {
            super("crashed at " + point);
        }
    }

    /** Five files a.json..e.json holding "old N"; the set writes "new N" into a..d, deletes e and adds f. */
    private Path oldFolder(String name) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (char c = 'a'; c <= 'e'; c++) {
            Files.writeString(folder.resolve(c + ".json"), "old " + c);
        }
        return folder;
    }

    private static void writeNew(FileSet set) throws IOException {
        for (char c = 'a'; c <= 'd'; c++) {
            set.write(c + ".json", ("new " + c).getBytes(StandardCharsets.UTF_8));
        }
        set.delete("e.json");
        set.write("f.json", "new f".getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(FileSet.LOCK_FILE)) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static final Map<String, String> OLD = Map.of("a.json", "old a", "b.json", "old b", "c.json", "old c",
            "d.json", "old d", "e.json", "old e");
    private static final Map<String, String> NEW = Map.of("a.json", "new a", "b.json", "new b", "c.json", "new c",
            "d.json", "new d", "f.json", "new f");

    /** The checkpoints of one whole write, in order, recorded on a dry run. */
    private List<String> checkpoints() throws IOException {
        Path folder = oldFolder("dry-run");
        List<String> points = new ArrayList<>();
        try (FileSet set = FileSet.begin(folder, "a dry run", points::add)) {
            writeNew(set);
            set.commit();
        }
        assertThat(contents(folder)).isEqualTo(NEW);
        return points;
    }

    @Test
    void aSetCommittedWholeLeavesTheNewFilesAndNothingOfItsOwn() throws IOException {
        List<String> points = checkpoints();
        assertThat(points).containsSubsequence("written 1", "written 5", "forced", "journal written", "renamed 1",
                "renamed 5", "deleted", "journal deleted");
    }

    @Test
    void crashedAtEveryStepItIsAllOldOrAllNewOnceRecovered() throws IOException {
        List<String> points = checkpoints();
        int journal = points.indexOf("journal written");
        for (int k = 0; k < points.size(); k++) {
            Path folder = oldFolder("crash-" + k);
            int crashAt = k;
            int[] reached = {0};
            FileSet set = FileSet.begin(folder, "step " + k, point -> {
                if (reached[0]++ == crashAt) {
                    throw new SimulatedCrash(point);
                }
            });
            try {
                writeNew(set);
                set.commit();
            } catch (SimulatedCrash crash) {
                set.abandon(); // the process died: its lock goes, its files stay
            }
            List<FileSet.Outcome> outcomes = FileSet.recoverIfFree(folder);
            if (points.get(k).equals("journal deleted")) {
                // the set was whole: nothing is left to recover, and nothing is said
                assertThat(outcomes).isEmpty();
                assertThat(contents(folder)).isEqualTo(NEW);
                continue;
            }
            assertThat(outcomes).as("crash at %s", points.get(k)).hasSize(1);
            FileSet.Outcome outcome = outcomes.get(0);
            assertThat(outcome.about()).isEqualTo("step " + k);
            if (k < journal) {
                assertThat(outcome.kind()).as("crash at %s", points.get(k)).isEqualTo(FileSet.Kind.TAKEN_BACK);
                assertThat(contents(folder)).as("crash at %s", points.get(k)).isEqualTo(OLD);
            } else {
                assertThat(outcome.kind()).as("crash at %s", points.get(k)).isEqualTo(FileSet.Kind.FINISHED);
                assertThat(contents(folder)).as("crash at %s", points.get(k)).isEqualTo(NEW);
            }
            assertThat(FileSet.recoverIfFree(folder)).as("said once").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 4})
    void aWriteThatFailsAfterKOfItsRenamesIsCompletedByTheNextSetOrOpening(int renamed) throws IOException {
        Path folder = oldFolder("fails");
        FileSet set = FileSet.begin(folder, "tag all", point -> {
            if (point.equals("renamed " + (renamed + 1))) {
                throw new IOException("No space left on device");
            }
        });
        try (set) {
            writeNew(set);
            assertThatThrownBy(set::commit).isInstanceOf(IOException.class)
                    .hasMessageContaining("could not put every file of the set in place in " + folder)
                    .hasMessageContaining("No space left on device");
            assertThat(set.decided()).isTrue();
        }
        // some of each until then, and the journal says so
        assertThat(contents(folder).keySet()).anyMatch(name -> name.endsWith(".journal"));

        List<FileSet.Outcome> outcomes = FileSet.recoverIfFree(folder);
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(FileSet.Kind.FINISHED);
            assertThat(outcome.about()).isEqualTo("tag all");
        });
        assertThat(contents(folder)).isEqualTo(NEW);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void aWriteThatFailsBeforeItsJournalLeavesEveryOldFileAndNoneOfItsOwn(int written) throws IOException {
        Path folder = oldFolder("fails-early");
        try (FileSet set = FileSet.begin(folder, "tag all", point -> {
            if (point.equals("written " + written)) {
                throw new IOException("No space left on device");
            }
        })) {
            assertThatThrownBy(() -> writeNew(set)).hasMessage("No space left on device");
            assertThat(set.decided()).isFalse();
        }
        assertThat(contents(folder)).isEqualTo(OLD);
        assertThat(FileSet.recoverIfFree(folder)).isEmpty();
    }

    @Test
    void aJournalThatIsNotWholeIsTakenBackAndTheOldFilesStay() throws IOException {
        Path folder = oldFolder("damaged");
        FileSet set = FileSet.begin(folder, "delete all", point -> {
            if (point.equals("journal written")) {
                throw new SimulatedCrash(point);
            }
        });
        try {
            writeNew(set);
            set.commit();
        } catch (SimulatedCrash crash) {
            set.abandon();
        }
        Path journal;
        try (Stream<Path> list = Files.list(folder)) {
            journal = list.filter(file -> file.toString().endsWith(".journal")).findFirst().orElseThrow();
        }
        // cut short: a disk that lost its last block
        byte[] bytes = Files.readAllBytes(journal);
        Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 12));

        assertThat(FileSet.recoverIfFree(folder)).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(FileSet.Kind.TAKEN_BACK);
            assertThat(outcome.about()).isEqualTo("delete all");
            assertThat(outcome.reason()).contains("is not whole");
        });
        assertThat(contents(folder)).isEqualTo(OLD);
    }

    @Test
    void aSetStillBeingWrittenIsLeftToItsWriter() throws Exception {
        Path folder = oldFolder("live");
        CountDownLatch staged = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (FileSet set = FileSet.begin(folder, "live", point -> {
                if (point.equals("forced")) {
                    staged.countDown();
                    try {
                        goOn.await();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            })) {
                writeNew(set);
                set.commit();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertThat(staged.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(FileSet.recoverIfFree(folder)).as("its writer is alive").isEmpty();
        assertThat(contents(folder).keySet()).anyMatch(name -> name.endsWith(".new"));
        goOn.countDown();
        writer.join(30_000);
        assertThat(contents(folder)).isEqualTo(NEW);
    }

    @Test
    void aJournalInAFolderThatCannotBeWrittenIsNamedAndNothingChanges() throws IOException {
        Path folder = oldFolder("read-only");
        FileSet set = FileSet.begin(folder, "tag all", point -> {
            if (point.equals("renamed 2")) {
                throw new SimulatedCrash(point);
            }
        });
        try {
            writeNew(set);
            set.commit();
        } catch (SimulatedCrash crash) {
            set.abandon();
        }
        Map<String, String> before = contents(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "running as root: every folder is writable");
            assertThat(FileSet.recoverIfFree(folder)).singleElement().satisfies(outcome -> {
                assertThat(outcome.kind()).isEqualTo(FileSet.Kind.NOT_FINISHED);
                assertThat(outcome.about()).isEqualTo("tag all");
                assertThat(outcome.reason()).contains("permission denied").contains(folder.toString());
                assertThat(outcome.inPlace()).isEqualTo(2);
                assertThat(outcome.files()).isEqualTo(6);
            });
            assertThat(contents(folder)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertThat(FileSet.recoverIfFree(folder)).singleElement()
                .satisfies(outcome -> assertThat(outcome.kind()).isEqualTo(FileSet.Kind.FINISHED));
        assertThat(contents(folder)).isEqualTo(NEW);
    }
}
