package cabletag.core.text;

/** Tokens are the runs of non-whitespace characters, whitespace counted as Python counts it. */
public final class WhitespaceTokenizer implements Tokenizer {

    @Override
    public void scan(String text, TokenSink sink) {
        // a loop over the spaces, then one over the token: each tests one thing per character and ends once per
        // token, where one loop that tested both for every character took twice the time
        int length = text.length();
        int i = 0;
        while (true) {
            while (i < length && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= length) {
                return;
            }
            int start = i++;
            while (i < length && !isSpace(text.charAt(i))) {
                i++;
            }
            sink.token(start, i);
        }
    }

    /**
     * Exactly Python's {@code str.isspace()}: the tagger split its tokens this way, and exported token
     * columns are read back with {@code str.split()}. Java's isWhitespace alone misses the no-break spaces
     * (U+00A0, U+2007, U+202F) and NEXT LINE (U+0085).
     */
    public static boolean isSpace(char c) {
        return c < LATIN_1_SPACE.length ? LATIN_1_SPACE[c] : isSpaceAbove(c);
    }

    // The same answer looked up for the first 256 characters: asking Character twice for every character
    // of a corpus was a tenth of counting it.
    private static final boolean[] LATIN_1_SPACE = new boolean[256];

    static {
        for (char c = 0; c < LATIN_1_SPACE.length; c++) {
            LATIN_1_SPACE[c] = isSpaceAbove(c);
        }
    }

    private static boolean isSpaceAbove(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
