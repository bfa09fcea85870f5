package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written JSON and UTF-8 output is byte for byte what it replaced: Jackson's generator with
 * {@link JsonSupport}'s escapes (strings, field names, whole jsonl and doccano lines) and
 * {@link String#getBytes} (CoNLL tokens), for any UTF-16 text: controls, quotes, backslashes, the
 * line separators, characters outside the BMP, and surrogates without their other half.
 */
class JsonStringsProperties {

    /** Any UTF-16 unit, weighted towards the ones that are escaped or encoded specially. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> special = Arbitraries.of('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\u0000', '\u001F',
                '\u007F', '\u0080', '\u0085', '\u00A0', '\u07FF', '\u0800', '\u2028', '\u2029', '\uFFFF',
                '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<String> pairs = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> units = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, special.map(String::valueOf)),
                net.jqwik.api.Tuple.of(3, any.map(String::valueOf)),
                net.jqwik.api.Tuple.of(5, ascii.map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, pairs));
        return units.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Property(tries = 2000)
    void aStringIsQuotedAsJacksonQuotesIt(@ForAll("anyText") String text) throws IOException {
        Utf8Buffer mine = new Utf8Buffer(4);
        JsonStrings.quote(mine, text);
        assertThat(mine.toByteArray()).isEqualTo(jackson(generator -> generator.writeString(text)));
    }

    @Property(tries = 1000)
    void aFieldNameIsQuotedAsJacksonQuotesIt(@ForAll("anyText") String name) throws IOException {
        Utf8Buffer mine = new Utf8Buffer(4);
        mine.putAscii('{');
        JsonStrings.quote(mine, name);
        mine.putAscii(":1}");
        assertThat(mine.toByteArray()).isEqualTo(jackson(generator -> {
            generator.writeStartObject();
            generator.writeNumberField(name, 1);
            generator.writeEndObject();
        }));
    }

    @Property(tries = 2000)
    void textIsEncodedAsGetBytesEncodesIt(@ForAll("anyText") String text, @ForAll @IntRange(max = 60) int a,
                                          @ForAll @IntRange(max = 60) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        Utf8Buffer mine = new Utf8Buffer(1);
        mine.putUtf8(text, from, to);
        assertThat(mine.toByteArray()).isEqualTo(text.substring(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void charactersAreEncodedAsGetBytesEncodesThem(@ForAll("anyText") String text, @ForAll @IntRange(max = 60) int a,
                                                   @ForAll @IntRange(max = 60) int b) {
        int from = Math.min(Math.min(a, b), text.length());
        int to = Math.min(Math.max(a, b), text.length());
        Utf8Buffer mine = new Utf8Buffer(1);
        mine.putAscii("x");
        mine.putUtf8((text + "\uDE00tail").toCharArray(), from, to); // a low surrogate after the range is not its pair
        assertThat(mine.toByteArray()).isEqualTo(("x" + text.substring(from, to)).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void numbersAreWrittenAsLongToStringWritesThem(@ForAll long value) {
        Utf8Buffer mine = new Utf8Buffer(1);
        mine.putDecimal(value).putDecimal(value % 1000).putDecimal(0);
        assertThat(new String(mine.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo(Long.toString(value) + (value % 1000) + "0");
    }

    @Property(tries = 300)
    void longTextsAreQuotedAsJacksonQuotesThem(@ForAll("anyText") String text, @ForAll @IntRange(min = 1, max = 400) int copies)
            throws IOException {
        // longer than the kept scratch array, and several texts in a row on one thread
        String longer = "ASCII run ".repeat(copies * 300) + text + "é".repeat(copies);
        for (String one : List.of(longer, text)) {
            Utf8Buffer mine = new Utf8Buffer(4);
            JsonStrings.quote(mine, one);
            assertThat(mine.toByteArray()).isEqualTo(jackson(generator -> generator.writeString(one)));
        }
    }

    @Property(tries = 500)
    void jsonlAndDoccanoLinesAreTheLinesJacksonWrote(@ForAll("anyText") String text, @ForAll("anyText") String key,
                                                     @ForAll("anyText") String value, @ForAll("anyText") String name)
            throws IOException {
        String withEntity = "Rubaie " + text; // an entity at [0, 6), the rest anything
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(key, value);
        metadata.put("date", "2009-01-01");
        Document document = new Document("d1", DocumentSource.ofCleanText(name + ".jsonl", SourceFormat.JSONL, withEntity),
                withEntity, SpanSet.of(Span.of(0, 6, "PER"), Span.of(0, 3, "MISC")), cabletag.core.MetaValue.ofTexts(metadata), null);
        for (ExportFormat format : List.of(ExportFormat.JSONL, ExportFormat.DOCCANO)) {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            new Exporter(ExportOptions.of(format)).export(cabletag.formats.export.ExportSource.of(List.of(document)),
                    ExportTarget.stream(written), (done, expected, current) -> { }, () -> false);
            assertThat(written.toByteArray()).as(format.cliName())
                    .isEqualTo(format == ExportFormat.JSONL ? jacksonJsonl(document) : jacksonDoccano(document));
        }
    }

    /** The jsonl writer as it was, on Jackson's generator. */
    private static byte[] jacksonJsonl(Document document) throws IOException {
        CodePoints points = CodePoints.of(document.text());
        return jackson(out -> {
            out.writeStartObject();
            out.writeStringField("id", document.id());
            out.writeStringField("text", document.text());
            out.writeArrayFieldStart("spans");
            for (Span span : document.spans()) {
                out.writeStartObject();
                out.writeNumberField("start", DocumentWriter.codePoint(points, span.start()));
                out.writeNumberField("end", DocumentWriter.codePoint(points, span.end()));
                out.writeStringField("label", span.label().name());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeObjectFieldStart("meta");
            out.writeStringField("source", document.source().name());
            for (Map.Entry<String, cabletag.core.MetaValue> field : document.metadata().entrySet()) {
                if (!field.getKey().equals("source")) {
                    out.writeStringField(field.getKey(), field.getValue().text());
                }
            }
            out.writeEndObject();
            out.writeEndObject();
            out.writeRaw('\n');
        });
    }

    /** The doccano writer as it was, on Jackson's generator. */
    private static byte[] jacksonDoccano(Document document) throws IOException {
        CodePoints points = CodePoints.of(document.text());
        return jackson(out -> {
            out.writeStartObject();
            out.writeStringField("id", document.id());
            out.writeStringField("text", document.text());
            out.writeArrayFieldStart("label");
            for (Span span : document.spans()) {
                out.writeStartArray();
                out.writeNumber(DocumentWriter.codePoint(points, span.start()));
                out.writeNumber(DocumentWriter.codePoint(points, span.end()));
                out.writeString(span.label().name());
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
        });
    }

    private interface Writing {
        void write(JsonGenerator generator) throws IOException;
    }

    private static byte[] jackson(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JsonSupport.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            generator.setRootValueSeparator(null);
            writing.write(generator);
        }
        return bytes.toByteArray();
    }
}
