package cabletag.formats.inline;

import cabletag.core.Diagnostic;
import cabletag.core.SourceEncoding;
import cabletag.formats.reader.ByteOrderMark;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Turns cable bytes into text and back, remembering the encoding so the round trip is exact. */
public final class SourceDecoder {

    /** The decoded text, how it was decoded, and a note for the user when UTF-8 failed. */
    public record Decoded(String text, SourceEncoding encoding, Optional<Diagnostic> fallback) { }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The code of the error for a file of UTF-8 with bytes that are not (see {@link Utf8Damage}). */
    public static final String DAMAGED_UTF8 = "damaged-utf8";

    private SourceDecoder() {
    }

    /**
     * The decoded text as characters, {@code chars[0, length)}, the array possibly longer; the same text,
     * encoding and note as {@link #decode}. For a reader that scans every character: valid UTF-8 (nearly
     * every cable) is decoded straight into the array, with no String in between.
     */
    public record DecodedChars(String text, char[] chars, int length, SourceEncoding encoding, Optional<Diagnostic> fallback) { }

    public static DecodedChars decodeChars(byte[] bytes) {
        if (ByteOrderMark.of(bytes).filter(mark -> mark != ByteOrderMark.UTF_8).isEmpty()) {
            boolean bom = startsWithBom(bytes);
            int offset = bom ? BOM.length : 0;
            SourceEncoding encoding = bom ? SourceEncoding.UTF_8_BOM : SourceEncoding.UTF_8;
            // An ASCII file (most cables) is copied and widened by the JDK's own array copies, which are
            // compiled (vectorised) long before a loop of ours would be: what a command that reads a corpus
            // once spends most on. Anything else is decoded strictly by hand.
            if (Utf8Text.nextNonAscii(bytes, offset) == bytes.length) {
                String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
                char[] chars = new char[text.length()];
                text.getChars(0, chars.length, chars, 0);
                return new DecodedChars(text, chars, chars.length, encoding, Optional.empty());
            }
            char[] chars = new char[bytes.length - offset];
            int length = Utf8Text.decodeInto(bytes, offset, chars);
            if (length >= 0) {
                return new DecodedChars(new String(chars, 0, length), chars, length, encoding, Optional.empty());
            }
        }
        Decoded decoded = decode(bytes); // wide text, or not UTF-8 after all: the fallback as it always was
        char[] chars = decoded.text().toCharArray();
        return new DecodedChars(decoded.text(), chars, chars.length, decoded.encoding(), decoded.fallback());
    }

    public static Decoded decode(byte[] bytes) {
        Optional<ByteOrderMark> wide = ByteOrderMark.of(bytes).filter(mark -> mark != ByteOrderMark.UTF_8);
        if (wide.isPresent()) {
            return decodeWide(bytes, wide.get());
        }
        boolean bom = startsWithBom(bytes);
        int offset = bom ? BOM.length : 0;
        String text = Utf8Text.decode(bytes, offset);
        if (text != null) {
            return new Decoded(text, bom ? SourceEncoding.UTF_8_BOM : SourceEncoding.UTF_8, Optional.empty());
        }
        Utf8Damage damage = Utf8Damage.of(bytes, offset, bom);
        int bad = damage.firstInvalid();
        // read as Windows-1252 either way, so every byte comes back; damaged UTF-8 is garbled so, and said to be
        Diagnostic note = damage.holdsUtf8() ? damagedUtf8(bytes, offset, bad, damage.invalidBytes()) : fallbackNote(bytes, bad);
        return new Decoded(Windows1252.decode(bytes), SourceEncoding.WINDOWS_1252, Optional.of(note));
    }

