package cabletag.formats.export;

/**
 * White-space separated words: the token count the summary gives for formats that carry no tokens.
 * A word ends at a character for which {@link Character#isWhitespace(char)} holds or at a no-break space
 * (U+00A0). The check is a table for ASCII and a range test above it: asking {@code Character} for each
 * character of a corpus was a tenth of an export's time.
 */
final class WordCount {

    /** 1 for the ASCII white space, 0 for the rest: added, not branched on, in the loop below. */
    private static final byte[] ASCII_SPACE = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = (byte) (Character.isWhitespace(c) ? 1 : 0);
        }
    }

    private WordCount() {
    }

    static long of(String text) {
        long words = 0;
        int afterSpace = 1; // the text's start counts as a space before it
        // in chunks copied out of the string: a loop over an array, not a call and two checks per character;
        // a word is counted where a character that is no space follows one that is, without a branch on it
        // (word ends are too frequent for a branch to be predicted: half the time of this loop)
        char[] chunk = new char[Math.min(text.length(), 4096)];
        for (int from = 0, n = text.length(); from < n; from += chunk.length) {
            int to = Math.min(n, from + chunk.length);
            text.getChars(from, to, chunk, 0);
            for (int i = 0, m = to - from; i < m; i++) {
                char c = chunk[i];
                int space = c < 128 ? ASCII_SPACE[c] : isSpaceAbove127(c);
                words += afterSpace & (space ^ 1);
                afterSpace = space;
            }
        }
        return words;
    }

    private static int isSpaceAbove127(char c) {
        return isSpace(c) ? 1 : 0;
    }

    static boolean isSpace(char c) {
        if (c < 128) {
            return ASCII_SPACE[c] == 1;
        }
        // Between U+0080 and U+167F the only white space is the no-break space; above, ask Character.
        return c == '\u00A0' || (c >= '\u1680' && Character.isWhitespace(c));
    }
}
