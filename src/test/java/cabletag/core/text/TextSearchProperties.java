package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The search against independent oracles on random text over a small alphabet with case pairs, dotted
 * and dotless i, sharp s and letters outside the Basic Multilingual Plane: exact is String.indexOf,
 * ignoring case is String.regionMatches(true, ...) tried at every code point.
 */
class TextSearchProperties {

    private static final String[] PIECES = {"a", "A", "b", "B", "i", "I", "\u0131", "\u0130", "\u00DF", "S", "s",
        "\uD801\uDC00", "\uD801\uDC28", " ", "\u00E9", "\u00C9"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(3).map(p -> String.join("", p));
    }

    @Property(tries = 1000)
    void exactIsIndexOf(@ForAll("texts") String text, @ForAll("queries") String query) {
        for (int from = 0; from <= text.length(); from++) {
            assertThat(TextSearch.indexOf(text, query, from, false)).isEqualTo(text.indexOf(query, from));
        }
    }

    @Property(tries = 1000)
    void ignoringCaseIsRegionMatchesIgnoringCase(@ForAll("texts") String text, @ForAll("queries") String query) {
        int expected = -1;
        for (int at = 0; at + query.length() <= text.length(); at += Character.charCount(text.codePointAt(at))) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                expected = at;
                break;
            }
        }
        int found = TextSearch.indexOf(text, query, 0, true);
        assertThat(found).isEqualTo(expected);
        if (found >= 0) {
            // the alphabet's case pairs have equal lengths, so the match covers exactly the query's length
            assertThat(TextSearch.matchEnd(text, found, query, true)).isEqualTo(found + query.length());
        }
    }

    @Property(tries = 500)
    void aMatchIgnoringCaseIsTheSameTextFolded(@ForAll("texts") String text, @ForAll("queries") String query) {
        int at = TextSearch.indexOf(text, query, 0, true);
        if (at >= 0) {
            String matched = text.substring(at, TextSearch.matchEnd(text, at, query, true));
            assertThat(folded(matched)).isEqualTo(folded(query));
            assertThat(TextSearch.indexOf(matched, query, 0, true)).isZero();
            assertThat(TextSearch.indexOf(query, matched, 0, true)).as("symmetric").isZero();
        }
    }

    private static String folded(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().map(c -> Character.toLowerCase(Character.toUpperCase(c))).forEach(out::appendCodePoint);
        return out.toString();
    }
}
