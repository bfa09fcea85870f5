package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens a CoNLL line carries otherwise than as they are: said, or written so that they read back the same. */
class ConllExportOfOddTokensTest {

    @TempDir
    Path dir;

    private List<Document> read(String name, String content) throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        return ExportTestSupport.read(Files.write(input.resolve(name), content.getBytes(StandardCharsets.UTF_8)));
    }

    private ExportSummary export(ExportFormat format, List<Document> documents, String out) throws IOException {
        return ExportTestSupport.export(ExportOptions.of(format), documents, dir.resolve(out));
    }

    /** Written as a token line, the word reads back as a document start: 2 cables, the word gone, and exit 0. */
    @Test
    void aCablesTokenDocstartIsNamedAtItsPlace() throws IOException {
        List<Document> cable = read("m.txt", "Header line\n-DOCSTART- [PER Ali  ] met\n");
        ExportSummary summary = export(ExportFormat.CONLL, cable, "m.conll");
        assertThat(summary.problems()).singleElement().asString().endsWith("m.txt:2:1: warning: the token '-DOCSTART-' reads as"
                + " a document start in CoNLL: read back (by cabletag, conlleval or Hugging Face), the cable is split there"
                + " and the token is lost [docstart-token]");
        assertThat(summary.lossWarnings()).isEqualTo(1);
        assertThat(export(ExportFormat.HF, cable, "m.hf.jsonl").problems()).as("a JSON token is only a token").isEmpty();
    }

    /** The file's own no-break-space token was dropped with its entity, named at 1:1 as not carried. */
    @Test
    void aConllFilesOwnNoBreakSpaceTokenIsCarriedWithItsEntity() throws IOException {
        List<Document> documents = read("nb.conll", "x O\n\u00A0 B-PER\ny B-LOC\n");
        ExportSummary summary = export(ExportFormat.CONLL, documents, "nb.out.conll");
        assertThat(summary.problems()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("nb.out.conll"))).containsSubsequence("x _ _ O", "\u00A0 _ _ B-PER", "y _ _ B-LOC");
        Document back = ExportTestSupport.read(dir.resolve("nb.out.conll")).get(0);
        assertThat(back.text()).isEqualTo(documents.get(0).text());
        assertThat(back.spans()).isEqualTo(documents.get(0).spans());
    }

    /** A tab-separated file's New York is one token; written as two, it reads back as the same text and entity. */
    @Test
    void aTokenHoldingASpaceIsWrittenAsTokensThatReadBackTheSame() throws IOException {
        List<Document> documents = read("tab.conll", "New York\tB-LOC\nis\tO\n");
        assertThat(export(ExportFormat.CONLL, documents, "tab.out.conll").problems()).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("tab.out.conll"))).containsSubsequence("New _ _ B-LOC", "York _ _ I-LOC", "is _ _ O");
        Document back = ExportTestSupport.read(dir.resolve("tab.out.conll")).get(0);
        assertThat(back.text()).isEqualTo("New York is");
        assertThat(back.spans()).containsExactly(Span.of(0, 8, "LOC"));
    }

    /** An entity a correction put on white space between a dataset's tokens: named where it stands, not at 1:1. */
    @Test
    void anEntityADatasetDocumentCannotCarryIsNamedAtItsPlaceInTheFile() throws IOException {
        Document read = read("c.conll", "-DOCSTART- -X- -X- O\n\nAli _ _ B-PER\nmet _ _ O\n").get(0);
        Document corrected = read.withSpans(SpanSet.of(Span.of(0, 3, "PER"), Span.of(3, 4, "LOC"))); // "Ali| |met"
        ExportSummary summary = export(ExportFormat.CONLL, List.of(corrected), "c.out.conll");
        assertThat(summary.problems()).singleElement().asString()
                .endsWith("c.conll:3:4: warning: entity LOC ' ' covers no token and is not in this format; entity dropped [not-carried]");
    }
}
