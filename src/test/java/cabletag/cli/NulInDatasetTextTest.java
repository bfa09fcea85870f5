package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tester's dataset line with a NUL in its text: named by check, counted by export and stats (exit 1), and
 * exported as U+FFFD, so cabletag reads its own export back instead of skipping it as binary.
 */
class NulInDatasetTextTest extends WithTemporaryStore {

    private Path dataset() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("n"));
        Files.writeString(folder.resolve("q.jsonl"),
                "{\"id\":\"q\",\"text\":\"Ali\\u0000Bob met Rome\",\"spans\":[{\"start\":0,\"end\":7,\"label\":\"PER\"}]}\n");
        return folder;
    }

    @Test
    void checkExportAndStatsNameItAndTheConllExportReadsBack() throws IOException {
        Path folder = dataset();
        Path conll = dir.resolve("nul.conll");
        Path brat = dir.resolve("brat");

        Result check = CliTest.run("check", folder.toString());
        Result export = CliTest.run("export", "-q", "-f", "conll", "-o", conll.toString(), folder.toString());
        Result toBrat = CliTest.run("export", "-q", "-f", "brat", "-o", brat.toString(), folder.toString());
        Result stats = CliTest.run("stats", folder.toString());

        String error = folder.resolve("q.jsonl") + ":1:22: error: NUL character (\\u0000) in \"text\" at code point 3";
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).startsWith(error).endsWith("[nul-byte]\n");
        for (Result result : new Result[] {export, toBrat, stats}) {
            assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
            assertThat(result.err()).startsWith(error);
        }
        assertThat(Files.readAllBytes(conll)).doesNotContain((byte) 0);
        assertThat(Files.readString(conll)).contains("Ali _ _ B-PER\n\uFFFD _ _ I-PER\nBob _ _ I-PER\n");

        Result again = CliTest.run("stats", conll.toString());
        Result bratAgain = CliTest.run("check", brat.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("cables +1\\n").containsPattern("PER +1\\n");
        assertThat(bratAgain.code()).as(bratAgain.out()).isZero();
    }
}
