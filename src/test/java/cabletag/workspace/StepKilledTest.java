package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.io.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real process killed with SIGKILL in the middle of writing a step over 200 cables, at the moment it prints: before
 * its journal (the step is taken back: no cable has it) and after it, with half the files renamed (the step is
 * finished: every cable has it). The next opening of the store says which, in one line.
 */
class StepKilledTest {

    private static final int CABLES = 200;

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "written 100, 0, store: took back a step over 200 cables (Tag 200 occurrences of “Erbil” as MISC in 200 cables)",
        "forced, 0, store: took back a step over 200 cables",
        "journal written, 200, store: finished writing a step over 200 cables (Tag 200 occurrences",
        "renamed 100, 200, store: finished writing a step over 200 cables",
    })
    @Timeout(120)
    void killedMidStepEveryCableHasItOrNoneAndTheOpeningSaysWhich(String killAt, int expected, String said) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < CABLES; i++) {
            Files.writeString(corpus.resolve(String.format("c%03d.txt", i)), "[LOC Erbil  ] met [PER Rubaie  ] " + i + " .\n");
        }
        Path home = temp.resolve("home");
        Process process = ChildJvm.start(List.of("-Dcabletag.home=" + home, "-Xmx256m"), CorpusStepProcessMain.class,
                corpus.toString(), home.toString(), killAt);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            ChildJvm.readLineStartingWith(output, "at " + killAt);
            ChildJvm.kill(process);
        } finally {
            process.destroyForcibly();
        }

        CorrectedDocuments reopened = CorrectedDocuments.open(new StoreLocation(home)); // the commands' route, and the window's
        assertThat(reopened.storeNotes()).singleElement().asString().startsWith(said);
        Path cables = home.resolve("store").resolve("cables");
        long withStep;
        try (Stream<Path> files = Files.list(cables)) {
            withStep = files.filter(file -> file.toString().endsWith(".json")).filter(file -> {
                try {
                    return Files.readString(file).contains("\"MISC\"");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertThat(withStep).isEqualTo(expected);
        try (Stream<Path> files = Files.list(cables)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(cabletag.formats.io.FileSet::isSetFile);
        }
        try (Workspace window = Workspace.open(List.of(corpus), new StoreLocation(home), null)) {
            assertThat(window.storeNotes()).as("said once").isEmpty();
            assertThat(window.problems()).isEmpty();
        }
    }
}
