package cabletag.formats.export;

import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON strings written straight into a {@link Utf8Buffer}, byte for byte as the Jackson generator of
 * {@link JsonSupport#FACTORY} writes them: JSON's standard escapes (quote, backslash, b, f, n, r, t;
 * the other controls as backslash-u-00XX, hex digits in capitals), U+2028, U+2029 and U+0085 as
 * six-character escapes ({@link JsonSupport.LineSeparatorEscapes}), every UTF-16 surrogate as its own
 * six-character escape (as Jackson does, pairs included), the rest as UTF-8. Jackson asks its escape
 * table for every non-ASCII character through a call; that was an eighth of an export's time.
 */
final class JsonStrings {

    private static final int[] ASCII_ESCAPES = CharacterEscapes.standardAsciiEscapesForJSON();
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private JsonStrings() {
    }

    /** {@code "text"}, quoted and escaped. */
    static void quote(Utf8Buffer out, String text) {
        out.putAscii('"');
        int n = text.length();
        out.ensure(n + 2);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int escape = ASCII_ESCAPES[c];
                if (escape == 0) {
                    out.putAscii(c);
                } else if (escape > 0) {
                    out.putAscii('\\').putAscii((char) escape);
                } else {
                    unicodeEscape(out, c);
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || Character.isSurrogate(c)) {
                unicodeEscape(out, c);
            } else {
                out.putCodePoint(c);
            }
        }
        out.putAscii('"');
    }

    private static void unicodeEscape(Utf8Buffer out, char c) {
        out.ensure(6);
        out.putAscii('\\').putAscii('u')
                .put(HEX[(c >> 12) & 0xF]).put(HEX[(c >> 8) & 0xF]).put(HEX[(c >> 4) & 0xF]).put(HEX[c & 0xF]);
    }
}
