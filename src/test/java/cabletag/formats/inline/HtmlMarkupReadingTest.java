package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup ends where a browser ends it (ADR 0015): at the {@code >} outside quoted attribute values, over line breaks,
 * and after the contents of a {@code <script>} or {@code <style>} element; character references read as a browser
 * reads them, {@code &#13;} as the line break every CR is. The file is written back as it was.
 */
class HtmlMarkupReadingTest {

    private static Document read(String source) {
        return new CableReader().read("page.html", source.getBytes(StandardCharsets.UTF_8));
    }

    private static void roundTrips(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        assertThat(new CableWriter().write(new CableReader().read("page.html", bytes))).isEqualTo(bytes);
    }

    private static java.util.List<String> entities(Document document) {
        return document.spans().stream().map(span -> span.label() + ":" + document.textOf(span)).toList();
    }

    @Test
    void anAngleBracketInAQuotedAttributeValueDoesNotEndTheMarkup() {
        Document document = read("<pre>x</pre><div title=\"a > b\">y</div>z [PER Rubaie  ] met\n");
        assertThat(document.text()).isEqualTo("x\ny\nz Rubaie met\n");
        assertThat(entities(document)).containsExactly("PER:Rubaie");
        assertThat(read("<pre>A</pre><a title='it>s' href=\"x\">AT&amp;T</a> and <b class=\"q'>\">b</b>").text())
                .isEqualTo("A\nAT&T and b");
    }

    @Test
    void aQuoteThatIsNeverClosedIsACharacterOfTheMarkupAsBefore() {
        // no closing quote anywhere after it: the markup ends at the first '>', as it did (no cable text is swallowed)
        assertThat(read("<pre>x</pre><a title=\"oops>link</a> and more").text()).isEqualTo("x\nlink and more");
    }

    @Test
    void aStartOrEndTagWrittenOverLineBreaksIsMarkup() {
        Document document = read("<pre>x</pre><p\nclass=\"x\">y</p\n>z [PER Rubaie  ] met\n");
        assertThat(document.text()).isEqualTo("x\ny\nz Rubaie met\n");
        assertThat(entities(document)).containsExactly("PER:Rubaie");
        assertThat(read("<pre>x</pre><a\r\nhref=\"x\"\r\n>link</a\r\n> [LOC Basra  ]\r\n").text()).isEqualTo("x\nlink Basra\n");
        // a '<' before the '>' still means no markup: it is text, as is a '<' with no name after it
        assertThat(read("<pre>a <b\n<c d</pre>").text()).isEqualTo("a <b\n<c d");
    }

    @Test
    void scriptAndStyleContentsAreNoText() {
        Document document = read("<pre>a</pre><script type=\"text/javascript\">var s = 1; if (a < b && c > d) {}\n</script>"
                + "<p>[PER Rubaie  ] met</p><style>p > b { x: 1 }</style>after [LOC Tehran  ]\n");
        assertThat(document.text()).isEqualTo("a\nRubaie met\nafter Tehran\n");
        assertThat(entities(document)).containsExactly("PER:Rubaie", "LOC:Tehran");
        assertThat(read("<pre>a</pre><SCRIPT>x</Script >b <STYLE media=x>y</style\n>c").text()).isEqualTo("a\nb c");
        // a script glues nothing apart and separates nothing, as a browser shows it
        assertThat(read("<pre>a</pre>AT<script>x</script>T").text()).isEqualTo("a\nATT");
    }

    /**
     * A DOCTYPE, Word's {@code <![if !supportLists]>}, a CDATA section and an XML declaration are no text of the page, as
     * a browser shows it (generation 5): they were read as the cable's first words and exported so, found from outside.
     */
    @Test
    void declarationsAndProcessingInstructionsAreNoText() {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\n"
                + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html><body><p><![if !supportLists]>1.<![endif]>"
                + "[PER Rubaie  ] met <!doctype x> [LOC Tehran  ]</p></body></html>\n";
        Document document = read(page);
        assertThat(document.text()).isEqualTo("\n\n1.Rubaie met  Tehran\n"); // the line breaks between, not the one inside
        assertThat(entities(document)).containsExactly("PER:Rubaie", "LOC:Tehran");
        roundTrips(page);
        // a tag in a CDATA section is in markup: dropped and named, as in a comment
        Document cdata = read("<pre>a <![CDATA[ [PER Hidden  ] ]]> b</pre>");
        assertThat(cdata.text()).isEqualTo("a  b");
        assertThat(cdata.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "tag [PER Hidden] inside the HTML markup <![CDATA …> is dropped; its text is not in the cable's text");
        // "<!" or "<?" in prose, with a '<' or nothing before any '>': text, nothing swallowed
        assertThat(read("<pre>wow<! and <?so</pre>").text()).isEqualTo("wow<! and <?so");
        assertThat(read("<pre>a <!x b").text()).isEqualTo("a <!x b");
    }

    /** Comments and end tags a browser ends otherwise than at "-->" or a name (generation 5). */
    @Test
    void aCommentClosedAtOnceAndAnEndTagWithoutANameAreMarkupAsToABrowser() {
        Document document = read("<p>a<!-->[PER Bob  ]<!--->c</ p>d</>e<!-- x --!>f</p>\n");
        assertThat(document.text()).isEqualTo("aBobcdef\n");
        assertThat(entities(document)).containsExactly("PER:Bob");
        roundTrips("<p>a<!-->[PER Bob  ]<!--->c</ p>d</>e<!-- x --!>f</p>\n");
        // "</" in prose with no '>' before a '<' or a blank line: text
        assertThat(read("<pre>a </ b\n\nc > d</pre>").text()).isEqualTo("a </ b\n\nc > d");
        assertThat(read("<pre>x <!y\n\nz> w</pre>").text()).isEqualTo("x <!y\n\nz> w");
        // nor does a start or end tag with a name: "a </b⏎⏎c> d" lost its c as markup (found from outside)
        assertThat(read("<p>a </b\n\nc> d</p>").text()).isEqualTo("a </b\n\nc> d");
        assertThat(read("<p\nclass=\"x\n\ny\">y</p\n>z").text()).as("a blank line in a quoted value").isEqualTo("y\nz");
    }

    @Test
    void aTagInsideAScriptIsNoEntityAndIsNamed() {
        Document document = read("<pre>a</pre><script>var s = \"[PER Hidden  ]\"; f(\"[LOC x  ]\");</script>[PER Rubaie  ]\n");
        assertThat(document.text()).isEqualTo("a\nRubaie\n");
        assertThat(entities(document)).containsExactly("PER:Rubaie");
        assertThat(document.diagnostics()).filteredOn(d -> d.code().equals(TagsInMarkup.CODE))
                .extracting(Diagnostic::message)
                .containsExactly("tag [PER Hidden] inside a <script> element is dropped; its text is not in the cable's text",
                        "tag [LOC x] inside a <script> element is dropped; its text is not in the cable's text");
        assertThat(document.diagnostics()).filteredOn(d -> d.code().equals(TagsInMarkup.CODE)).allMatch(Diagnostic::losesAnnotation);
    }

    @Test
    void aScriptNeverClosedOrClosedInItsStartTagKeepsWhatFollowsAsText() {
        // no </script> after it: only its start tag is markup, as before, so no cable text is swallowed
        assertThat(read("<pre>a</pre><script>b [PER Rubaie  ]").text()).isEqualTo("a\nb Rubaie");
        assertThat(read("<pre>a</pre><script src=\"x.js\"/>b [PER Rubaie  ]<script>c</script>").text()).isEqualTo("a\nb Rubaie");
        // an end tag that only starts like one does not end the element
        assertThat(read("<pre>a</pre><script>x = '</scripts>';</script>b").text()).isEqualTo("a\nb");
    }

    @Test
    void aCarriageReturnReferenceIsALineBreakAndWithALineFeedAfterItOne() {
        assertThat(read("<pre>a&#13;b&#13;\nc&#13;&#10;d&#x0D;&#xa;e&#xD;\r\nf</pre>").text()).isEqualTo("a\nb\nc\nd\ne\n\nf");
        assertThat(read("<pre>a&#13;\r\n</pre>").text()).isEqualTo("a\n\n");
    }

    @Test
    void aCarriageReturnReferenceBeforeTheLineBreakOfTheFileKeepsATagOverItsLineWhole() {
        Document document = read("<pre>[PER Mowafaq&#13;\nal-Rubaie  ] said&#13;\n[LOC Tehran  ]</pre>");
        assertThat(document.text()).isEqualTo("Mowafaq\nal-Rubaie said\nTehran");
        assertThat(entities(document)).containsExactly("PER:Mowafaq\nal-Rubaie", "LOC:Tehran");
    }

    @Test
    void theNamedReferencesOfCablesAreDecoded() {
        assertThat(read("<pre>d&ensp;e&emsp;f&thinsp;g&zwnj;h&zwj;i&lrm;j&rlm;k</pre>").text())
                .isEqualTo("d\u2002e\u2003f\u2009g\u200Ch\u200Di\u200Ej\u200Fk");
        assertThat(read("<pre>&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&shy;&copy;&reg;&deg;&middot;&bull;&euro;&pound;</pre>").text())
                .isEqualTo("\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u00AD\u00A9\u00AE\u00B0\u00B7\u2022\u20AC\u00A3");
        assertThat(read("<pre>&alpha;&Omega;&rarr;&minus;&prime;&oelig;&Scaron;&circ;&tilde;&rsaquo;&thetasym;</pre>").text())
                .isEqualTo("\u03B1\u03A9\u2192\u2212\u2032\u0153\u0160\u02C6\u02DC\u203A\u03D1");
        // a name no browser knows stays text, every character kept
        assertThat(read("<pre>&bogus; &ENSP;</pre>").text()).isEqualTo("&bogus; &ENSP;");
    }

    @Test
    void numericReferencesOfTheWindowsRangeReadAsTheBrowserReadsThem() {
        // &#146; is the apostrophe of a page saved from Word: a browser shows ’, not the control character U+0092
        assertThat(read("<pre>Iraq&#146;s &#150; &#128;5 &#x93;x&#x94; &#129;</pre>").text())
                .isEqualTo("Iraq\u2019s \u2013 \u20AC5 \u201Cx\u201D \u0081");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<pre>x</pre><div title=\"a > b\">y</div>z [PER Rubaie  ] met\n",
        "<pre>x</pre><p\r\nclass='x'>y</p\n>z [PER Rubaie  ] met\r\n",
        "<pre>a</pre><script>var s = \"[PER Hidden  ]\";\r\n</script><p>[PER Rubaie  ] met</p><style>p{}</style>after\n",
        "<pre>a&#13;b&#13;\nc&#13;&#10;d&ensp;e [PER Mowafaq&#13;\nal-Rubaie  ] &#146;</pre>\n",
    })
    void pagesWithTheNewMarkupAreWrittenBackByteForByte(String source) {
        roundTrips(source);
    }

    @Test
    void newEntitiesBesideAScriptOrAcrossItReadBackAsDrawn() {
        Document document = read("<pre>a</pre>Rubaie<script>if (a[i] ) { x(\"[\") }\n</script> met al<style>p{}</style>-Maliki&ensp;now\n");
        String text = document.text();
        assertThat(text).isEqualTo("a\nRubaie met al-Maliki\u2002now\n");
        Span rubaie = new Span(text.indexOf("Rubaie"), text.indexOf("Rubaie") + 6, Label.PER);
        Span maliki = new Span(text.indexOf("al-"), text.indexOf("\u2002"), Label.PER);
        Span across = new Span(text.indexOf("Rubaie"), text.indexOf(" met") + 4, Label.MISC);
        for (SpanSet spans : java.util.List.of(SpanSet.of(rubaie, maliki), SpanSet.of(across))) {
            CableWriter.Checked written = new CableWriter().writeChecked(document.withSpans(spans));
            assertThat(written.readsBack()).as(written.problem()).isTrue();
            Document reread = new CableReader().read("page.html", written.bytes());
            assertThat(reread.text()).isEqualTo(text);
            assertThat(reread.spans()).isEqualTo(spans);
        }
    }
}
