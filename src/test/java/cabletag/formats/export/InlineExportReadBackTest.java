package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline export writes only cables that read back the same, and names the others. */
class InlineExportReadBackTest {

    @TempDir
    Path dir;

    @Test
    void aCableWhoseTextReadsAsATagIsNamedAndNotWrittenTheOthersAre() throws IOException {
        String tagLike = "He met [PER x  ] today";
        Document odd = new Document("odd", DocumentSource.ofCleanText("odd.txt", SourceFormat.JSONL, tagLike), tagLike,
                SpanSet.of(Span.of(0, 2, "PER")), Map.of(), List.of());
        String plain = "Rubaie met Maliki";
        Document fine = new Document("fine", DocumentSource.ofCleanText("fine.txt", SourceFormat.JSONL, plain), plain,
                SpanSet.of(Span.of(0, 6, "PER"), Span.of(11, 17, "PER")), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(odd, fine), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.cables()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString()
                .isEqualTo("odd.txt#odd: not written: written with plain tags it would read back with different text from"
                        + " clean text line 1, column 8 ('[PER x  ] today'): a tag there would be read as text, or text as a tag");
        assertThat(summary.describe()).contains("1 cable was not written");
        assertThat(folder.resolve("odd/odd.txt")).doesNotExist();
        // a dataset's document is a cable file of its own, named by its id, under the dataset's name
        assertThat(Files.readString(folder.resolve("fine/fine.txt"))).isEqualTo("[PER Rubaie  ] met [PER Maliki  ]");
    }

    @Test
    void documentsOfDatasetsReadBackAsCablesWithTheirIds() throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("d.jsonl"),
                "{\"id\":\"q1\",\"text\":\"{\\\"text\\\":\\\"Rubaie\\\"}\",\"spans\":[]}\n"
                + "{\"id\":\"q2\",\"text\":\"Rubaie met Maliki\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n");
        Files.writeString(input.resolve("c.conll"), "-DOCSTART- -X- -X- O\n\nRubaie _ _ B-PER\nmet _ _ O\nIraq _ _ B-LOC\n");
        Files.writeString(input.resolve("b.txt"), "Rubaie met Iraq\n");
        Files.writeString(input.resolve("b.ann"), "T1\tPER 0 6\tRubaie\nT2\tLOC 11 15\tIraq\n");
        List<Document> documents = new java.util.ArrayList<>();
        for (cabletag.formats.ReadOutcome outcome : cabletag.formats.CorpusReader.standard().readAll(List.of(input))) {
            assertThat(outcome.problems()).isEmpty();
            documents.addAll(outcome.documents());
        }
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), documents, folder);

        assertThat(summary.notWritten()).isZero();
        List<Document> back = new java.util.ArrayList<>();
        for (cabletag.formats.ReadOutcome outcome : cabletag.formats.CorpusReader.standard().readAll(List.of(folder))) {
            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.documents()).singleElement()
                    .satisfies(d -> assertThat(d.source().format()).isEqualTo(SourceFormat.INLINE));
            back.addAll(outcome.documents());
        }
        assertThat(back).extracting(Document::id).containsExactlyInAnyOrderElementsOf(documents.stream().map(Document::id).toList());
        for (Document original : documents) {
            Document read = back.stream().filter(d -> d.id().equals(original.id())).findFirst().orElseThrow();
            assertThat(read.text()).isEqualTo(original.text());
            assertThat(read.spans()).isEqualTo(original.spans());
        }
    }

    /**
     * A cable not written keeps its name taken, as its id is in the jsonl export, so the cables after it are named by
     * their jsonl ids still; and no note says it was exported under another name.
     */
    @Test
    void aCableNotWrittenKeepsItsIdTakenAndGetsNoNote() throws IOException {
        Document page = cable("c.html", "Rubaie met Maliki");
        Document nul = cable("c.txt", "a\u0000b");
        Document later = cable("c.txt", "Maliki met Rubaie");
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(page, nul, later), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.notes()).singleElement().asString().startsWith("the name c went to c.html, earlier in input order, so c.txt"
                + " is exported as c-3.txt (");
        assertThat(folder.resolve("c.html")).exists();
        assertThat(folder.resolve("c-2.txt")).doesNotExist();
        assertThat(Files.readString(folder.resolve("c-3.txt"))).isEqualTo("Maliki met Rubaie");
    }

    private static Document cable(String name, String text) {
        return new Document(name.substring(0, name.indexOf('.')), DocumentSource.ofCleanText(name, SourceFormat.INLINE, text), text,
                SpanSet.of(), Map.of(), List.of());
    }

    /** A text that is CoNLL lines is refused; one that only opens with the word -DOCSTART- reads back as the cable it is. */
    @Test
    void aDocumentThatWouldReadBackAsCoNLLIsNamedAndNotWritten() throws IOException {
        String text = "-DOCSTART- -X- -X- O\n\nAli B-PER";
        Document odd = new Document("q3", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.of(), Map.of(), List.of());
        String words = "-DOCSTART- is how CoNLL files open";
        Document prose = new Document("q4", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, words), words,
                SpanSet.of(), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(odd, prose), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString()
                .isEqualTo("d.jsonl#q3: not written: as d/q3.txt it would be read back as another format, not as a cable");
        assertThat(ExportTestSupport.read(folder.resolve("d/q4.txt"))).singleElement()
                .satisfies(back -> assertThat(back.text()).isEqualTo(words));
    }

    @Test
    void aDocumentWhoseTextHoldsANulIsNamedAndNotWritten() throws IOException {
        // the next reading would skip the written file as binary: its entity would be lost
        String text = "a\u0000b [x]";
        Document odd = new Document("n1", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.of(Span.of(0, 1, "PER")), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(odd), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString()
                .isEqualTo("d.jsonl#n1: not written: its text holds a NUL character (clean text line 1, column 2), which a"
                        + " cable file cannot carry: read back, the file would be skipped as binary or the NUL read as U+FFFD");
        assertThat(folder.resolve("d/n1.txt")).doesNotExist();
    }

    /**
     * A dataset's text with a carriage return: a cable file's CR LF and lone CR are line breaks, so the text reads back
     * with a line break there. The reason says so, at the CR's place in code points (the emoji before it is one), and
     * not that a tag would be read as text.
     */
    @Test
    void aDocumentWhoseTextHoldsACarriageReturnIsNamedAsOneThatComesBackAsALineBreak() throws IOException {
        String crlf = "Rome \uD83D\uDE00 x\r\nAli";
        String lone = "Ali\rOmar";
        Document windows = new Document("c1", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, crlf), crlf,
                SpanSet.of(Span.of(11, 14, "PER")), Map.of(), List.of());
        Document mac = new Document("c2", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, lone), lone,
                SpanSet.of(Span.of(0, 3, "PER")), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(windows, mac), folder);

        assertThat(summary.notWritten()).isEqualTo(2);
        assertThat(summary.problems()).containsExactly(
                "d.jsonl#c1: not written: its text holds a carriage return (U+000D) at clean text line 1, column 9, which a"
                        + " cable file cannot carry: read back, the CR LF comes back as one line break, and every entity after"
                        + " it would move one character",
                "d.jsonl#c2: not written: its text holds a carriage return (U+000D) at clean text line 1, column 4, which a"
                        + " cable file cannot carry: read back, it comes back as a line break (U+000A)");
        assertThat(folder.resolve("d/c1.txt")).doesNotExist();
    }

    @Test
    void aDocumentWithANulPastTheBinaryCheckIsNamedAndNotWrittenEither() throws IOException {
        // the next reading would take it for a cable and read the NUL as U+FFFD: its text would not be the same
        String text = "x".repeat(9000) + "\nsaid \u0000";
        Document odd = new Document("n2", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.of(Span.of(0, 1, "PER")), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(odd), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString()
                .startsWith("d.jsonl#n2: not written: its text holds a NUL character (clean text line 2, column 6)");
        assertThat(folder.resolve("d/n2.txt")).doesNotExist();
    }

    @Test
    void anEditedSeedWithNewTagsOnPlainWordsIsWrittenAndReadsBack() throws IOException {
        Document seed = ExportTestSupport.read(ExportTestSupport.seeds().resolve(ExportTestSupport.TAGGED_SEED)).get(0);
        int at = seed.text().indexOf(" officials ") + 1;
        assertThat(at).isPositive();
        SpanSet edited = seed.spans().with(new Span(at, at + "officials".length(), Label.MISC));
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(seed.withSpans(edited)), folder);

        assertThat(summary.notWritten()).isZero();
        Document back = new CableReader().read(seed.source().name(), Files.readAllBytes(folder.resolve(ExportTestSupport.TAGGED_SEED)));
        assertThat(back.text()).isEqualTo(seed.text());
        assertThat(back.spans()).isEqualTo(edited);
    }
}
