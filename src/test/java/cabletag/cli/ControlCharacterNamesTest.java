package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A file name holding a line break is shown escaped in a problem line, which stays one line. */
class ControlCharacterNamesTest extends WithTemporaryStore {

    @Test
    void aNameWithALineBreakKeepsItsProblemOnOneLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("bad\nname.txt"), "B [PER x\n");

        Result check = CliTest.run("check", folder.toString());

        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(folder + "/bad\\nname.txt:1:"));
    }
}
