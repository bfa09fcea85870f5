package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.reader.BadLinesException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
