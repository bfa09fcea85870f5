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
    void bytesThatAreNotTheUtf16TheirMarkPromisesStillComeBackByteForByteAndAreAnError() throws IOException {
        byte[] text = encoded(ByteOrderMark.UTF_16LE, "[PER Rubaie  ] and a lone half: ");
        byte[] odd = Arrays.copyOf(text, text.length + 5); // a lone high surrogate, '.', and an odd length as well
        odd[text.length] = 0x00;
        odd[text.length + 1] = (byte) 0xD8;
        odd[text.length + 2] = '.';
        Files.write(dir.resolve("broken.txt"), odd);
        Document document = readFolder().get(0).documents().get(0);
        assertThat(document.source().encoding()).isEqualTo(SourceEncoding.WINDOWS_1252);
        assertThat(document.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("damaged-utf16");
            assertThat(d.severity()).isEqualTo(cabletag.core.Diagnostic.Severity.ERROR);
            assertThat(d.losesAnnotation()).isTrue();
            assertThat(d.message()).contains("byte order mark of UTF-16 LE").contains("garbled");
        });
        assertThat(new CableWriter().write(document)).isEqualTo(odd);
    }

    /** A wide file cut short: its last unit incomplete. Read as Windows-1252 it lost every tag and was NULs. */
    @ParameterizedTest
    @EnumSource(value = ByteOrderMark.class, names = {"UTF_16LE", "UTF_16BE", "UTF_32LE", "UTF_32BE"})
    void aWideFileCutShortIsReadInItsEncodingAndItsLastBytesNamed(ByteOrderMark mark) throws IOException {
        String lastLine = "[LOC Bogot\u00e1  ] \uD83D\uDE00"; // the '.' after it loses a byte
        String text = "[PER Jos\u00e9  ] met\n" + lastLine + ".";
        byte[] whole = encoded(mark, text);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        Files.write(dir.resolve("cut.txt"), cut);
        Document document = readFolder().get(0).documents().get(0);
        assertThat(document.source().encoding()).isEqualTo(mark.encoding());
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Jos\u00e9", "Bogot\u00e1");
        String unit = mark == ByteOrderMark.UTF_16LE || mark == ByteOrderMark.UTF_16BE ? "16" : "32";
        int left = unit.equals("16") ? 1 : 3;
        assertThat(document.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("damaged-utf" + unit);
            assertThat(d.severity()).isEqualTo(cabletag.core.Diagnostic.Severity.ERROR);
            assertThat(d.losesAnnotation()).isTrue();
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).as("after the last whole character").isEqualTo(lastLine.codePointCount(0, lastLine.length()) + 1);
            assertThat(d.message()).startsWith("the file is " + mark.encoding().describe().replace(" with BOM", "")
                    + " by its byte order mark but ends in " + left + (left == 1 ? " byte" : " bytes"));
        });
        assertThat(document.text()).isEqualTo("Jos\u00e9 met\nBogot\u00e1 \uD83D\uDE00");
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
