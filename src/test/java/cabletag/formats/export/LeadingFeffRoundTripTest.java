package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text that starts with U+FEFF (a jsonl document may) comes back from every export that can carry it with its
 * entities on the same characters; brat counts a leading U+FEFF of a .txt as a character, as brat and Python do;
 * the inline export, whose cable file would take it for a byte order mark, refuses the cable by name.
 */
class LeadingFeffRoundTripTest {

    @TempDir
    Path dir;

    private static final String TEXT = "\uFEFFAli met Bob and Carl";

    private static Document feffDocument() {
        return new Document("z", DocumentSource.ofCleanText("in.jsonl", SourceFormat.JSONL, TEXT), TEXT,
                SpanSet.of(Span.of(1, 4, "PER"), Span.of(9, 12, "PER")), Map.of(), List.of());
    }

    private static List<String> entityTexts(Document document) {
        return document.spans().stream().map(span -> span + " " + document.textOf(span)).toList();
    }

    @Test
    void bratJsonlAndDoccanoGiveBackTheTextAndItsEntities() throws IOException {
        for (ExportFormat format : List.of(ExportFormat.BRAT, ExportFormat.JSONL, ExportFormat.DOCCANO)) {
            Path target = dir.resolve(format == ExportFormat.BRAT ? "brat" : format.name() + ".jsonl");
            ExportTestSupport.export(ExportOptions.of(format), List.of(feffDocument()), target);

            Document back = ExportTestSupport.read(target).get(0);

            assertThat(back.text()).as(format.name()).isEqualTo(TEXT);
            assertThat(entityTexts(back)).as(format.name()).isEqualTo(entityTexts(feffDocument()));
            assertThat(back.diagnostics()).as(format.name()).isEmpty();
        }
    }

    @Test
    void conllKeepsEachEntityOnItsWord() throws IOException {
        Path target = dir.resolve("feff.conll");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL), List.of(feffDocument()), target);

        Document back = ExportTestSupport.read(target).get(0);

        assertThat(back.spans()).extracting(back::textOf).containsExactly("Ali", "Bob");
        assertThat(back.diagnostics()).isEmpty();
    }

    @Test
    void aBratTxtThatStartsWithTheBytesOfAMarkCountsThemAsTheCharacterAtOffsetZero() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("hand"));
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Ali met Bob".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, both, 0, mark.length);
        System.arraycopy(text, 0, both, mark.length, text.length);
        Files.write(folder.resolve("h.txt"), both);
        // the offsets brat (and open(encoding='utf-8')) gives: U+FEFF is character 0
        Files.writeString(folder.resolve("h.ann"), "T1\tPER 1 4\tAli\nT2\tPER 9 12\tBob\n");

        Document read = ExportTestSupport.read(folder).get(0);

        assertThat(read.text()).isEqualTo("\uFEFFAli met Bob");
        assertThat(read.spans()).extracting(read::textOf).containsExactly("Ali", "Bob");
        assertThat(read.diagnostics()).isEmpty();
    }

    @Test
    void theInlineExportNamesTheCableItCannotWriteAndWritesNoFile() throws IOException {
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(feffDocument()), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString().startsWith("in.jsonl#z: not written: its text starts with U+FEFF");
        assertThat(folder.resolve("in/z.txt")).doesNotExist();
    }
}
