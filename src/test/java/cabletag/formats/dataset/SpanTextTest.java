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
}
