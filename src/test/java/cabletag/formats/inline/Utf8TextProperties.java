package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast decoder accepts exactly what the JDK's strict UTF-8 decoder accepts, and decodes it the same. */
class Utf8TextProperties {

    @Property(tries = 5000)
    void agreesWithTheJdksStrictDecoder(@ForAll("utf8Like") byte[] bytes) {
        String strict = strictDecode(bytes);
        String fast = Utf8Text.decode(bytes, 0);
        assertThat(fast).isEqualTo(strict);
        assertThat(Utf8Damage.of(bytes, 0, false).firstInvalid() < 0).isEqualTo(strict != null);
    }

    @Property(tries = 5000)
    void decodingIntoAnArrayAgreesWithTheJdksStrictDecoder(@ForAll("utf8Like") byte[] bytes) {
        String strict = strictDecode(bytes);
        char[] into = new char[bytes.length + 3];
        java.util.Arrays.fill(into, 'Z');
        int length = Utf8Text.decodeInto(bytes, 0, into);
        if (strict == null) {
            assertThat(length).isEqualTo(-1);
        } else {
            assertThat(new String(into, 0, length)).isEqualTo(strict).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** What a cable reader gets: the same text, encoding and note as the String decoder, fallback included. */
    @Property(tries = 3000)
    void decodedCharactersAreTheDecodedText(@ForAll("withMarks") byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        SourceDecoder.DecodedChars chars = SourceDecoder.decodeChars(bytes);
        assertThat(chars.text()).isEqualTo(decoded.text());
        assertThat(chars.length()).isEqualTo(decoded.text().length());
        assertThat(new String(chars.chars(), 0, chars.length())).isEqualTo(decoded.text());
        assertThat(chars.encoding()).isEqualTo(decoded.encoding());
        assertThat(chars.fallback()).isEqualTo(decoded.fallback());
    }

    @Provide
    Arbitrary<byte[]> withMarks() {
        byte[][] marks = {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
        return Arbitraries.of(marks).flatMap(mark -> utf8Like().map(body -> {
            byte[] all = java.util.Arrays.copyOf(mark, mark.length + body.length);
            System.arraycopy(body, 0, all, mark.length, body.length);
            return all;
        }));
    }

    @Example
    void decodesAccentsAndSupplementaryCharactersBetweenLongAsciiRuns() {
        String text = "Rubaie met officials in Tehran " + "é".repeat(3) + " and 𝔸 then more ASCII text here";
        assertThat(Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(text);
        assertThat(Utf8Text.decode(new byte[] {'a', 'b', (byte) 0xC0, (byte) 0x80}, 0)).isNull(); // overlong NUL
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isNull(); // a surrogate
    }

    @Provide
    Arbitrary<byte[]> utf8Like() {
        Arbitrary<byte[]> valid = Arbitraries.strings().ofMaxLength(40)
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noisy = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<byte[]> asciiThenHigh = Arbitraries.strings().ascii().ofMinLength(8).ofMaxLength(30)
                .flatMap(ascii -> Arbitraries.bytes().array(byte[].class).ofMaxSize(6).map(tail -> {
                    byte[] head = ascii.getBytes(StandardCharsets.US_ASCII);
                    byte[] all = new byte[head.length + tail.length];
                    System.arraycopy(head, 0, all, 0, head.length);
                    System.arraycopy(tail, 0, all, head.length, tail.length);
                    return all;
                }));
        return Arbitraries.oneOf(valid, noisy, asciiThenHigh);
    }

    private static String strictDecode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
