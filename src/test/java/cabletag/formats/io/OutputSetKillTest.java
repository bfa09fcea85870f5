package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    static Process startJava(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx128m", main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }

    static String readLineStartingWith(BufferedReader output, String prefix) throws IOException {
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child process ended without printing '" + prefix + "':\n" + seen);
    }

    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137); // 128 + SIGKILL: killed, not exited
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
            assertThat(readLineStartingWith(output, "at ")).isEqualTo("at " + point);
            kill(process);
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
                assertThat(readLineStartingWith(output, "recovered ")).isEqualTo("recovered []");
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