    /**
     * UTF-16 or UTF-32 after its byte order mark, strictly. A file whose last unit is cut short (an odd length
     * for UTF-16: a truncated file) is read in its encoding without those last bytes, which are named as a
     * problem: read as Windows-1252 it lost every tag and became text full of NULs. Bytes that are still not
     * the encoding (a lone surrogate) fall back to Windows-1252 like bad UTF-8 does, so that every byte still
     * comes back, and are named as a problem too: such a file read so is garbled.
     */
    private static Decoded decodeWide(byte[] bytes, ByteOrderMark mark) {
        int unit = mark == ByteOrderMark.UTF_16LE || mark == ByteOrderMark.UTF_16BE ? 2 : 4; // bytes a unit
        int cutShort = (bytes.length - mark.length()) % unit;
        String name = mark.encoding().describe().replace(" with BOM", "");
        String code = "damaged-utf" + unit * 8;
        try {
            String text = strictly(bytes, mark, bytes.length - cutShort);
            if (cutShort == 0) {
                return new Decoded(text, mark.encoding(), Optional.empty());
            }
            StringBuilder last = new StringBuilder();
            for (int i = bytes.length - cutShort; i < bytes.length; i++) {
                last.append(last.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            String bytesNamed = cutShort == 1 ? "1 byte (" + last + ") that is" : cutShort + " bytes (" + last + ") that are";
            LineIndex lines = new LineIndex(text); // the end of the text: where the bytes cut short were
            return new Decoded(text, mark.encoding(), Optional.of(new Diagnostic(Diagnostic.Severity.ERROR, code,
                    lines.line(text.length()), lines.column(text.length()), "the file is " + name + " by its byte order mark but ends in "
                    + bytesNamed + " no whole " + name + " character, as a file cut short does: it is read as " + name
                    + " without " + (cutShort == 1 ? "it" : "them") + " (so is an inline export); fix the file", true)));
        } catch (CharacterCodingException e) {
            return new Decoded(Windows1252.decode(bytes), SourceEncoding.WINDOWS_1252, Optional.of(new Diagnostic(
                    Diagnostic.Severity.ERROR, code, 1, 1, "starts with the byte order mark of " + name + " but is not valid "
                    + mark.charset().name() + "; read as Windows-1252, the cables' legacy encoding, so its text is garbled:"
                    + " fix the file", true)));
        }
    }

    private static String strictly(byte[] bytes, ByteOrderMark mark, int end) throws CharacterCodingException {
        return mark.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, mark.length(), end - mark.length())).toString();
    }

    public static byte[] encode(String text, SourceEncoding encoding) {
        if (encoding.charset() == SourceEncoding.Charset.WINDOWS_1252) {
            return Windows1252.encode(text);
        }
        Optional<ByteOrderMark> wide = ByteOrderMark.of(encoding).filter(mark -> mark != ByteOrderMark.UTF_8);
        if (wide.isPresent()) {
            if (!canEncode(text, encoding)) {
                throw new IllegalArgumentException("text has a lone surrogate, which " + encoding.describe() + " cannot hold");
            }
            byte[] mark = wide.get().bytes();
            byte[] body = text.getBytes(wide.get().charset());
            byte[] all = Arrays.copyOf(mark, mark.length + body.length);
            System.arraycopy(body, 0, all, mark.length, body.length);
            return all;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!encoding.bom()) {
            return body;
        }
        byte[] withBom = new byte[body.length + BOM.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    /** Whether text can be written in the encoding (an edit may add characters Windows-1252 lacks). */
    public static boolean canEncode(String text, SourceEncoding encoding) {
        if (encoding.charset() == SourceEncoding.Charset.WINDOWS_1252) {
            return Windows1252.canEncode(text);
        }
        if (encoding.charset() == SourceEncoding.Charset.UTF_8) {
            return true;
        }
        return ByteOrderMark.of(encoding).orElseThrow().charset().newEncoder().canEncode(text);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static Diagnostic fallbackNote(byte[] bytes, int bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return Diagnostic.warning("encoding-fallback", line, bad - lineStart + 1, String.format(
                "not valid UTF-8 (byte 0x%02X at offset %d); read as Windows-1252, the cables' legacy encoding",
                bytes[bad] & 0xFF, bad));
    }

    /**
     * The problem of a file that holds UTF-8 and bytes that are not: damaged UTF-8, read as Windows-1252 so
     * that every byte comes back, and so garbled. At the first bad byte, its column in code points as an editor
     * reading the file as UTF-8 shows it (every byte before it is valid UTF-8). An error that counts as input
     * lost: export, stats and check exit 1 for it.
     */
    private static Diagnostic damagedUtf8(byte[] bytes, int offset, int bad, int invalidBytes) {
        cabletag.formats.reader.BytePlace place = cabletag.formats.reader.BytePlace.of(bytes, offset, bad);
        String some = invalidBytes == 1 ? "1 byte that is not" : invalidBytes + " bytes that are not";
        return new Diagnostic(Diagnostic.Severity.ERROR, DAMAGED_UTF8, place.line(), place.column(), String.format(
                "the file holds UTF-8 but has %s (the first, 0x%02X, here): it was read as Windows-1252, so its accented"
                        + " letters and symbols are garbled (é as Ã©) in its text and in every export; fix the file (a download"
                        + " cut short or a damaged byte?)", some, bytes[bad] & 0xFF), true);
    }
}
