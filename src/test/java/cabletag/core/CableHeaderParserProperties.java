package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The header parser never throws, on any text, and its values are always tidy single lines. */
class CableHeaderParserProperties {

    /** Pieces that steer random text into the parser's corners: keys, colons, line breaks, banners, pairs. */
    private static final String[] PIECES = {"Origin", "Created", "Tags", "Subject", "SUBJECT:", "TAGS:", "REF:",
        "Classification", "identifier", ":", " ", "  ", "\t", "\n", "\r\n", "\n \n", ",", "S E C R E T", "2005-07-19",
        "1999/13/40", "x", "\u00A0", "\uD83D\uDE00", "\uD83D", "9", "é"};

    @Provide
    Arbitrary<String> cableLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(p -> String.join("", p));
    }

    @Property(tries = 2000)
    void neverThrowsOnCableLikeText(@ForAll("cableLike") String text) {
        assertTidy(CableHeaderParser.parse(text));
    }

    @Property(tries = 1000)
    void neverThrowsOnArbitraryText(@ForAll String text) {
        assertTidy(CableHeaderParser.parse(text));
    }

    private static void assertTidy(CableHeader header) {
        for (String value : new String[] {header.identifier(), header.origin(), header.created(),
            header.classification(), header.tags(), header.subject()}) {
            assertThat(value).doesNotContain("\n", "\r", "\t", "  ").isEqualTo(value.strip());
            assertThat(value.length()).isLessThanOrEqualTo(CableHeaderParser.MAX_VALUE);
        }
        assertThat(header.createdDay()).matches("|\\d{4}|\\d{4}-\\d{2}-\\d{2}");
    }
}
