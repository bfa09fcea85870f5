package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an output path means is what the system makes of it, for the refusal and for the write: {@code lnk/..}
 * with {@code lnk} a link to {@code corpus/sub} is {@code corpus}, not the folder {@code lnk} lies in. And an
 * empty path is no output at all.
 */
class OutputPathsTest extends WithTemporaryStore {

    private Path corpus;
    private Path other;

    @BeforeEach
    void aCorpusWithALinkIntoIt() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(Files.createDirectories(corpus.resolve("sub")).resolve("a.txt"), "A [PER Ann  ] .\n");
        Files.createSymbolicLink(dir.resolve("lnk"), corpus.resolve("sub"));
        other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("b.txt"), "B [LOC Baghdad  ] .\n");
    }

    private String[] names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aReportPageThroughALinkIntoTheInputFolderIsRefused() throws IOException {
        CliTest.run("report", "--no-suggestion-quality", "--html", dir.resolve("lnk/../r2.html").toString(), corpus.toString())
                .assertBadUse("inside the input folder");
        assertThat(names(corpus)).containsExactly("sub"); // no r2.html, which the next reading would take for a cable
    }

    @Test
    void anExportThroughALinkIntoTheInputFolderIsRefused() throws IOException {
        CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("lnk/../out.jsonl").toString(), corpus.toString())
                .assertBadUse("(that is " + corpus.resolve("out.jsonl") + ")");
        // a folder is refused in the same words as a file, saying where the path leads
        CliTest.run("export", "-f", "brat", "-o", dir.resolve("lnk/../b").toString(), corpus.toString())
                .assertBadUse("refusing to write " + dir.resolve("lnk/../b") + " (that is " + corpus.resolve("b") + ") inside the input folder");
        CliTest.run("export", "-f", "inline", "-o", dir.resolve("lnk/..").toString(), corpus.resolve("sub/a.txt").toString())
                .assertBadUse("inside the output folder");
        assertThat(names(corpus)).doesNotContain("out.jsonl", "b");
        assertThat(names(dir)).doesNotContain("out.jsonl", "b");
    }

    @Test
    void anExportThroughALinkIsWrittenWhereThePathLeadsAndTheSummarySaysWhere() throws IOException {
        Path given = dir.resolve("lnk/../out.jsonl");
        CliTest.Result result = CliTest.run("export", "-f", "jsonl", "-o", given.toString(), other.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(corpus.resolve("out.jsonl")).content().contains("\"text\":\"B Baghdad .");
        assertThat(dir.resolve("out.jsonl")).doesNotExist();
        assertThat(result.out()).contains("written: [" + corpus.resolve("out.jsonl") + "]");

        CliTest.Result folder = CliTest.run("export", "-f", "brat", "-o", dir.resolve("lnk/../b").toString(), other.toString());
        assertThat(folder.code()).as(folder.err()).isZero();
        assertThat(corpus.resolve("b/b.ann")).exists();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aReportPageThroughALinkIsWrittenWhereThePathLeadsAndNamedSo() throws IOException {
        CliTest.Result result = CliTest.run("report", "--no-suggestion-quality", "--html", dir.resolve("lnk/../r.html").toString(), other.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(corpus.resolve("r.html")).content().startsWith("<!DOCTYPE html>");
        assertThat(dir.resolve("r.html")).doesNotExist();
        assertThat(result.out()).contains("written: " + corpus.resolve("r.html") + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "conll", "inline", "brat"})
    void anEmptyOutputPathIsBadUseForEveryFormat(String format) throws IOException {
        CliTest.run("export", "-q", "-f", format, "-o", "", other.toString())
                .assertBadUse("--output '' is not a file or folder (empty path)");
    }

    @Test
    void anEmptyReportPageIsBadUse() {
        CliTest.run("report", "--no-suggestion-quality", "--html", "", other.toString())
                .assertBadUse("--html '' is not a file (empty path)");
    }
}
