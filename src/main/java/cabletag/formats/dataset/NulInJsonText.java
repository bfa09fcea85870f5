package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.formats.reader.NulCharacters;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * NUL characters in the {@code "text"} of a JSON line ({@code "Ali\u0000Bob"}): valid JSON, but no text. Kept,
 * a conll, brat or inline export writes the NUL raw, and the file is then skipped as binary, so cabletag could
 * not read its own export back. Treated as a cable's NULs are: read as U+FFFD (one character for one, so no
 * offset moves), and named once per line, at the first one's escape, as an error that counts as input lost.
 */
final class NulInJsonText {

    /** The code of a cable's NUL error too ({@code [nul-byte]}): one name for one thing. */
    static final String CODE = NulCharacters.CODE;
    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private NulInJsonText() {
    }

    /** {@code text} with each NUL as U+FFFD; the same string when it has none. */
    static String replaced(String text) {
        return text.indexOf(NUL) < 0 ? text : text.replace(NUL, REPLACEMENT);
    }

    /**
     * The error for the NULs of a line's text, at the column (code points, 1-based) of the first one's escape in
     * {@code line}, the line as written; null when the text has none.
     */
    static Diagnostic of(String text, String line, int lineNumber) {
        int first = text.indexOf(NUL);
        if (first < 0) {
            return null;
        }
        long count = text.chars().filter(c -> c == NUL).count();
        String more = NulCharacters.counted(count, "");
        return new Diagnostic(Diagnostic.Severity.ERROR, CODE, lineNumber, columnOf(line, first),
                "NUL character (\\u0000) in \"text\" at code point " + text.codePointCount(0, first) + ": no text holds one; " + more
                        + " read as U+FFFD (\uFFFD), one character for one, so no offset moves and no export carries it;"
                        + " the file itself is kept as it is", true);
    }

    /**
     * Where the text's character {@code index} (UTF-16) is written in the line: the text's string is found as the
     * parser reads it (the last {@code "text"} of the object, as the tree keeps it), then walked escape by escape.
     * Column 1 when it cannot be found (it always can for a line the reader took).
     */
    private static int columnOf(String line, int index) {
        int quote = textValueStart(line);
        if (quote < 0) {
            return 1;
        }
        int at = quote + 1;
        for (int decoded = 0; decoded < index && at < line.length(); decoded++) {
            at += line.charAt(at) != '\\' ? 1 : line.charAt(at + 1) == 'u' ? 6 : 2;
        }
        return line.codePointCount(0, Math.min(at, line.length())) + 1;
    }

    /** Where the string of the object's last top-level {@code "text"} field starts (its quote); -1 when none. */
    private static int textValueStart(String line) {
        int start = -1;
        try (JsonParser parser = new com.fasterxml.jackson.core.JsonFactory().createParser(line)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    if (--depth == 0) {
                        break;
                    }
                } else if (token == JsonToken.VALUE_STRING && depth == 1 && "text".equals(parser.currentName())) {
                    start = (int) parser.currentTokenLocation().getCharOffset();
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return start;
    }
}
