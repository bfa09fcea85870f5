package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON-lines exports keep one document per line for readers that split lines the way Python's
 * {@code str.splitlines()} does: at U+2028, U+2029 and U+0085 too, which JSON allows raw.
 */
class JsonLineSeparatorsTest {

    /** Python's str.splitlines() boundaries. */
    private static final String PYTHON_LINE_BREAKS = "[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"JSONL", "DOCCANO", "HF"})
    void unicodeLineSeparatorsAreEscapedSoEachDocumentStaysOnOneLine(ExportFormat format) throws IOException {
        String text = "Rubaie\u2028met Maliki\u2029in Erbil\u0085on \uD83D\uDE00 day\u000Bthen\u001Cleft";
        List<Document> documents = List.of(document("a", text), document("b", "Plain Rubaie met Maliki"));
        Path out = dir.resolve("out." + format.cliName());
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(format), documents, out);
        assertThat(summary.problems()).isEmpty();

        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("\u2028", "\u2029", "\u0085");
        String[] lines = written.split(PYTHON_LINE_BREAKS, -1);
        assertThat(lines).hasSize(documents.size() + 1); // the file ends with a line break
        assertThat(lines[lines.length - 1]).isEmpty();
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        if (format == ExportFormat.HF) {
            assertThat(first.get("tokens").toString()).contains("Rubaie", "Maliki", "Erbil");
        } else {
            assertThat(first.get("text").asText()).isEqualTo(text);
            assertThat(lines[0]).contains("\\u2028", "\\u2029", "\\u0085");
        }
        assertThat(json.readTree(lines[1])).isNotNull();
    }

    private static Document document(String id, String text) {
        int at = text.indexOf("Maliki");
        SpanSet spans = SpanSet.of(Span.of(0, 6, "PER"), Span.of(at, at + 6, "PER"));
        return new Document(id, DocumentSource.ofCleanText(id + ".jsonl", SourceFormat.JSONL, text), text, spans,
                Map.of(), List.of());
    }
}
