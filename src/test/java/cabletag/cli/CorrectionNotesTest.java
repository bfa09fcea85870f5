package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Label;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notes about stored corrections put back on a file that changed or moved — which the window lists — are
 * said by the commands too: {@code check --notes} lists them, {@code export}, {@code stats}, {@code report} and
 * {@code suggest} name them on standard error; none counts as a problem.
 */
class CorrectionNotesTest extends WithTemporaryStore {

    private Path corpus;
    private Path cable;

    @BeforeEach
    void correctInTheWindow() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        cable = Files.writeString(corpus.resolve("a.txt"), "Rubaie met Jaafari in Baghdad today.\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.add(0, 0, 6, Label.PER);
            workspace.add(0, 11, 18, Label.PER);
            workspace.add(0, 22, 29, Label.LOC);
        }
    }

    private String shown() {
        return corpus.resolve("a.txt").toString();
    }

    @Test
    void aCorrectionFoundWhereNoneOfTheOthersMovedIsNamedByEveryCommandAndCountsForNothing() throws IOException {
        // Jaafari and Baghdad stay where they were; Rubaie is gone from the start and found further on
        Files.writeString(cable, "Someon met Jaafari in Baghdad today. Later Rubaie left.\n");
        List<String> note = List.of(
                shown() + ": note: the file changed since the corrections were saved; all 3 were found again and re-applied.",
                shown() + ": note: PER “Rubaie” at 0-6 is now at 43-49: found there by its text,"
                        + " moved unlike the cable's other corrections.");

        Result check = CliTest.run("check", "--notes", corpus.toString());
        Result plainCheck = CliTest.run("check", corpus.toString());
        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());
        Result quiet = CliTest.run("export", "-q", "-f", "conll", "-o", dir.resolve("out.conll").toString(), corpus.toString());
        Result stats = CliTest.run("stats", corpus.toString());
        Result report = CliTest.run("report", "--no-suggestion-quality", corpus.toString());

        assertThat(check.code()).isZero();
        assertThat(check.out().lines().toList()).isEqualTo(note);
        assertThat(plainCheck.code()).isZero();
        assertThat(plainCheck.out()).isEmpty();
        for (Result result : List.of(export, quiet, stats, report)) {
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.err().lines().toList()).as(result.err()).isEqualTo(note);
        }
        assertThat(export.out()).doesNotContain("problem");
    }

    @Test
    void aFileChangedWhoseCorrectionsAllMovedAlikeGetsOneNote() throws IOException {
        Files.writeString(cable, "A new first line.\nRubaie met Jaafari in Baghdad today.\n");

        Result check = CliTest.run("check", "--notes", corpus.toString());
        Result stats = CliTest.run("stats", corpus.toString());

        String note = shown() + ": note: the file changed since the corrections were saved; all 3 were found again and re-applied.";
        assertThat(check.code()).isZero();
        assertThat(check.out().lines().toList()).containsExactly(note);
        assertThat(stats.code()).isZero();
        assertThat(stats.err().lines().toList()).containsExactly(note);
    }

    @Test
    void aCableMovedOrRenamedIsSaidToHaveItsCorrectionsBack() throws IOException {
        Path moved = Files.createDirectories(dir.resolve("elsewhere"));
        Files.move(cable, moved.resolve("b.txt"));

        Result check = CliTest.run("check", "--notes", moved.toString());
        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), moved.toString());
        Result suggest = CliTest.run("suggest", "--source", "gazetteer", moved.toString());

        String note = moved.resolve("b.txt") + ": note: the corrections made when this cable was at "
                + dir.toRealPath().resolve("corpus/a.txt") + " are put back (same text; the file was moved or renamed).";
        assertThat(check.code()).isZero();
        assertThat(check.out().lines().toList()).containsExactly(note);
        assertThat(export.code()).isZero();
        assertThat(export.err().lines().toList()).containsExactly(note);
        assertThat(Files.readString(dir.resolve("out.jsonl"))).contains("\"label\":\"PER\"", "\"label\":\"LOC\"");
        assertThat(suggest.err().lines().toList()).contains(note);
    }

    @Test
    void aNoteThatQuotesAControlCharacterStaysOneLine() throws IOException {
        Path named = Files.createDirectories(dir.resolve("two\nlines"));
        Files.move(cable, named.resolve("a.txt"));

        Result check = CliTest.run("check", "--notes", named.toString());

        assertThat(check.out().lines().toList()).hasSize(1);
        assertThat(check.out()).contains("two\\nlines").startsWith(named.toString().replace("\n", "\\n") + "/a.txt: note: ");
    }
}
