package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --scheme} and {@code --split} as docs/CLI.md gives them: a name or ratios it does not take is bad use,
 * one line naming what was wrong, and nothing is written; the other names of a scheme write that scheme.
 */
class SchemeAndSplitOptionsTest extends WithTemporaryStore {

    private Path input;

    @BeforeEach
    void aDataset() throws IOException {
        input = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":\"a\",\"text\":\"Mowafaq al-Rubaie met\",\"spans\":[{\"start\":0,\"end\":17,\"label\":\"PER\"}]}\n");
    }

    private CliTest.Result export(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "export";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "-q";
        args[options.length + 2] = input.toString();
        return CliTest.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bio", "BIO", "IOB2", "iob2"})
    void bioIsIob2(String name) throws IOException {
        Path out = dir.resolve(name + ".conll");
        assertThat(export("-f", "conll", "--scheme", name, "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("Mowafaq _ _ B-PER\nal-Rubaie _ _ I-PER\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iobes", "BIOES"})
    void iobesIsBioes(String name) throws IOException {
        Path out = dir.resolve(name + ".conll");
        assertThat(export("-f", "conll", "--scheme", name, "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("Mowafaq _ _ B-PER\nal-Rubaie _ _ E-PER\n");
    }

    @Test
    void aSchemeNotWrittenIsBadUseNamedForWhatItIs() {
        Path out = dir.resolve("o.conll");
        export("-f", "conll", "--scheme", "xyz", "-o", out.toString())
                .assertBadUse("cabletag export: unknown tag scheme 'xyz' (use iob2, also called bio, or bioes, also called iobes)");
        export("-f", "conll", "--scheme", "iob1", "-o", out.toString()).assertBadUse("tag scheme 'iob1' is not written: in IOB1");
        export("-f", "conll", "--scheme", "IOB", "-o", out.toString()).assertBadUse("tag scheme 'IOB' may mean IOB1 or IOB2");
        export("-f", "hf", "--scheme", "bilou", "-o", out.toString()).assertBadUse("use bioes (also iobes)");
        assertThat(out).doesNotExist();
    }

    @Test
    void ratiosThatDoNotSumTo100AreBadUseWithTheirSum() {
        Path out = dir.resolve("o.jsonl");
        export("-f", "jsonl", "--split", "80/30/10", "-o", out.toString())
                .assertBadUse("cabletag export: split '80/30/10': the parts sum to 120, not 100");
        export("-f", "jsonl", "--split", "0/0/0", "-o", out.toString()).assertBadUse("the parts sum to 0, not 100");
        export("-f", "jsonl", "--split", "-10/60/50", "-o", out.toString()).assertBadUse("a part is negative (-10)");
        export("-f", "jsonl", "--split", "80/10/ten", "-o", out.toString()).assertBadUse("must be three numbers");
        export("-f", "jsonl", "--split", "80/10/5/5", "-o", out.toString()).assertBadUse("must be three ratios");
        assertThat(dir.resolve("o.train.jsonl")).doesNotExist();
    }

    @Test
    void decimalPercentagesAndAllInOnePartAreTaken() {
        assertThat(export("-f", "jsonl", "--split", "80.5/9.5/10", "-o", dir.resolve("d.jsonl").toString()).code()).isZero();
        assertThat(export("-f", "jsonl", "--split", "100/0/0", "-o", dir.resolve("h.jsonl").toString()).code()).isZero();
        assertThat(dir.resolve("h.train.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("h.dev.jsonl")).isEmptyFile();
        assertThat(dir.resolve("h.test.jsonl")).isEmptyFile();
    }
}
