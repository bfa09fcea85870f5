package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code check --notes} names the corrections kept for a file that is gone when no cable of its inputs took them:
 * a cable moved, renamed and changed lost them without a word. A cable moved unchanged takes them (no note), and
 * the note is no problem: the exit code stays the inputs' own.
 */
class GoneCorrectionsNoteTest extends WithTemporaryStore {

    private Path corpus;

    @BeforeEach
    void correctACable() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpB"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Erbil  ] is far from [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(0, Span.of(0, 5, "PER"), Label.LOC);
        }
    }

    private static String note(CliTest.Result result) {
        return result.out().lines().filter(line -> line.contains(": note: the corrections of")).findFirst().orElse(null);
    }

    @Test
    void aCableMovedRenamedAndChangedIsNamedByWhereItsCorrectionsWereMade() throws IOException {
        Path moved = Files.createDirectories(dir.resolve("new parent/corp C"));
        Files.move(corpus.resolve("b.txt"), moved.resolve("b.txt"));
        Files.writeString(moved.resolve("renamed.txt"), "A line added above.\n" + Files.readString(corpus.resolve("a.txt")));
        Files.delete(corpus.resolve("a.txt"));

        CliTest.Result result = CliTest.run("check", "--notes", moved.toString());
        assertThat(note(result)).isNotNull()
                .startsWith(dir.resolve("home/store") + ": note: the corrections of 1 cable are kept for a file that is gone")
                .contains(corpus.toRealPath().resolve("a.txt").toString());
        assertThat(result.code()).isEqualTo(Cli.OK);
        assertThat(note(CliTest.run("check", moved.toString()))).as("without --notes").isNull();
    }

    @Test
    void aCableMovedUnchangedTakesItsCorrectionsAndNothingIsNamed() throws IOException {
        Path moved = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(corpus.resolve("a.txt"), moved.resolve("a.txt"));
        Files.move(corpus.resolve("b.txt"), moved.resolve("b.txt"));

        CliTest.Result result = CliTest.run("check", "--notes", moved.toString());
        assertThat(result.out()).contains("the corrections made when this cable was at");
        assertThat(note(result)).isNull();
        assertThat(note(CliTest.run("check", "--notes", corpus.getParent().resolve("elsewhere").toString()))).isNull();
    }
}
