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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offsets after a character outside the BMP count it once, as Python does. */
class NonBmpTest {

    @TempDir
    Path out;

    //                                       UTF-16:  0 1 2 3         1
    //                                                ..  ..0123456789012
    private static final String TEXT = "\uD83D\uDE00\uD83C\uDDEE Rubaie met";
    //                                                      [PER ]
    // In code points the emoji and the flag letter are one each: Rubaie is [3, 9) in Python.
    private final Document document = new Document("e", DocumentSource.ofCleanText("e.jsonl", SourceFormat.JSONL, TEXT),
            TEXT, SpanSet.of(Span.of(5, 11, "PER")), null, null);

    @Test
    void jsonlOffsetsAreCodePoints() throws IOException {
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), List.of(document), out.resolve("e.jsonl"));
        JsonNode line = new ObjectMapper().readTree(Files.readString(out.resolve("e.jsonl")));
        JsonNode span = line.get("spans").get(0);
        assertThat(span.get("start").asInt()).isEqualTo(3);
        assertThat(span.get("end").asInt()).isEqualTo(9);
        assertThat(ExportTestSupport.pythonSlice(line.get("text").asText(), 3, 9)).isEqualTo("Rubaie");
    }

    @Test
    void doccanoAndBratOffsetsAreCodePoints() throws IOException {
        ExportTestSupport.export(ExportOptions.of(ExportFormat.DOCCANO), List.of(document), out.resolve("d.jsonl"));
        JsonNode label = new ObjectMapper().readTree(Files.readString(out.resolve("d.jsonl"))).get("label").get(0);
        assertThat(label.get(0).asInt()).isEqualTo(3);
        assertThat(label.get(1).asInt()).isEqualTo(9);

        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), List.of(document), out.resolve("brat"));
        assertThat(Files.readString(out.resolve("brat/e/e.ann"), StandardCharsets.UTF_8)).isEqualTo("T1\tPER 3 9\tRubaie\n");
    }

    @Test
    void readingCodePointOffsetsGivesTheSameUtf16Span() throws IOException {
        Path file = out.resolve("in.jsonl");
        Files.writeString(file, "{\"text\": \"" + TEXT + "\", \"spans\": [{\"start\": 3, \"end\": 9, \"label\": \"PER\"}]}\n");
        Document read = ExportTestSupport.read(file).get(0);
        assertThat(read.spans()).containsExactly(Span.of(5, 11, "PER"));
    }
}
