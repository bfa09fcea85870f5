package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Span;
import cabletag.formats.io.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash or kill at any moment loses at most the last second of edits: a real second JVM edits the
 * seeds, is killed with SIGKILL (no shutdown hooks, no flushing), and the edits are there on reopening.
 */
class CrashSafetyTest {

    @TempDir
    Path temp;

    private Process start(Path corpus, Path home, String mode) throws IOException {
        return start(corpus, home, mode, "here");
    }

    private Process start(Path corpus, Path home, String mode, String saving) throws IOException {
        return ChildJvm.start(List.of("-Dcabletag.home=" + home, "-Xmx256m"), EditingProcessMain.class,
                corpus.toString(), home.toString(), SeedCorrectionTest.SEED_004, mode, saving);
    }

    @Test
    @Timeout(120)
    void anEditSurvivesTheProcessBeingKilled() throws Exception {
        Path corpus = SeedCorrectionTest.copySeeds(temp.resolve("seeds"));
        Path home = temp.resolve("home");
        Process process = start(corpus, home, "once");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = ChildJvm.readLineStartingWith(output, "edited ");
            ChildJvm.kill(process);
            assertThat(line).endsWith("LOC");
        } finally {
            process.destroyForcibly();
        }

        try (Workspace reopened = Workspace.open(List.of(corpus), new StoreLocation(home), null)) {
            int cable = reopened.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            List<Span> erbil = reopened.document(cable).spans().stream()
                    .filter(s -> reopened.document(cable).textOf(s).equals("Erbil")).toList();
            // the seed has two; the process edited the first
            assertThat(erbil).hasSize(2);
            assertThat(erbil.get(0).label().name()).isEqualTo("LOC");
            assertThat(erbil.get(1).label().name()).isEqualTo("PER");
            assertThat(reopened.status(cable)).isEqualTo(ReviewStatus.IN_PROGRESS);
            assertThat(reopened.problems()).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void killedInTheMiddleOfAStreamOfEditsTheStoreIsWholeAndHasEveryConfirmedEdit() throws Exception {
        Path corpus = SeedCorrectionTest.copySeeds(temp.resolve("seeds"));
        Path home = temp.resolve("home");
        Process process = start(corpus, home, "loop");
        int confirmed;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            ChildJvm.readLineStartingWith(output, "edit 200");
            confirmed = 200;
            ChildJvm.kill(process); // it is still editing and writing as the kill lands
        } finally {
            process.destroyForcibly();
        }

        assertThat(lastStoredEdit(corpus, home)).isGreaterThanOrEqualTo(confirmed);
    }

    @Test
    @Timeout(120)
    void savingInTheBackgroundAsTheWindowDoesAKillAfterTheWriterWroteAnEditLosesNothing() throws Exception {
        Path corpus = SeedCorrectionTest.copySeeds(temp.resolve("seeds"));
        Path home = temp.resolve("home");
        Process process = start(corpus, home, "loop", "background");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // the writer writes without a save; how soon it does (milliseconds, the issue allows a second)
            // is a measurement, not something a test on a busy machine can decide
            ChildJvm.readLineStartingWith(output, "stored 200");
            ChildJvm.kill(process); // the edits and the writes go on meanwhile
        } finally {
            process.destroyForcibly();
        }

        assertThat(lastStoredEdit(corpus, home)).isGreaterThanOrEqualTo(200);
    }

    /** Reopens the store a looping process left: it must be whole; answers the number of the last edit in it. */
    private static int lastStoredEdit(Path corpus, Path home) throws IOException {
        try (Workspace reopened = Workspace.open(List.of(corpus), new StoreLocation(home), null)) {
            assertThat(reopened.problems()).isEmpty(); // no half-written store file
            int cable = reopened.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            List<Span> erbil = reopened.document(cable).spans().stream()
                    .filter(s -> reopened.document(cable).textOf(s).equals("Erbil")).toList();
            assertThat(erbil).hasSize(2);
            return Integer.parseInt(erbil.get(0).label().name().substring(1)); // "E" + edit number
        }
    }
}
