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

    /** The ASCII characters that are not written as they are. */
    private static final boolean[] ESCAPED = new boolean[128];
    /** A text longer than this gets an array of its own rather than the thread's kept one. */
    private static final int KEPT_CHARS = 1 << 20;
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[8192]);

    static {
        for (int c = 0; c < 128; c++) {
            ESCAPED[c] = ASCII_ESCAPES[c] != 0;
        }
    }

    private JsonStrings() {
    }

    /** {@code "text"}, quoted and escaped. */
    static void quote(Utf8Buffer out, String text) {
        int n = text.length();
        if (n <= SHORT && quotedPlain(out, text, n)) {
            return;
        }
        out.putAscii('"');
        // Copied out once and scanned as an array: the runs that need no escape (nearly all of a cable)
        // go in whole, without asking the string for each character.
        char[] chars = chars(n);
        text.getChars(0, n, chars, 0);
        int i = out.putAsciiWhile(chars, 0, n, ESCAPED);
        while (i < n) {
            char c = chars[i];
            if (c < 0x80) {
                int escape = ASCII_ESCAPES[c];
                if (escape > 0) {
                    out.putAscii('\\').putAscii((char) escape);
                } else {
                    unicodeEscape(out, c);
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || Character.isSurrogate(c)) {
                unicodeEscape(out, c);
            } else {
                out.putCodePoint(c);
            }
            i = out.putAsciiWhile(chars, i + 1, n, ESCAPED);
        }
        out.putAscii('"');
    }

    /** Labels and field names: short enough that copying them out (and asking for the thread's array) costs more. */
    private static final int SHORT = 32;

    /** A short text with nothing to escape, quoted as it is; false (nothing written) when it has something. */
    private static boolean quotedPlain(Utf8Buffer out, String text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || ESCAPED[c]) {
                return false;
            }
        }
        out.ensure(n + 2);
        out.putAscii('"');
        for (int i = 0; i < n; i++) {
            out.putAscii(text.charAt(i));
        }
        out.putAscii('"');
        return true;
    }

    private static char[] chars(int n) {
        char[] kept = SCRATCH.get();
        if (kept.length >= n) {
            return kept;
        }
        if (n > KEPT_CHARS) {
            return new char[n];
        }
        char[] larger = new char[Math.max(n, kept.length * 2)];
        SCRATCH.set(larger);
        return larger;
    }

    private static void unicodeEscape(Utf8Buffer out, char c) {
        out.ensure(6);
        out.putAscii('\\').putAscii('u')
                .put(HEX[(c >> 12) & 0xF]).put(HEX[(c >> 8) & 0xF]).put(HEX[(c >> 4) & 0xF]).put(HEX[c & 0xF]);
    }
}
