package cabletag.formats.export;

/**
 * White-space separated words: the token count the summary gives for formats that carry no tokens.
 * A word ends at a character for which {@link Character#isWhitespace(char)} holds or at a no-break space
 * (U+00A0). The check is a table for ASCII and a range test above it: asking {@code Character} for each
 * character of a corpus was a tenth of an export's time.
 */
final class WordCount {

    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private WordCount() {
    }

    static long of(String text) {
        long words = 0;
        boolean inWord = false;
        // in chunks copied out of the string: a loop over an array, not a call and two checks per character
        char[] chunk = new char[Math.min(text.length(), 4096)];
        for (int from = 0, n = text.length(); from < n; from += chunk.length) {
            int to = Math.min(n, from + chunk.length);
            text.getChars(from, to, chunk, 0);
            for (int i = 0, m = to - from; i < m; i++) {
                boolean space = isSpace(chunk[i]);
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
        }
        return words;
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            return ASCII_SPACE[c];
        }
        // Between U+0080 and U+167F the only white space is the no-break space; above, ask Character.
        return c == '\u00A0' || (c >= '\u1680' && Character.isWhitespace(c));
    }
}
