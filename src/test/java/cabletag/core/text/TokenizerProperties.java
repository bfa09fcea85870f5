package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * What every export relies on, for both tokenizers: tokens come in order without overlap, no character
 * is lost, no token holds a character Python's {@code str.split()} would split on, and no token edge
 * falls between the halves of a surrogate pair.
 */
class TokenizerProperties {

    // Python's str.isspace() characters
    private static final String PYTHON_SPACES = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    @Property(tries = 300)
    void cableTokensCoverEveryNonSpaceCharacterOnce(@ForAll("cableTexts") String text) {
        checkTokens(text, new CableTokenizer().tokenize(text));
    }

    @Property(tries = 300)
    void whitespaceTokensCoverEveryNonSpaceCharacterOnce(@ForAll("cableTexts") String text) {
        checkTokens(text, new WhitespaceTokenizer().tokenize(text));
    }

    private static void checkTokens(String text, List<Token> tokens) {
        StringBuilder covered = new StringBuilder();
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).as("%s after %d", token, previousEnd).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isLessThanOrEqualTo(text.length());
            assertThat(splitsPair(text, token.start()) || splitsPair(text, token.end())).as("%s", token).isFalse();
            for (int i = token.start(); i < token.end(); i++) {
                assertThat(PYTHON_SPACES.indexOf(text.charAt(i))).as("space U+%04X in %s", (int) text.charAt(i), token)
                        .isEqualTo(-1);
            }
            covered.append(token.textIn(text));
            previousEnd = token.end();
        }
        StringBuilder nonSpace = new StringBuilder();
        text.chars().filter(c -> PYTHON_SPACES.indexOf(c) < 0).forEach(c -> nonSpace.append((char) c));
        assertThat(covered.toString()).isEqualTo(nonSpace.toString());
    }

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    /** Cable-like pieces (words, numbers, abbreviations, markers) mixed with spaces of every kind and emoji. */
    @Provide
    Arbitrary<String> cableTexts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("U.S.", "Amb.", "C.", "al-Rubaie", "Iran's", "1.4", "01/25/2019", "19-22",
                        "(S//NF)", "10th", "e.g.", "don't", "'s", "'", ".", "-", "Erbil", "\uD83D\uDE00",
                        "\uD835\uDC00", "\u00E9", "e\u0301", "state.gov", "b.com", "A.B.Cdef", "end.")),
                Tuple.of(3, Arbitraries.of(PYTHON_SPACES.chars().mapToObj(c -> String.valueOf((char) c)).toList())),
                Tuple.of(3, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(4)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
        return piece.list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }
}
