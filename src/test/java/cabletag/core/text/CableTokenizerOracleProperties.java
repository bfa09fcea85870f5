package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The program's tokenizer, the hand-written scanner, gives exactly the tokens of the regular expression
 * its rules were first written as (the test oracle {@link RegexCableTokenizer}).
 */
class CableTokenizerOracleProperties {

    private static final String TAGGED_SEED = "004_139b5bbd77eb63a8.txt";
    private static final String PLAIN_SEED = "000_cb2ef8ccb40cf302.txt";

    private static List<String> fast(String text) {
        List<String> tokens = new ArrayList<>();
        new CableTokenizer().scan(text, (start, end) -> tokens.add(start + ":" + end));
        return tokens;
    }

    private static List<String> reference(String text) {
        List<String> tokens = new ArrayList<>();
        for (Token token : new RegexCableTokenizer().tokenize(text)) {
            tokens.add(token.start() + ":" + token.end());
        }
        return tokens;
    }

    @Test
    void sameTokensOnTheSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        for (String seed : List.of(PLAIN_SEED, TAGGED_SEED)) {
            String text = Files.readString(seeds.resolve(seed), StandardCharsets.UTF_8);
            assertThat(fast(text)).isEqualTo(reference(text));
        }
    }

    @Test
    void sameTokensOnTrickyCases() {
        for (String text : List.of("U.S. Amb. David C. Litt's al-Rubaie 1.4 01/25/2019 Iran-U.S. (S//NF)",
                "the Coalition's IRGC's Ba'athist o'clock s' 's 'S 'sa", "x.y.z. a.b e.g. etc. Mr.Smith",
                "\uD83D\uDE00 \uD835\uDC00bc 1\u00B2 \u0661\u0662 e\u0301t\u00E9 _a a_b a__b -1 1- 1.-2",
                "\u00A0word\u00A0 tab\there\r\nline", "it\u2019s they\u2019re 's\u0301", "10th 1990s 3e\u0301 4\u0301",
                "a\u2007b\u202Fc\u0085d\u001Ce\u2028f\u3000g",
                // a dotted abbreviation only at a token boundary; dotted domains stay whole
                "b.com x.yz A.B.Cdef A.B.C. U.S U.S.-Iraq U.S.'s state.gov's www.b.com. v1.2 3.5 3. wait...then",
                "U.S\u0301 A.B.2 a.b_c-d.e x.\u0661 U.S.Army Mr.Smith e.g.x \uD835\uDC00.\uD835\uDC01c",
                "Iran-U.S. non-U.S. a_b.c. a-b.c. a-bc.d. -U.S. x-\uD835\uDC00.\uD835\uDC01. 1-U.S. a-1.b. a--b.c.", "")) {
            assertThat(fast(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Property(tries = 2000)
    void sameTokensOnRandomText(@ForAll("cableLike") String text) {
        assertThat(fast(text)).isEqualTo(reference(text));
    }

    @Property(tries = 300)
    void tokenizeListsWhatScanReports(@ForAll("cableLike") String text) {
        List<String> listed = new ArrayList<>();
        for (Token token : new CableTokenizer().tokenize(text)) {
            listed.add(token.start() + ":" + token.end());
        }
        assertThat(listed).isEqualTo(fast(text));
    }

    @Provide
    Arbitrary<String> cableLike() {
        Arbitrary<String> characters = Arbitraries.strings()
                .withChars("aAsSzZ1209 .,:/-_'\u2019\n\t\u00A0\u2007\u0085\u001D()\"\u0301\u00E9\u00B2\u0661")
                .withCharRange('a', 'c')
                .ofMaxLength(40)
                .injectDuplicates(0.1)
                .edgeCases(edges -> edges.add("Mr. X. Y's 1.2-3"));
        // Dots between letters, the abbreviation-versus-word boundary, are rare in random characters:
        // pieces that put them next to letters, digits, marks and other dots are mixed in.
        Arbitrary<String> dotted = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("U.S.", "U.S", "A.B.C.", "b.com", "x.yz", "A.B.Cdef", "state.gov", "e.g.",
                        "Mr.", "C.", "end.", "3.5", "www.b.com.", "U.S.-", "Iran-U.S.", "a-b.c.", "a.", ".a", "..", "s.", "\u0301.",
                        "\uD835\uDC00.")),
                Tuple.of(2, Arbitraries.strings().withChars("aB1.s'\u0301").ofMaxLength(5)),
                Tuple.of(1, Arbitraries.of(" ", "-", "'", ",", "\u00A0")));
        return Arbitraries.frequencyOf(
                Tuple.of(1, characters),
                Tuple.of(1, dotted.list().ofMaxSize(8).map(pieces -> String.join("", pieces))));
    }
}
