package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset document's {@code meta} comes out of a jsonl export as the JSON values it came in as: a number as a
 * number, a list as a list, an object as an object, null as null (it came out as the string "[1,2]", and null
 * was left out). Compared as Python's {@code json.loads} compares them, and written again byte for byte.
 */
class DatasetMetaRoundTripTest {

    /** As json.loads reads: a fraction is a double (1.50 and 1.5 are one value), a long whole number exact. */
    private static final ObjectMapper PYTHON_LIKE = new ObjectMapper();

    private static final String META = "{\"k\":[1,2],\"n\":1.50,\"e\":1e3,\"big\":123456789012345678901234567890,"
            + "\"tiny\":0.00000015,\"neg\":-7,\"t\":true,\"f\":false,\"z\":null,\"o\":{\"x\":null,\"y\":[{\"deep\":[]}],\"w\":{}},"
            + "\"s\":\"h\\u00e9 \\\"q\\\" \\\\ \\n\\t\\u2028 \\ud83d\\ude00 \\u0001 \u00fcnic\u00f6de \u6f22\","
            + "\"l\":[\"a\\u2029b\",1.0,-0.5e-3,{\"\u00e9\":\"\\u0085\"}],"
            + "\"identifier\":\"09BAGHDAD1\",\"origin\":12,\"classification\":null,\"source\":\"wire/0042.txt\"}";

    @TempDir
    Path dir;

    @Test
    void everyJsonValueOfMetaComesBackAsTheSameValueAndASecondExportIsByteIdentical() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"Ali\",\"spans\":[],\"meta\":" + META + "}\n",
                StandardCharsets.UTF_8);
        Path first = dir.resolve("first.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.read(in), first);
        ObjectNode expected = (ObjectNode) PYTHON_LIKE.readTree(META); // its own source too: where the document came from
        JsonNode written = PYTHON_LIKE.readTree(Files.readString(first)).get("meta");
        assertThat(written).isEqualTo(expected);

        Path again = dir.resolve("again");
        Files.createDirectories(again);
        Path copy = Files.copy(first, again.resolve("in.jsonl"));
        Path second = dir.resolve("second.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.read(copy), second);
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    /**
     * A document's own meta.source is where it came from (the cable a jsonl export read): it was written over with the
     * name of the dataset file, so an export, read back and exported again, lost every cable's provenance. A document
     * with none, or a null one, is given the file it was read from, as every document read is.
     */
    @Test
    void aDocumentsOwnSourceIsKeptAndOneWithoutIsGivenItsFile() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"Ali\",\"meta\":{\"desk\":\"NEA\",\"source\":\"wire/0042.txt\"}}\n"
                + "{\"id\":\"b\",\"text\":\"Ali\",\"meta\":{\"source\":null,\"desk\":\"NEA\"}}\n"
                + "{\"id\":\"c\",\"text\":\"Ali\",\"meta\":{\"source\":{\"file\":\"x.txt\",\"line\":7}}}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.read(in), out);
        assertThat(Files.readAllLines(out)).containsExactly(
                "{\"id\":\"a\",\"text\":\"Ali\",\"spans\":[],\"meta\":{\"source\":\"wire/0042.txt\",\"desk\":\"NEA\"}}",
                "{\"id\":\"b\",\"text\":\"Ali\",\"spans\":[],\"meta\":{\"source\":\"in.jsonl\",\"desk\":\"NEA\"}}",
                "{\"id\":\"c\",\"text\":\"Ali\",\"spans\":[],\"meta\":{\"source\":{\"file\":\"x.txt\",\"line\":7}}}");
    }

    @Test
    void metaIsWrittenCompactWithTheExportsOwnEscapesSoALineStaysOneLine() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"a\",\"text\":\"Ali\",\"meta\":{\"l\":[ \"a\u2028b\" , 1.50 ],"
                + "\"o\" : { \"k\" : \"\\u00e9\" }}}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.read(in), out);
        assertThat(Files.readString(out)).isEqualTo("{\"id\":\"a\",\"text\":\"Ali\",\"spans\":[],\"meta\":{\"source\":\"in.jsonl\","
                + "\"l\":[\"a\\u2028b\",1.50],\"o\":{\"k\":\"\u00e9\"}}}\n");
    }

    @Test
    void theHeaderOfADatasetDocumentStillReadsItsStringsAsText() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"text\":\"Ali\",\"meta\":" + META + "}\n", StandardCharsets.UTF_8);
        Document document = ExportTestSupport.read(in).get(0);
        cabletag.core.CableHeader header = cabletag.core.CableHeader.of(document);
        assertThat(header.identifier()).isEqualTo("09BAGHDAD1");
        assertThat(header.origin()).isEqualTo("12");
        assertThat(header.classification()).as("null is no value").isEmpty();
        assertThat(String.valueOf(document.metadata().get("k"))).isEqualTo("[1,2]");
    }

    /** doccano lines are read by the same reader, so their meta goes on as it came too. */
    @Test
    void aDoccanoFileKeepsItsMetaThroughAJsonlExportToo() throws IOException {
        Path in = Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"Ali\",\"label\":[[0,3,\"PER\"]],\"meta\":{\"k\":[1,{\"a\":null}]}}\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), ExportTestSupport.read(in), out);
        List<String> lines = Files.readAllLines(out);
        assertThat(PYTHON_LIKE.readTree(lines.get(0)).get("meta").get("k")).isEqualTo(PYTHON_LIKE.readTree("[1,{\"a\":null}]"));
    }
}
