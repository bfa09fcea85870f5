package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokenizerTest {

    private final WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(token -> token.textIn(text)).toList();
    }

    @Test
    void keepsTheMachineTaggersTokensPunctuationIncluded() {
        //          0         1         2
        //          0123456789012345678901234
        String text = "( S ) al-Rubaie met U.S.,";
        //          [] [] []     [ ] [  ]
        assertThat(tokenizer.tokenize(text)).containsExactly(new Token(0, 1), new Token(2, 3), new Token(4, 5),
                new Token(6, 15), new Token(16, 19), new Token(20, 25));
        assertThat(words("Iran's (S//NF) 01/25/2019,")).containsExactly("Iran's", "(S//NF)", "01/25/2019,");
    }

    @Test
    void splitsOnRunsOfSpacesTabsAndLineBreaksAtEitherEnd() {
        //          0123456789012
        String text = "  Rubaie\n\n\tmet ";
        assertThat(tokenizer.tokenize(text)).containsExactly(new Token(2, 8), new Token(11, 14));
    }

    @Test
    void splitsOnEveryUnicodeSpaceAsPythonsStrSplitDoes() {
        assertThat(words("a\u00A0b\u2007c\u202Fd\u3000e\u0085f\u2028g\u001Fh"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void keepsSurrogatePairsInsideTheirToken() {
        String text = "\uD83D\uDE00 met\uD835\uDC00";
        assertThat(tokenizer.tokenize(text)).containsExactly(new Token(0, 2), new Token(3, 8));
    }

    @Test
    void findsNothingInBlankText() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize("\u00A0 \n")).isEmpty();
    }

    /** The table for the first 256 characters answers as the two questions to Character did, for every char. */
    @Test
    void theLatin1TableAgreesWithCharacterForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean asked = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
            assertThat(WhitespaceTokenizer.isSpace(c)).as("U+%04X", (int) c).isEqualTo(asked);
        }
    }
}
