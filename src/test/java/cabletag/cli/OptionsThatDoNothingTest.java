package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An export option that the other options make do nothing is said in one note on standard error, as a label
 * the label options name and no cable has is: {@code --scheme} with a format that writes no tags, {@code --seed}
 * without {@code --split}, {@code --map} of a label {@code --drop} leaves out or {@code --labels} does not keep.
 * A note changes neither the exit code nor the bytes written; an option that does something gets none.
 */
class OptionsThatDoNothingTest extends WithTemporaryStore {

    private Path input;

    @BeforeEach
    void aDataset() throws IOException {
        input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"Ali met Bob in Baghdad\",\"spans\":["
                + "{\"start\":0,\"end\":3,\"label\":\"PER\"},{\"start\":15,\"end\":22,\"label\":\"LOC\"}]}\n");
    }

    private CliTest.Result export(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "export";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "-q";
        args[options.length + 2] = input.toString();
        return CliTest.run(args);
    }

    private static void assertOneNote(CliTest.Result result, String note) {
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err().lines()).as(result.err()).containsExactly(note);
    }

    @Test
    void aSchemeWithAFormatThatWritesNoTags() throws IOException {
        Path plain = dir.resolve("plain.jsonl");
        assertThat(export("-f", "jsonl", "-o", plain.toString()).err()).isEmpty();
        Path out = dir.resolve("o.jsonl");
        assertOneNote(export("-f", "jsonl", "--scheme", "bioes", "-o", out.toString()),
                "note: --scheme bioes does nothing with jsonl: only conll and hf write tags");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(plain));
        assertOneNote(export("-f", "brat", "--scheme", "iob2", "-o", dir.resolve("b").toString()),
                "note: --scheme iob2 does nothing with brat: only conll and hf write tags");
        assertThat(export("-f", "conll", "--scheme", "bioes", "-o", dir.resolve("o.conll").toString()).err()).isEmpty();
    }

    @Test
    void aSeedWithoutASplit() {
        assertOneNote(export("-f", "jsonl", "--seed", "7", "-o", dir.resolve("o.jsonl").toString()),
                "note: --seed 7 does nothing without --split: it only seeds the split");
        assertThat(export("-f", "jsonl", "--seed", "7", "--split", "80/10/10", "-o", dir.resolve("s.jsonl").toString()).err()).isEmpty();
    }

    @Test
    void aMapOfALabelLeftOut() throws IOException {
        Path out = dir.resolve("o.jsonl");
        assertOneNote(export("-f", "jsonl", "--drop", "LOC", "--map", "LOC=PLACE", "-o", out.toString()),
                "note: --map LOC=PLACE does nothing: --drop leaves LOC out (--labels and --drop look at the labels as read,"
                        + " before --map renames them)");
        assertThat(Files.readString(out)).doesNotContain("LOC").doesNotContain("PLACE");
        assertOneNote(export("-f", "jsonl", "--labels", "PER", "--map", "LOC=PLACE", "-o", out.toString()),
                "note: --map LOC=PLACE does nothing: --labels does not keep LOC (--labels and --drop look at the labels as read,"
                        + " before --map renames them)");
        assertThat(export("-f", "jsonl", "--labels", "LOC", "--map", "LOC=PLACE", "-o", out.toString()).err()).isEmpty();
        assertThat(Files.readString(out)).contains("PLACE");
    }
}
