package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies are numbered as GNU {@code cp --backup=numbered} numbers them: one more than the highest there. */
class NumberedCopyTest {

    @TempDir
    Path temp;

    @Test
    void theNextCopyIsOneMoreThanTheHighestNotTheFirstGap() throws IOException {
        Path file = Files.writeString(temp.resolve("o.jsonl"), "now\n");
        Files.writeString(temp.resolve("o.jsonl.~1~"), "first\n");
        Files.writeString(temp.resolve("o.jsonl.~5~"), "fifth\n");
        Files.writeString(temp.resolve("o.jsonl.~x~"), "not a number\n");
        Files.writeString(temp.resolve("o.jsonl.~07~"), "not as GNU writes a number\n");
        Files.writeString(temp.resolve("other.jsonl.~9~"), "another file's\n");

        assertThat(NumberedCopy.next(file)).isEqualTo(temp.resolve("o.jsonl.~6~"));
        assertThat(NumberedCopy.keepBeside(file)).isEqualTo(temp.resolve("o.jsonl.~6~"));
        assertThat(NumberedCopy.next(file)).isEqualTo(temp.resolve("o.jsonl.~7~"));
    }

    @Test
    void withoutCopiesTheFirstIsOne() throws IOException {
        Path file = Files.writeString(temp.resolve("o.jsonl"), "now\n");
        assertThat(NumberedCopy.keepBeside(file)).isEqualTo(temp.resolve("o.jsonl.~1~"));
    }

    @Test
    void aCopyThatIsTheSameFileIsFound() throws IOException {
        Path file = Files.writeString(temp.resolve("o.jsonl"), "now\n");
        assertThat(NumberedCopy.keptAlready(file)).isEmpty();
        Path copy = NumberedCopy.keepBeside(file);
        assertThat(NumberedCopy.keptAlready(file)).contains(copy);
    }
}
