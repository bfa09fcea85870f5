package cabletag.formats;

import cabletag.formats.reader.ByteOrderMark;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.Span;
import cabletag.formats.inline.CableWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** UTF-16 and UTF-32 files with a byte order mark are text: decoded, read, and written back in their own encoding. */
class WideEncodingsTest {

    /** CRLF, an accented letter, a character outside the BMP: everything the wide encodings must keep. */
    private static final String CABLE = "SUBJECT: [PER Rubaie  ] met [LOC Téhéran  ]\r\nin 𝐀 ünïcode\r\n";

    @TempDir
    Path dir;

    private static byte[] encoded(ByteOrderMark mark, String text) {
        byte[] bom = mark.bytes();
        byte[] body = text.getBytes(mark.charset());
        byte[] all = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    private List<ReadOutcome> readFolder() {
        return CorpusReader.standard().readAll(List.of(dir));
    }

    @ParameterizedTest
    @EnumSource(value = ByteOrderMark.class, names = {"UTF_16LE", "UTF_16BE", "UTF_32LE", "UTF_32BE"})
    void aWideCableIsDecodedNotCalledBinaryAndComesBackByteIdentical(ByteOrderMark mark) throws IOException {
        byte[] bytes = encoded(mark, CABLE);
        Files.write(dir.resolve("cable.txt"), bytes);
        List<ReadOutcome> outcomes = readFolder();
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.problems()).isEmpty());
        Document document = outcomes.get(0).documents().get(0);
        assertThat(document.source().encoding()).isEqualTo(mark.encoding());
        assertThat(document.text()).isEqualTo("SUBJECT: Rubaie met Téhéran\nin 𝐀 ünïcode\n");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Rubaie", "Téhéran");
        assertThat(document.diagnostics()).noneMatch(d -> d.severity() != Diagnostic.Severity.INFO);

        assertThat(new CableWriter().write(document)).isEqualTo(bytes);

        Span rubaie = document.spans().stream().filter(s -> document.textOf(s).equals("Rubaie")).findFirst().orElseThrow();
        Document edited = document.withSpans(document.spans().replace(rubaie, rubaie.withLabel(Label.ORG)));
        assertThat(new CableWriter().write(edited)).isEqualTo(encoded(mark, CABLE.replace("[PER", "[ORG")));
    }

    @Test
    void encodingsNameThemselves() {
        assertThat(SourceEncoding.UTF_16LE.describe()).isEqualTo("UTF-16 LE with BOM");
        assertThat(SourceEncoding.UTF_32BE.describe()).isEqualTo("UTF-32 BE with BOM");
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'x'})).contains(ByteOrderMark.UTF_32LE);
        assertThat(ByteOrderMark.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0})).contains(ByteOrderMark.UTF_16LE);
        assertThat(ByteOrderMark.of(new byte[] {'x', 0})).isEmpty();
    }

    @Test
    void bytesThatAreNotTheUtf16TheirMarkPromisesStillComeBackByteForByte() throws IOException {
        byte[] bytes = encoded(ByteOrderMark.UTF_16LE, "[PER Rubaie  ] and a lone half: \uD800.");
        byte[] odd = Arrays.copyOf(bytes, bytes.length + 1); // odd length as well
        Files.write(dir.resolve("broken.txt"), odd);
        Document document = readFolder().get(0).documents().get(0);
        assertThat(document.source().encoding()).isEqualTo(SourceEncoding.WINDOWS_1252);
        assertThat(document.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("encoding-fallback");
            assertThat(d.message()).contains("byte order mark of UTF-16 LE");
        });
        assertThat(new CableWriter().write(document)).isEqualTo(odd);
    }

    @ParameterizedTest
    @EnumSource(value = ByteOrderMark.class, names = {"UTF_16LE", "UTF_16BE", "UTF_32LE", "UTF_32BE"})
    void wideDatasetsAreReadInEveryFormat(ByteOrderMark mark) throws IOException {
        Files.write(dir.resolve("d.jsonl"), encoded(mark,
                "{\"id\": \"j1\", \"text\": \"Rubaie in 𝐀 Iraq\", \"spans\": [{\"start\": 12, \"end\": 16, \"label\": \"LOC\"}]}\n"));
        Files.write(dir.resolve("e.json"), encoded(mark, "{\"id\": \"d1\", \"text\": \"Rubaie\", \"label\": [[0, 6, \"PER\"]]}\n"));
        Files.write(dir.resolve("f.conll"), encoded(mark, "-DOCSTART- -X- -X- O\n\nRubaie B-PER\nmet O\n"));
        Files.write(dir.resolve("g.txt"), encoded(mark, "Rubaie met Téhéran"));
        Files.write(dir.resolve("g.ann"), encoded(mark, "T1\tLOC 11 18\tTéhéran\n"));
        List<ReadOutcome> outcomes = readFolder();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.problems()).isEmpty());
        assertThat(outcomes).extracting(o -> o.file().name()).containsExactly("d.jsonl", "e.json", "f.conll", "g.ann");
        assertThat(outcomes).flatExtracting(ReadOutcome::documents)
                .extracting(d -> d.spans().stream().map(d::textOf).toList())
                .containsExactly(List.of("Iraq"), List.of("Rubaie"), List.of("Rubaie"), List.of("Téhéran"));
        assertThat(Charset.isSupported("UTF-32LE")).isTrue();
    }
}
