package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.ReadingRules;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader keeps the rules of earlier generations: what they read from a page is what a cabletag of that generation
 * read (the texts below are what one wrote in a jsonl export), and a span of that text is carried onto the same
 * characters of the source now, or said to be no text now.
 */
class EarlierReadingTest {

    private static Document read(String source) {
        return new CableReader().read("page.html", source.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCurrentRulesAreThoseOfTheCurrentGeneration() {
        assertThat(MarkupRules.ofGeneration(ReadingRules.GENERATION)).isEqualTo(MarkupRules.CURRENT);
        assertThat(MarkupRules.ofGeneration(ReadingRules.GENERATION - 1)).isNotEqualTo(MarkupRules.CURRENT);
    }

    /** Page and what generation 2 read from it, as its jsonl export wrote it ({@code \n}, {@code \r} escaped as in Java). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`<pre>x</pre><div title=\"a > b\">y</div>z [PER Rubaie  ] met\n` | `x b\">y\nz Rubaie met\n`",
        "`<pre>A</pre><a title='it>s' href=\"x\">AT&amp;T</a> and [LOC Tehran  ]\n` | `A\ns' href=\"x\">AT&T and Tehran\n`",
        "`<pre>x</pre><p\nclass=\"x\">y</p\n>z [PER Rubaie  ] met\n` | `x\n<p\nclass=\"x\">y</p\n>z Rubaie met\n`",
        "`<pre>x</pre><a\r\nhref=\"x\">link</a> [LOC Basra  ]\r\n` | `x\n<a\nhref=\"x\">link Basra\n`",
        "`<pre>a</pre><script type=\"text/javascript\">var s = \"[PER Hidden  ]\"; if (a < b && c > d) {}\n</script><p>[PER Rubaie  ] met</p>"
                + "<style>p > b { x: 1 }</style>after [LOC Tehran  ]\n`"
                + " | `a\nvar s = \"Hidden\"; if (a < b && c > d) {}\nRubaie met\np > b { x: 1 }after Tehran\n`",
        "`<pre>a</pre><SCRIPT>x</Script >b [ORG GoI  ]\n` | `a\nxb GoI\n`",
        "`<pre>a&#13;b&#13;\nc&#13;&#10;d&ensp;e&emsp;f&thinsp;g&zwnj;h&zwj;i [PER Rubaie  ]</pre>\n`"
                + " | `a\rb\r\nc\r\nd&ensp;e&emsp;f&thinsp;g&zwnj;h&zwj;i Rubaie\n`",
        "`<pre>&ndash;&hellip;&shy;&euro;&pound;&lrm;&#146;&#150; [LOC Erbil  ]</pre>\n` | `\u2013\u2026\u00AD\u20AC\u00A3&lrm;\u0092\u0096 Erbil\n`",
    })
    void whatTheSecondGenerationReadIsReadAgain(String page, String byGeneration2) {
        Document now = read(unescape(page));
        assertThat(ReadingRules.earlierReading(now, 2).text()).isEqualTo(unescape(byGeneration2));
        assertThat(ReadingRules.earlierReading(now, ReadingRules.GENERATION)).isNull();
    }

    /**
     * Generation 5 reads a page named .html, or opening with a DOCTYPE, a title or a Word paragraph, as HTML, where 4
     * read it as plain text (found from outside): a span of 4's text is carried onto the same words.
     */
    @Test
    void aPageTheFourthGenerationReadAsPlainTextIsReadAgainSo() {
        Document now = new CableReader().read("a.html",
                "<!DOCTYPE html>\n<title>x</title>\n[PER Rubaie  ] met [LOC Tehran  ]\n".getBytes(StandardCharsets.UTF_8));
        assertThat(now.text()).isEqualTo("\nx\nRubaie met Tehran\n");
        EarlierReading earlier = ReadingRules.earlierReading(now, 4);
        assertThat(earlier.text()).isEqualTo("<!DOCTYPE html>\n<title>x</title>\nRubaie met Tehran\n");
        int tehran = earlier.text().indexOf("Tehran");
        Span carried = earlier.carry(Span.of(tehran, tehran + 6, "ORG")).span();
        assertThat(now.text().substring(carried.start(), carried.end())).isEqualTo("Tehran");
        // by its markup alone, whatever its name: a Word paragraph, a title, a DOCTYPE
        for (String page : new String[] {"<p class=MsoNormal>[PER Rubaie  ]</p>\n", "<title>x</title> [PER Rubaie  ]\n",
                "<!doctype HTML>[PER Rubaie  ]", "<?xml version=\"1.0\"?><b>[PER Rubaie  ]</b>"}) {
            assertThat(CableReader.looksLikeHtml("a.txt", page, MarkupRules.CURRENT)).as(page).isTrue();
            assertThat(CableReader.looksLikeHtml("a.txt", page, MarkupRules.ofGeneration(4))).as(page).isFalse();
        }
        // nor angles in prose
        assertThat(CableReader.looksLikeHtml("a.txt", "if a < b and c > d, <brx> or <a> or <b or <p>x", MarkupRules.CURRENT)).isTrue();
        assertThat(CableReader.looksLikeHtml("a.txt", "if a < b and c > d, <brx> or <a> or <b", MarkupRules.CURRENT)).isFalse();
    }

    @Test
    void whatTheFirstGenerationReadHasNoSeparators() {
        Document now = read("<p>Rubaie met</p><p>Mowafaq</p><script>x</script><p>al-Rubaie</p>");
        assertThat(now.text()).isEqualTo("Rubaie met\nMowafaq\nal-Rubaie");
        assertThat(ReadingRules.earlierReading(now, 1).text()).isEqualTo("Rubaie metMowafaqxal-Rubaie");
    }

    @Test
    void aSpanIsCarriedOntoTheSameCharactersOrSaidToBeNoTextNow() {
        Document now = read("<pre>a</pre><script>f(\"Rubaie\");</script><p>Rubaie&ensp;met</p><b title=\"x > y\">Tehran</b>");
        assertThat(now.text()).isEqualTo("a\nRubaie\u2002met\nTehran");
        EarlierReading earlier = ReadingRules.earlierReading(now, 2);
        String before = earlier.text();
        assertThat(before).isEqualTo("a\nf(\"Rubaie\");\nRubaie&ensp;met y\">Tehran");

        int second = before.lastIndexOf("Rubaie");
        assertThat(earlier.carry(Span.of(second, before.indexOf("met") + 3, "PER")).span())
                .isEqualTo(Span.of(2, 12, "PER"));
        assertThat(earlier.carry(Span.of(before.indexOf("Tehran"), before.length(), "LOC")).span())
                .isEqualTo(Span.of(13, 19, "LOC"));
        EarlierReading.Carried inScript = earlier.carry(Span.of(before.indexOf("Rubaie"), before.indexOf("Rubaie") + 6, "PER"));
        assertThat(inScript.span()).isNull();
        assertThat(inScript.lostBecause()).isEqualTo(EarlierReading.NOW_MARKUP);
        EarlierReading.Carried inReference = earlier.carry(Span.of(before.indexOf("ensp"), before.indexOf("ensp") + 4, "MISC"));
        assertThat(inReference.span()).isNull();
        assertThat(inReference.lostBecause()).isEqualTo(EarlierReading.NOW_INSIDE_A_CHARACTER);
        // the rest of the markup that generation 2 ended at the quoted '>', and the word after it: not put on the word
        // alone (a span over a script's words and the text after them would lose words so), but named
        EarlierReading.Carried partly = earlier.carry(Span.of(before.indexOf(" y\""), before.length(), "LOC"));
        assertThat(partly.span()).isNull();
        assertThat(partly.lostBecause()).isEqualTo(EarlierReading.PARTLY_MARKUP);
        assertThat(earlier.carry(Span.of(before.indexOf("f("), before.indexOf("met") + 3, "LOC")).lostBecause())
                .isEqualTo(EarlierReading.PARTLY_MARKUP);
    }

    private static String unescape(String java) {
        return java.replace("\\n", "\n").replace("\\r", "\r").replace("\\\"", "\"");
    }
}
