package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An entity of a dataset input that cannot be read (bad offsets, a bad label, an overlap, a garbage brat
 * line) is dropped with a warning, and every command exits 1 for it, as for a bad line; a warning that
 * loses nothing (an entity's text that differs from the .txt, offsets kept) leaves the exit code 0.
 */
class LostAnnotationsExitTest extends WithTemporaryStore {

    /** The line of the dropped entity, its file named as given (under {@code dir}). */
    private String dropped() {
        return dir.resolve("off.jsonl") + ":1:1: warning: entity [0, 9) PER does not fit the text of 3"
            + " characters; entity dropped [bad-offsets]";
    }

    @Test
    void anEntityDroppedFromAJsonlInputMakesExportStatsAndCheckExit1AndIsNamed() throws IOException {
        Path input = Files.writeString(dir.resolve("off.jsonl"),
                "{\"id\":\"d\",\"text\":\"Ann\",\"spans\":[{\"start\":0,\"end\":9,\"label\":\"PER\"}]}\n");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), input.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err().lines()).containsOnlyOnce(dropped());

        Result stats = CliTest.run("stats", input.toString());
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(dropped());

        Result check = CliTest.run("check", input.toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).containsExactly(dropped());
    }

    @Test
    void aGarbageBratLineMakesStatsExit1() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("b.txt"), "Rubaie met Iraq\n");
        Files.writeString(folder.resolve("b.ann"), "T1\tPER 0 6\tRubaie\ngarbage\n");

        Result stats = CliTest.run("stats", folder.toString());

        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err().lines()).containsExactly(
                folder.resolve("b.ann") + ":2:1: warning: not a brat annotation line; ignored [bad-line]");
    }

    @Test
    void aWarningThatLosesNothingLeavesExportAt0() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(folder.resolve("b.txt"), "Rubaie met Iraq\n");
        Files.writeString(folder.resolve("b.ann"), "T1\tPER 0 6\tRubaiee\n");

        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), folder.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).contains("offsets kept [text-mismatch]");
    }
}
