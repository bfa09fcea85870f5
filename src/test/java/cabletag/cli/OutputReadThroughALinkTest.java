package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An export never replaces a file it reads, also when a link inside an input folder reaches it: each run used
 * to read the last run's output as a dataset and write it back with its own cables added, exit 0.
 */
class OutputReadThroughALinkTest extends WithTemporaryStore {

    private Path corpus;

    @BeforeEach
    void aCorpusExportedOnce() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] met [LOC Baghdad  ] officials .\n");
        Files.writeString(corpus.resolve("b.txt"), "B [ORG GOI  ] said .\n");
    }

    private CliTest.Result export(String format, Path output) {
        return CliTest.run("export", "-f", format, "-o", output.toString(), corpus.toString());
    }

    @Test
    void aLinkToTheOutputFileInTheInputFolderStopsTheExportAndTheOutputStaysAsItWas() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(export("jsonl", out).code()).isZero();
        String first = Files.readString(out);
        Files.createSymbolicLink(corpus.resolve("link.jsonl"), out);

        export("jsonl", out).assertBadUse("output " + out + " is read as an input: " + corpus.resolve("link.jsonl")
                + " reaches it through a link; refusing to overwrite input");
        assertThat(out).hasContent(first);
        assertThat(first.lines()).hasSize(2);
    }

    @Test
    void aLinkToAFolderAboveTheInputFolderThatHoldsTheOutputStopsTheExport() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(export("jsonl", out).code()).isZero();
        String first = Files.readString(out);
        Files.createSymbolicLink(corpus.resolve("up"), dir);

        export("jsonl", out).assertBadUse("reaches it through a link");
        assertThat(out).hasContent(first);
    }

    @Test
    void aLinkIntoTheOutputFolderStopsAFolderExport() throws IOException {
        Path out = dir.resolve("brat");
        assertThat(export("brat", out).code()).isZero();
        Path ann = out.resolve("a.ann");
        String first = Files.readString(ann);
        Files.createSymbolicLink(corpus.resolve("earlier"), out);

        export("brat", out).assertBadUse("output " + ann + " is read as an input");
        assertThat(ann).hasContent(first);
    }

    @Test
    void aReportPageReadAsACableThroughALinkIsNotReplaced() throws IOException {
        Path page = dir.resolve("r.html");
        CliTest.Result first = CliTest.run("report", "--no-suggestion-quality", "--html", page.toString(), corpus.toString());
        assertThat(first.code()).as(first.err()).isZero();
        String written = Files.readString(page);
        Files.createSymbolicLink(corpus.resolve("link.html"), page);

        CliTest.run("report", "--no-suggestion-quality", "--html", page.toString(), corpus.toString())
                .assertBadUse("output " + page + " is read as an input: " + corpus.resolve("link.html"));
        assertThat(page).hasContent(written);
    }

    @Test
    void anOutputOfTheSameSizeAsAnInputIsNotTakenForIt() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertThat(export("jsonl", out).code()).isZero();
        // a file of the output's size in the corpus, but another file: compared by identity, not by size
        Files.writeString(corpus.resolve("same-size.txt"), "x".repeat((int) Files.size(out) - 1) + "\n");

        CliTest.Result again = export("jsonl", out);
        assertThat(again.code()).as(again.err()).isZero();
    }
}
