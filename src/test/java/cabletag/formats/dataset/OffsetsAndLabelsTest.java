package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.reader.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offsets and labels of spaCy/Prodigy and doccano lines, as a line written by a Python tool has them: an offset
 * that went through a float ({@code 3.0}, as pandas writes a column that held a NaN) is a whole number and is
 * read, with a warning, since Python's {@code text[0:3.0]} refuses it; a span without a label is said to have none.
 */
class OffsetsAndLabelsTest {

    @TempDir
    Path dir;

    private Document readOne(String name, String line) throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve(name), line + "\n");
        List<Document> documents = new JsonlFormat().read(file, name);
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    private static List<String> lines(Document document) {
        return document.diagnostics().stream().map(d -> d.format(document.source().name())).toList();
    }

    @Test
    void aWholeNumberWrittenAsADecimalIsReadWithAWarningThatLosesNothing() throws IOException, FormatException {
        Document document = readOne("f.jsonl",
                "{\"text\":\"Ali met Bob\",\"spans\":[{\"start\":0,\"end\":3.0,\"label\":\"PER\"},{\"start\":8.00,\"end\":1.1e1,\"label\":\"PER\"}]}");
        assertThat(document.spans()).containsExactly(Span.of(0, 3, "PER"), Span.of(8, 11, "PER"));
        String why = " is written with a decimal point or an exponent, which Python's json reads as a float that"
                + " text[start:end] refuses; read as ";
        assertThat(lines(document)).containsExactly(
                "f.jsonl:1:1: warning: end 3.0" + why + "3 [offset-not-integer]",
                "f.jsonl:1:1: warning: start 8.00" + why + "8 [offset-not-integer]",
                "f.jsonl:1:1: warning: end 11" + why + "11 [offset-not-integer]");
        assertThat(document.diagnostics()).noneMatch(Diagnostic::losesAnnotation);
    }

    @Test
    void aFractionStillDropsItsEntityAndAHugeWholeNumberIsNamedAsOutsideTheText() throws IOException, FormatException {
        Document document = readOne("g.jsonl", "{\"text\":\"Ali met Bob\",\"spans\":[{\"start\":0,\"end\":3.5,\"label\":\"PER\"},"
                + "{\"start\":8,\"end\":99999999999999999999,\"label\":\"PER\"},{\"start\":-1e30,\"end\":3,\"label\":\"PER\"}]}");
        assertThat(document.spans()).isEmpty();
        assertThat(lines(document)).containsExactly(
                "g.jsonl:1:1: warning: end 3.5 is not a whole number of characters; entity dropped [offset-not-integer]",
                "g.jsonl:1:1: warning: end 99999999999999999999 is far outside the text of 11 characters; entity dropped [bad-offsets]",
                "g.jsonl:1:1: warning: start -1E+30 is far outside the text of 11 characters; entity dropped [bad-offsets]");
    }

    @Test
    void aSpanWithoutALabelIsSaidToHaveNone() throws IOException, FormatException {
        Document document = readOne("h.jsonl", "{\"text\":\"Ali met Bob\",\"spans\":[{\"start\":0,\"end\":3},"
                + "{\"start\":4,\"end\":7,\"label\":null},{\"start\":8,\"end\":11,\"label\":true}]}");
        assertThat(document.spans()).isEmpty();
        assertThat(lines(document)).containsExactly(
                "h.jsonl:1:1: warning: entity [0, 3) has no label; entity dropped [bad-label]",
                "h.jsonl:1:1: warning: entity [4, 7) has no label; entity dropped [bad-label]",
                "h.jsonl:1:1: warning: entity [8, 11) has the label true, which is not a string; entity dropped [bad-label]");
        assertThat(document.diagnostics()).allMatch(Diagnostic::losesAnnotation);
    }

    @Test
    void aDoccanoEntryWithoutALabelIsSaidToHaveNoneNotReadAsTheLabelNull() throws IOException, FormatException {
        Document document = readOne("i.jsonl", "{\"text\":\"Ali met Bob\",\"label\":[[0,3,null],[4,7,\"per\"],[8,11,5]]}");
        assertThat(document.spans()).containsExactly(Span.of(4, 7, "PER"));
        assertThat(lines(document)).containsExactly(
                "i.jsonl:1:1: warning: entity [0, 3) has no label; entity dropped [bad-label]",
                "i.jsonl:1:1: warning: entity [8, 11) has the label 5, which is not a string; entity dropped [bad-label]");
    }

    @Test
    void aDoccanoOffsetWrittenAsADecimalIsReadToo() throws IOException, FormatException {
        Document document = readOne("k.jsonl", "{\"text\":\"Ali met Bob\",\"label\":[[0.0,3.0,\"PER\"]]}");
        assertThat(document.spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(document.diagnostics()).hasSize(2).noneMatch(Diagnostic::losesAnnotation);
    }
}
