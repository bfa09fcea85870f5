package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The byte check that spares decoding the head of every cable never turns away a file the decoded
 * first line would take as CoNLL: for any head (marks, white space of every kind, malformed bytes),
 * when it says no, the first line does not open with {@code -DOCSTART-}.
 */
class ConllSniffProperties {

    @Provide
    Arbitrary<byte[]> heads() {
        Arbitrary<byte[]> pieces = Arbitraries.of(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
                new byte[] {(byte) 0xFF, (byte) 0xFE}, " ".getBytes(StandardCharsets.UTF_8),
                "\t\r\n\u000B\f\u001C".getBytes(StandardCharsets.UTF_8), "\u3000\u2028\u00A0\uFEFF".getBytes(StandardCharsets.UTF_8),
                "-DOCSTART- -X- -X- O\n".getBytes(StandardCharsets.UTF_8), "-DOC".getBytes(StandardCharsets.UTF_8),
                "[PER Rubaie  ] met".getBytes(StandardCharsets.UTF_8), "\0-\0D\0O".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x80});
        return Arbitraries.oneOf(pieces, Arbitraries.bytes().array(byte[].class).ofMaxSize(3))
                .list().ofMaxSize(6).map(list -> {
                    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
                    list.forEach(head::writeBytes);
                    return head.toByteArray();
                });
    }

    @Property(tries = 3000)
    void saysNoOnlyWhenTheFirstLineDoesNotOpenWithDocstart(@ForAll("heads") byte[] head) {
        boolean decodedSaysYes = JsonlFormat.firstLine(head).startsWith("-DOCSTART-");
        if (!ConllFormat.mayOpenWithDocstart(head)) {
            assertThat(decodedSaysYes).isFalse();
        }
    }
}
