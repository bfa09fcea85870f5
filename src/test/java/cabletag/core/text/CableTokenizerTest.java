package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CableTokenizerTest {

    private final CableTokenizer tokenizer = new CableTokenizer();

    private List<String> words(String text) {
        return tokenizer.tokenize(text).stream().map(token -> token.textIn(text)).toList();
    }

    @Test
    void keepsDottedAbbreviationsTitlesAndInitialsWhole() {
        assertThat(words("U.S. Amb. Crocker met David C. Litt."))
                .containsExactly("U.S.", "Amb.", "Crocker", "met", "David", "C.", "Litt", ".");
        assertThat(words("Mr. Smith, e.g. the Dept. of State"))
                .containsExactly("Mr.", "Smith", ",", "e.g.", "the", "Dept.", "of", "State");
    }

    @Test
    void endsASentenceOnAFullStopThatFollowsAnOrdinaryWord() {
        assertThat(words("They met. Then")).containsExactly("They", "met", ".", "Then");
    }

    @Test
    void takesADottedAbbreviationOnlyWhereATokenEnds() {
        // the audit's cases: the abbreviation rule used to take "b.c" out of "b.com"
        assertThat(words("b.com")).containsExactly("b.com");
        assertThat(words("x.yz")).containsExactly("x.yz");
        assertThat(words("A.B.Cdef")).containsExactly("A.B.Cdef");
        // at a boundary (space, punctuation, end of text) it is still one token, with its full stop
        assertThat(words("A.B.C. and U.S")).containsExactly("A.B.C.", "and", "U.S");
        assertThat(words("the U.S.-Iraq talks, (U.S.)")).containsExactly("the", "U.S.", "-", "Iraq", "talks", ",", "(",
                "U.S.", ")");
        assertThat(words("U.S.'s role")).containsExactly("U.S.", "'s", "role");
        // a hyphenated word ending in one keeps its full stop too (a seed cable has "the Iran-U.S. relationship")
        assertThat(words("the Iran-U.S. relationship, non-U.S.")).containsExactly("the", "Iran-U.S.", "relationship",
                ",", "non-U.S.");
        assertThat(words("a-state.gov.")).containsExactly("a-state.gov", ".");
    }

    @Test
    void keepsDottedDomainsAndVersionsWholeAndSplitsTheSentenceFullStopOff() {
        assertThat(words("Write to state.gov or www.b.com.")).containsExactly("Write", "to", "state.gov", "or",
                "www.b.com", ".");
        assertThat(words("release v1.2, the end.")).containsExactly("release", "v1.2", ",", "the", "end", ".");
        assertThat(words("3.5 and 3.")).containsExactly("3.5", "and", "3", ".");
        // an ellipsis never joins: the full stop must sit between two word characters
        assertThat(words("wait...then")).containsExactly("wait", ".", ".", ".", "then");
        assertThat(words("state.gov's site")).containsExactly("state.gov", "'s", "site");
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        assertThat(words("Mowafaq al-Rubaie and F-16s")).containsExactly("Mowafaq", "al-Rubaie", "and", "F-16s");
    }

    @Test
    void keepsNumbersWithTheirInnerPunctuation() {
        assertThat(words("Growth was 1.4 percent on 01/25/2019 (paras 19-22), 1,500 troops at 10:30."))
                .containsExactly("Growth", "was", "1.4", "percent", "on", "01/25/2019", "(", "paras", "19-22", ")", ",",
                        "1,500", "troops", "at", "10:30", ".");
    }

    @Test
    void keepsOrdinalsAndDecadesWhole() {
        assertThat(words("the 10th Mountain Division, 1st Brigade, the 1990s"))
                .containsExactly("the", "10th", "Mountain", "Division", ",", "1st", "Brigade", ",", "the", "1990s");
    }

    @Test
    void splitsOffThePossessive() {
        //          0123456789
        String text = "Iran's oil";
        //          [  ][][ ]
        List<Token> tokens = tokenizer.tokenize(text);

        assertThat(tokens).containsExactly(new Token(0, 4), new Token(4, 6), new Token(7, 10));
        assertThat(words("Iran\u2019s and al-Rubaie's")).containsExactly("Iran", "\u2019s", "and", "al-Rubaie", "'s");
    }

    @Test
    void keepsContractionsOtherThanThePossessiveWhole() {
        assertThat(words("don't O'Neill")).containsExactly("don't", "O'Neill");
    }

    @Test
    void makesEveryMarkOfAClassificationMarkerItsOwnToken() {
        assertThat(words("1. (S//NF) Summary: ok"))
                .containsExactly("1", ".", "(", "S", "/", "/", "NF", ")", "Summary", ":", "ok");
    }

    @Test
    void keepsAnEmojiWholeAsOneToken() {
        //          0123456789 (the emoji takes units 7 and 8)
        String text = "Rubaie \uD83D\uDE00 met\uD83D\uDC4D";
        List<Token> tokens = tokenizer.tokenize(text);

        assertThat(tokens).containsExactly(new Token(0, 6), new Token(7, 9), new Token(10, 13), new Token(13, 15));
        assertThat(words("\uD835\uDC00hmed")).as("a mathematical letter is a letter").containsExactly("\uD835\uDC00hmed");
    }

    @Test
    void neverMakesATokenOfUnicodeSpaces() {
        // no-break space, figure space, narrow no-break space, ideographic space, next line: all split
        // words when Python's str.split() reads an exported token column
        assertThat(words("a\u00A0b\u2007c\u202Fd\u3000e\u0085f\u2028g")).containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void findsNothingInBlankText() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n\t ")).isEmpty();
    }
}
