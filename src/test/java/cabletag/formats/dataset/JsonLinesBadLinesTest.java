package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.reader.BadLinesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines of a JSON lines dataset that Python's {@code json.loads} would refuse, or that hold what no export can
 * write, are bad lines: named at their line (and column), left out, and the lines after them read on.
 */
class JsonLinesBadLinesTest {

    @TempDir
    Path dir;

    private static BadLinesException badLines(Path file) {
        try {
            new JsonlFormat().read(file, file.getFileName().toString());
        } catch (BadLinesException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected bad lines, got " + e, e);
        }
        throw new AssertionError("expected bad lines, every line was read");
    }

    @Test
    void contentAfterTheJsonObjectMakesTheLineNotJsonNamedAtThatContent() throws IOException {
        // read before: the object was taken and the rest of the line dropped unsaid; json.loads says "Extra data"
        Path file = Files.writeString(dir.resolve("t.jsonl"),
                "{\"id\":\"a\",\"text\":\"Rubaie met\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]} trailing garbage\n"
                        + "{\"id\":\"b\",\"text\":\"\uD83D\uDE00\"}{\"id\":\"c\",\"text\":\"x\"}\n"
                        + "{\"text\":\"x\"} ,\n"
                        + "{\"id\":\"d\",\"text\":\"Tehran\"}\n");
        BadLinesException bad = badLines(file);
        assertThat(bad.badLines()).extracting(e -> e.format("t.jsonl")).containsExactly(
                "t.jsonl:1:76: error: not a JSON object with a \"text\" string: 'trailing garbage' comes after the end "
                        + "of the JSON object (a line holds one JSON object and nothing after it)",
                // the column counts code points: the emoji before it is one character
                "t.jsonl:2:22: error: not a JSON object with a \"text\" string: '{\"id\":\"c\",\"text\":\"x\"…' comes after "
                        + "the end of the JSON object (a line holds one JSON object and nothing after it)",
                "t.jsonl:3:14: error: not a JSON object with a \"text\" string: ',' comes after the end of the JSON object "
                        + "(a line holds one JSON object and nothing after it)");
        assertThat(bad.documents()).extracting(Document::id).containsExactly("d");
    }

