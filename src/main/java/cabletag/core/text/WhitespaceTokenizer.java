package cabletag.core.text;

/** Tokens are the runs of non-whitespace characters, whitespace counted as Python counts it. */
public final class WhitespaceTokenizer implements Tokenizer {

    @Override
    public void scan(String text, TokenSink sink) {
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (space && start >= 0) {
                sink.token(start, i);
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            sink.token(start, text.length());
        }
    }

    /**
     * Exactly Python's {@code str.isspace()}: the tagger split its tokens this way, and exported token
     * columns are read back with {@code str.split()}. Java's isWhitespace alone misses the no-break spaces
     * (U+00A0, U+2007, U+202F) and NEXT LINE (U+0085).
     */
    static boolean isSpace(char c) {
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
