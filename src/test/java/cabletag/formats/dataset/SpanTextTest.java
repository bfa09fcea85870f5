package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jsonl span's own {@code "text"} is set against the text its offsets cover: offsets counted another way (UTF-16
 * code units, as a JavaScript tool counts, or UTF-8 bytes) were read and exported over other text unsaid.
 */
class SpanTextTest {

    @TempDir
    Path dir;

    private List<Document> read(String content) throws Exception {
        Path file = Files.writeString(dir.resolve("s.jsonl"), content);
        return new JsonlFormat().read(file, "s.jsonl");
    }

    private static List<String> problems(Document document) {
        return document.diagnostics().stream().map(d -> d.format("s.jsonl")).toList();
    }

    @Test
    void offsetsCountedInUtf16UnitsAreNamedAndKept() throws Exception {
        Document document = read("{\"text\":\"\uD83D\uDE00 Ali met\",\"spans\":[{\"start\":3,\"end\":6,\"label\":\"PER\",\"text\":\"Ali\"}]}\n").get(0);
        assertThat(problems(document)).containsExactly("s.jsonl:1:1: warning: span text 'Ali' differs from the text at [3, 6) "
                + "('li '): the offsets fit it counted in UTF-16 code units (as JavaScript counts), where a dataset counts code "
                + "points; offsets kept [text-mismatch]");
        assertThat(document.spans()).containsExactly(Span.of(4, 7, "PER")); // UTF-16 inside: code points 3 to 6
        assertThat(document.diagnostics().get(0).losesAnnotation()).isFalse();
    }

    @Test
    void offsetsCountedInUtf8BytesAreNamedSo() throws Exception {
        Document document = read("{\"text\":\"\u00e9 Ali met\",\"spans\":[{\"start\":3,\"end\":6,\"label\":\"PER\",\"text\":\"Ali\"}]}\n").get(0);
        assertThat(problems(document)).singleElement().asString()
                .contains("('li '): the offsets fit it counted in UTF-8 bytes, where a dataset counts code points; offsets kept [text-mismatch]");
    }

    @Test
    void aSpanTextThatFitsOrNoneAtAllSaysNothing() throws Exception {
        List<Document> documents = read("{\"text\":\"\uD83D\uDE00 Ali met\",\"spans\":[{\"start\":2,\"end\":5,\"label\":\"PER\",\"text\":\"Ali\"}]}\n"
                + "{\"text\":\"Ali\\u0000met\",\"spans\":[{\"start\":0,\"end\":7,\"label\":\"PER\",\"text\":\"Ali\\u0000met\"},"
                + "{\"start\":0,\"end\":3,\"label\":\"PER\"},{\"start\":4,\"end\":7,\"label\":\"PER\",\"text\":5}]}\n");
        assertThat(problems(documents.get(0))).isEmpty();
        assertThat(problems(documents.get(1))).extracting(p -> p.substring(p.lastIndexOf('['))).containsExactly("[nul-byte]");
    }

    @Test
    void aDroppedEntityIsNamedAsDroppedOnly() throws Exception {
        Document document = read("{\"text\":\"Ali met\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\",\"text\":\"Ali\"},"
                + "{\"start\":0,\"end\":3,\"label\":\"LOC\",\"text\":\"Bob\"},{\"start\":4,\"end\":7,\"label\":\"LOC\",\"text\":\"Met\"}]}\n").get(0);
        assertThat(problems(document)).containsExactly(
                "s.jsonl:1:1: warning: entity LOC 'Ali' same text as the PER entity 'Ali'; entity dropped [overlap]",
                "s.jsonl:1:1: warning: span text 'Met' differs from the text at [4, 7) ('met'); offsets kept [text-mismatch]");
    }

    @Test
    void anEntityPastTheEndSaysWhichCountWouldReachIt() throws Exception {
        // Ali at the end, after an emoji (2 UTF-16 units, 4 bytes) and an é (1 unit, 2 bytes); no span text to compare
        List<Document> documents = read("{\"text\":\"\uD83D\uDE00 met Ali\",\"spans\":[{\"start\":7,\"end\":10,\"label\":\"PER\"}]}\n"
                + "{\"text\":\"\u00e9\u00e9 met Ali\",\"spans\":[{\"start\":9,\"end\":12,\"label\":\"PER\"}]}\n"
                + "{\"text\":\"met Ali\",\"spans\":[{\"start\":4,\"end\":9,\"label\":\"PER\"}]}\n");
        assertThat(problems(documents.get(0))).containsExactly("s.jsonl:1:1: warning: entity [7, 10) PER does not fit the text of 9"
                + " characters (it is 10 UTF-16 code units long: were the offsets counted so, as JavaScript counts? a dataset counts"
                + " code points); entity dropped [bad-offsets]");
        assertThat(problems(documents.get(1))).singleElement().asString().contains("does not fit the text of 10 characters"
                + " (it is 12 UTF-8 bytes long: were the offsets counted in bytes? a dataset counts code points); entity dropped");
        assertThat(problems(documents.get(2))).singleElement().asString()
                .endsWith("entity [4, 9) PER does not fit the text of 7 characters; entity dropped [bad-offsets]");
    }
}
