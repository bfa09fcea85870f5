package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.formats.io.OutputRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refused export writes nothing anywhere: the refusal comes before the staging folder and the folder's
 * lock are made. An inline export into a folder inside the input folder used to be refused only at its
 * first file, once {@code .cabletag-export.lock} was already left in the input folder; a name of a split
 * part or of hf's label file that is an input was refused likewise after the lock was made beside it.
 */
class RefusedExportWritesNothingTest {

    @TempDir
    Path temp;

    private Path corpus;
    private List<Document> documents;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        for (String seed : List.of(ExportTestSupport.PLAIN_SEED, ExportTestSupport.TAGGED_SEED)) {
            Files.copy(ExportTestSupport.seeds().resolve(seed), corpus.resolve(seed));
        }
        documents = ExportTestSupport.read(corpus);
    }

    /** Every path under {@code temp}, hidden ones included: what a refused export must leave as it was. */
    private List<String> everything() throws IOException {
        try (Stream<Path> paths = Files.walk(temp)) {
            return paths.map(path -> temp.relativize(path).toString()).sorted().toList();
        }
    }

    private void assertRefusedLeavingNothing(ExportFormat format, SplitRatios split, Set<Path> inputs, Path target,
                                             String why) throws IOException {
        List<String> before = everything();
        ExportOptions options = ExportOptions.of(format).withSplit(split).withProtectedPaths(inputs);
        assertThatThrownBy(() -> ExportTestSupport.export(options, documents, target))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining(why);
        assertThat(everything()).as("nothing written for " + target).isEqualTo(before);
    }

    @Test
    void aFolderExportInsideTheInputFolderIsRefusedBeforeTheLock() throws IOException {
        assertRefusedLeavingNothing(ExportFormat.INLINE, null, Set.of(corpus), corpus.resolve("out"), "inside the input folder");
        assertRefusedLeavingNothing(ExportFormat.BRAT, null, Set.of(corpus), corpus.resolve("deeper/out"), "inside the input folder");
    }

    @Test
    void aFileExportInsideTheInputFolderOrOntoAnInputIsRefusedBeforeTheLock() throws IOException {
        assertRefusedLeavingNothing(ExportFormat.JSONL, null, Set.of(corpus), corpus.resolve("out.jsonl"), "inside the input folder");
        Path named = corpus.resolve(ExportTestSupport.TAGGED_SEED);
        // the input is the file, not its folder: nothing may appear beside it either
        assertRefusedLeavingNothing(ExportFormat.CONLL, null, Set.of(named), named, "is the input");
    }

    @Test
    void everyNameTheExportWritesIsCheckedBeforeTheLock() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path labels = Files.writeString(out.resolve("ner.labels.json"), "[\"an input\"]\n");
        assertRefusedLeavingNothing(ExportFormat.HF, null, Set.of(corpus, labels), out.resolve("ner.jsonl"), "is the input");

        Path train = Files.writeString(out.resolve("ner.train.jsonl"), "{}\n");
        assertRefusedLeavingNothing(ExportFormat.JSONL, SplitRatios.parse("80/10/10", 7), Set.of(corpus, train),
                out.resolve("ner.jsonl"), "is the input");

        Files.createDirectories(out.resolve("ner.dev.conll"));
        assertRefusedLeavingNothing(ExportFormat.CONLL, SplitRatios.parse("80/10/10", 7), Set.of(corpus),
                out.resolve("ner.conll"), "is a folder");
    }

    @Test
    void aTargetInAFolderThatDoesNotExistIsRefusedWithoutMakingIt() throws IOException {
        assertRefusedLeavingNothing(ExportFormat.JSONL, null, Set.of(corpus), temp.resolve("nope/out.jsonl"), "does not exist");
        assertRefusedLeavingNothing(ExportFormat.BRAT, null, Set.of(corpus), temp.resolve("nope/deeper/brat"), "does not exist");
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertRefusedLeavingNothing(ExportFormat.JSONL, null, Set.of(corpus), file.resolve("out.jsonl"), "is not a folder");
        assertRefusedLeavingNothing(ExportFormat.INLINE, null, Set.of(corpus), file, "is a file");
    }
}