    @Test
    void aSyntaxErrorIsNamedAtItsColumnInCodePoints() throws IOException {
        // Jackson counts UTF-16 units: the emoji before the stray word counted twice, and json.loads says 13
        Path file = Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"\uD83D\uDE00\" x}\n{\"text\":\"\uD83D\uDE00\" nul}\n");
        assertThat(badLines(file).badLines()).extracting(e -> e.line() + ":" + e.column()).containsExactly("1:13", "2:13");
    }

    @Test
    void whiteSpaceAfterTheObjectAndCrlfLineEndsStayAccepted() throws Exception {
        Path file = Files.writeString(dir.resolve("w.jsonl"),
                "{\"id\":\"a\",\"text\":\"Rubaie\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]} \t \r\n"
                        + "  {\"id\":\"b\",\"text\":\"Tehran\"}\r\n"
                        + "{\"id\":\"c\",\"text\":\"Iraq\"}\r");
        assertThat(new JsonlFormat().read(file, "w.jsonl")).extracting(Document::id).containsExactly("a", "b", "c");
        assertThat(new JsonlFormat().read(file, "w.jsonl").get(0).spans()).containsExactly(Span.of(0, 6, "PER"));
    }

    @Test
    void anIdThatIsNeitherAStringNorANumberIsABadLine() throws IOException {
        // read before: an array or object id became "" (brat wrote document.txt), true became "true"
        Path file = Files.writeString(dir.resolve("i.jsonl"), "{\"id\":[\"x\"],\"text\":\"Tehran\",\"spans\":[]}\n"
                + "{\"id\":{\"n\":1},\"text\":\"a\"}\n"
                + "{\"id\":true,\"text\":\"b\"}\n"
                + "{\"id\":7,\"text\":\"c\"}\n"
                + "{\"id\":\"q\",\"text\":\"d\"}\n"
                + "{\"id\":null,\"text\":\"e\"}\n"
                + "{\"text\":\"f\",\"label\":[],\"id\":[]}\n");
        BadLinesException bad = badLines(file);
        assertThat(bad.badLines()).extracting(e -> e.format("i.jsonl")).containsExactly(
                "i.jsonl:1:1: error: \"id\" must be a string or a number, found an array",
                "i.jsonl:2:1: error: \"id\" must be a string or a number, found an object",
                "i.jsonl:3:1: error: \"id\" must be a string or a number, found true",
                "i.jsonl:7:1: error: \"id\" must be a string or a number, found an array");
        // a null id is no id, as a line without one: the file's name and the line number
        assertThat(bad.documents()).extracting(Document::id).containsExactly("7", "q", "i-6");
    }

    @Test
    void aNumberIdWithAFractionOrAnExponentIsABadLineAndAWholeOneIsKeptDigitForDigit() throws IOException {
        // read before: 1.50 was exported as the id "1.5" and 1e3 as "1000.0", without a word
        Path file = Files.writeString(dir.resolve("n.jsonl"), "{\"id\":1.50,\"text\":\"a\"}\n"
                + "{\"id\":1e3,\"text\":\"b\"}\n"
                + "{\"id\":12345678901234567890,\"text\":\"c\"}\n"
                + "{\"id\":-7,\"text\":\"d\"}\n");
        BadLinesException bad = badLines(file);
        assertThat(bad.badLines()).extracting(e -> e.format("n.jsonl")).containsExactly(
                "n.jsonl:1:1: error: \"id\" is a number with a fraction or an exponent, read as 1.5, not as the file writes it;"
                        + " write the id as a string or a whole number",
                "n.jsonl:2:1: error: \"id\" is a number with a fraction or an exponent, read as 1000.0, not as the file"
                        + " writes it; write the id as a string or a whole number");
        assertThat(bad.documents()).extracting(Document::id).containsExactly("12345678901234567890", "-7");
    }

    @Test
    void aStringWithAnUnpairedSurrogateThatTheDocumentKeepsMakesABadLine() throws IOException {
        // read before: brat, conll and hf wrote "a?bc" (UTF-8 cannot hold U+D800), jsonl wrote \ud800 back
        String why = ", which is not a character (no UTF-8 file can hold it)";
        Path file = Files.writeString(dir.resolve("m.jsonl"), String.join("\n",
                "{\"id\":\"m\",\"text\":\"a\\ud800bc\",\"spans\":[{\"start\":0,\"end\":2,\"label\":\"PER\"}]}",
                "{\"id\":\"n\",\"text\":\"\\ud83d\\ude00x\\udc00\"}",
                "{\"id\":\"o\",\"text\":\"\\udc00\\ud800\"}",
                "{\"id\":\"p\",\"text\":\"\\ud83d\\ude00 ok\",\"spans\":[{\"start\":0,\"end\":1,\"label\":\"EMO\"}]}",
                "{\"id\":\"q\",\"text\":\"x\\ud800\",\"label\":[[0,1,\"PER\"]]}",
                "{\"id\":\"r\\udfff\",\"text\":\"ok\"}",
                "{\"id\":\"s\",\"text\":\"ok\",\"meta\":{\"note\":\"\\ud800\"}}",
                "{\"id\":\"t\",\"text\":\"ok\",\"meta\":{\"\\ud800\":\"x\"}}",
                "{\"id\":\"u\",\"text\":\"ok\",\"meta\":{\"list\":[\"\\ud800\"]}}",
                // fields the reader does not keep go nowhere, so they hold nothing up
                "{\"id\":\"v\",\"text\":\"ok\",\"extra\":\"\\ud800\"}",
                // meta's source is kept (the jsonl export writes it back), so it is checked as meta's other values
                "{\"id\":\"w\",\"text\":\"ok\",\"meta\":{\"source\":\"\\ud800\"}}") + "\n");
        BadLinesException bad = badLines(file);
        assertThat(bad.badLines()).extracting(e -> e.format("m.jsonl")).containsExactly(
                "m.jsonl:1:1: error: \"text\" holds an unpaired surrogate U+D800 at code point 1" + why,
                "m.jsonl:2:1: error: \"text\" holds an unpaired surrogate U+DC00 at code point 2" + why,
                "m.jsonl:3:1: error: \"text\" holds an unpaired surrogate U+DC00 at code point 0" + why,
                "m.jsonl:5:1: error: \"text\" holds an unpaired surrogate U+D800 at code point 1" + why,
                "m.jsonl:6:1: error: \"id\" holds an unpaired surrogate U+DFFF at code point 1" + why,
                "m.jsonl:7:1: error: \"meta.note\" holds an unpaired surrogate U+D800 at code point 0" + why,
                "m.jsonl:8:1: error: a key of \"meta\" holds an unpaired surrogate U+D800 at code point 0" + why,
                "m.jsonl:9:1: error: \"meta.list\" holds an unpaired surrogate U+D800 at code point 2" + why,
                "m.jsonl:11:1: error: \"meta.source\" holds an unpaired surrogate U+D800 at code point 0" + why);
        assertThat(bad.documents()).extracting(Document::id).containsExactly("p", "v");
        assertThat(bad.documents().get(0).spans()).containsExactly(Span.of(0, 2, "EMO")); // a pair is one character
    }

    @Test
    void aLabelWithAnUnpairedSurrogateDropsItsEntityNamingTheSurrogate() throws Exception {
        // no label can hold one (capitals, digits, _ or -); the warning named it raw, which a terminal shows as ?
        Path file = Files.writeString(dir.resolve("l.jsonl"),
                "{\"id\":\"l\",\"text\":\"Rubaie\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"P\\ud800\"}]}\n"
                        + "{\"id\":\"k\",\"text\":\"Rubaie\",\"label\":[[0,6,\"\\udc00\"]]}\n");
        List<Document> documents = new JsonlFormat().read(file, "l.jsonl");
        assertThat(documents).allSatisfy(d -> assertThat(d.spans()).isEmpty());
        assertThat(documents).extracting(d -> d.diagnostics().get(0).format("l.jsonl")).containsExactly(
                "l.jsonl:1:1: warning: the label holds an unpaired surrogate U+D800 at code point 1, which is not a "
                        + "character (no UTF-8 file can hold it); entity dropped [bad-label]",
                "l.jsonl:2:1: warning: the label holds an unpaired surrogate U+DC00 at code point 0, which is not a "
                        + "character (no UTF-8 file can hold it); entity dropped [bad-label]");
    }

    @Test
    void aSurrogateWrittenAsUtf8BytesIsNotUtf8TextToEveryDatasetReader() throws IOException {
        // ED A0 80 would be U+D800 in UTF-8 if UTF-8 allowed it; the decoder refuses it, so no reader gets one
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        Path jsonl = Files.write(dir.resolve("s.jsonl"), bytes("{\"text\":\"a", surrogate, "bc\"}\n"));
        Path conll = Files.write(dir.resolve("s.conll"), bytes("a B-PER\n", surrogate, " I-PER\n"));
        Files.write(dir.resolve("b.txt"), bytes("a", surrogate, "bc"));
        Path ann = Files.writeString(dir.resolve("b.ann"), "T1\tPER 0 1\ta\n");
        assertThatThrownBy(() -> new JsonlFormat().read(jsonl, "s.jsonl")).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> new ConllFormat().read(conll, "s.conll")).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> new BratFormat().read(ann, "b.ann")).hasMessageContaining("not UTF-8 text");
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
