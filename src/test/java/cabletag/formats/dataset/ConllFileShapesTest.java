package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CoNLL files as they come from outside: told from cables that open with the word, joined, tab-separated. */
class ConllFileShapesTest {

    @TempDir
    Path dir;

    private static List<String> formatted(Document document) {
        return document.diagnostics().stream().map(d -> d.format(document.source().name())).toList();
    }

    private List<Document> readAll(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(dir.resolve(name)));
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.problems()).isEmpty());
        return outcomes.get(0).documents();
    }

    /** A cable opening with the word -DOCSTART- was read as an empty CoNLL document: all its text lost, exit 0. */
    @Test
    void aCableOpeningWithTheWordDocstartIsReadAsACable() throws IOException {
        List<Document> documents = readAll("memo.txt",
                "-DOCSTART- memo: [PER Ali  ] met [LOC Basra  ]\n".getBytes(StandardCharsets.UTF_8));
        Document memo = documents.get(0);
        assertThat(memo.source().format()).isEqualTo(SourceFormat.INLINE);
        assertThat(memo.text()).startsWith("-DOCSTART- memo: Ali met Basra");
        assertThat(memo.spans()).containsExactly(Span.of(17, 20, "PER"), Span.of(25, 30, "LOC"));
    }

    @Test
    void aFileOfCoNLLLinesIsCoNLLWhateverItsName() {
        ConllFormat conll = new ConllFormat();
        Path txt = dir.resolve("x.txt");
        assertThat(conll.accepts(txt, bytes("-DOCSTART- -X- -X- O\n\nAli B-PER\n"))).isTrue();
        assertThat(conll.accepts(txt, bytes("\uFEFF-DOCSTART-\tO\n"))).isTrue();
        assertThat(conll.accepts(txt, bytes("-DOCSTART- doc-17\n\nAli _ _ B-PER\nmet _ _ O\n"))).as("by its token lines").isTrue();
        assertThat(conll.accepts(txt, bytes("-DOCSTART- memo: Ali met\nBasra today\n"))).isFalse();
        assertThat(conll.accepts(txt, bytes("-DOCSTART- [PER Ali  ] met\n"))).isFalse();
        assertThat(conll.accepts(txt, bytes("-DOCSTARTED the talks\n"))).isFalse();
        // a bare -DOCSTART- line above a cable's text: read as CoNLL, "[PER" was its one token (found from outside)
        assertThat(conll.accepts(txt, bytes("-DOCSTART-\n\n[PER Ali  ] met Bob in Baghdad today\nmore\n"))).isFalse();
        assertThat(conll.accepts(txt, bytes("-DOCSTART- -X- O\n\n-DOCSTART- -X- O\n\nAli B-PER\n"))).isTrue();
    }

    /** Named .conll, such a line opens a document all the same, and its words are said not to be read. */
    @Test
    void wordsOnADocstartLineAreNamed() throws IOException {
        Document memo = readAll("memo.conll", bytes("-DOCSTART- memo: [PER Ali  ] met\n")).get(0);
        assertThat(memo.text()).isEmpty();
        assertThat(formatted(memo)).containsExactly("memo.conll:1:12: warning: a -DOCSTART- line opens a document and holds"
                + " nothing else but column values such as -X- and O: its 'memo: [PER Ali  ] met' is not read [docstart-text]");
        assertThat(memo.diagnostics().get(0).losesAnnotation()).isTrue();
    }

    /** cat a.conll b.conll, b with a byte-order mark: one document, text "Ali\n\uFEFF-DOCSTART-\nBob", unsaid. */
    @Test
    void aByteOrderMarkMidFileBeforeDocstartOpensADocumentAndIsNamed() throws IOException {
        List<Document> documents = readAll("cat.conll", bytes("Ali B-PER\n\n\uFEFF-DOCSTART- -X- -X- O\n\nBob B-PER\n"));
        assertThat(documents).extracting(Document::text).containsExactly("Ali", "Bob");
        assertThat(documents.get(1).spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(formatted(documents.get(1))).containsExactly("cat.conll:3:1: warning: a byte-order mark (U+FEFF) before"
                + " -DOCSTART- in the middle of the file, as where two files were joined: dropped, and the line read as the"
                + " document start it is [byte-order-mark]");
        assertThat(documents.get(1).diagnostics().get(0).losesAnnotation()).isFalse();
    }

    /** New York<TAB>B-LOC was the token New, its York dropped unsaid. */
    @Test
    void aTabSeparatedFileKeepsATokenHoldingASpace() throws IOException {
        Document document = readAll("tab.conll", bytes("New York\tB-LOC\nis\tO\nin\t_\tO\n")).get(0);
        assertThat(document.text()).isEqualTo("New York is in");
        assertThat(document.spans()).containsExactly(Span.of(0, 8, "LOC"));
        assertThat(document.givenTokens().count()).isEqualTo(3);
        assertThat(document.diagnostics()).isEmpty();
    }

    /** The columns past the file's count left out, named; placeholders (the 'the _ _ O' line) leave out nothing. */
    @Test
    void aLineWithMoreColumnsThanTheFilesIsNamedWithWhatItLeavesOut() throws IOException {
        Document document = readAll("sp.conll", bytes("Ali B-PER\nNew York B-LOC\n\nthe _ _ O\n")).get(0);
        assertThat(document.text()).isEqualTo("Ali New\nthe");
        assertThat(formatted(document)).containsExactly("sp.conll:2:5: warning: this line has 3 columns where the file's"
                + " first token line (line 1) has 2: read as the token 'New' and the tag 'B-LOC', its 'York' between them is"
                + " left out (a token holding a space is read whole from a file whose columns are separated by tabs) [columns]");
        assertThat(document.diagnostics().get(0).losesAnnotation()).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
