package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written HTML sniff in {@link CableReader#looksLikeHtml} decides exactly as the regular
 * expression it replaced (kept here as the specification).
 */
class HtmlSniffProperties {

    private static final Pattern SPECIFICATION = Pattern.compile(
            "<(?:pre|code|a\\s|/a>|br\\s*/?>|p>|html|body|div|span|table)", Pattern.CASE_INSENSITIVE);

    @Property(tries = 3000)
    void sniffAgreesWithTheRegularExpression(@ForAll("markupLike") String text) {
        assertThat(CableReader.looksLikeHtml(text)).isEqualTo(SPECIFICATION.matcher(text).find());
    }

    @Example
    void recognisesTheSeedsMarkupAndNotLiteralAngles() {
        assertThat(CableReader.looksLikeHtml("x <code><pre>cable")).isTrue();
        assertThat(CableReader.looksLikeHtml("TAGS: <A HREF=\"/tag/PREL\">PREL</a>")).isTrue();
        assertThat(CableReader.looksLikeHtml("line<BR />next")).isTrue();
        assertThat(CableReader.looksLikeHtml("if a < b and <brx> or <a>")).isFalse();
        assertThat(CableReader.looksLikeHtml("<br")).isFalse();
    }

    @Provide
    Arbitrary<String> markupLike() {
        Arbitrary<String> pieces = Arbitraries.of("<", ">", "/", " ", "\t", "\n", "a", "A", "p", "P", "br", "BR", "pre",
                "Code", "html", "bOdy", "div", "span", "TABLE", "x", "[PER ", "  ]", "&amp;", "<a", "</a", "<br ");
        return pieces.list().ofMaxSize(14).map(list -> String.join("", list));
    }
}
