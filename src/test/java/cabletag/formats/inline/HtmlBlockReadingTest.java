package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceLayout;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Block markup separates the words around it in the clean text, once per run of markup, and the file is written back as it was. */
class HtmlBlockReadingTest {

    private static Document read(String source) {
        return new CableReader().read("page.html", source.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Document document) {
        return new CableWriter().writeText(document);
    }

    private static void roundTrips(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        assertThat(new CableWriter().write(new CableReader().read("page.html", bytes))).isEqualTo(bytes);
    }

    @Test
    void paragraphsDivisionsAndLineBreaksPutTheWordsOnLinesOfTheirOwn() {
        String source = "<html><body><p>Rubaie met officials</p><p>[LOC Tehran  ] said</p><div>next</div>line<br>after</body></html>\n";
        Document document = read(source);
        assertThat(document.text()).isEqualTo("Rubaie met officials\nTehran said\nnext\nline\nafter\n");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Tehran");
        assertThat(write(document)).isEqualTo(source);
    }

    @Test
    void everyWayOfWritingALineBreakSeparates() {
        assertThat(read("<pre>a<br>b<BR>c<br/>d<br />e<Br  >f</pre>").text()).isEqualTo("a\nb\nc\nd\ne\nf");
    }

    @Test
    void everyBlockElementSeparatesInAnyCaseAndWithAttributes() {
        String[] blocks = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
            "thead", "tbody", "tfoot", "blockquote", "pre", "hr", "section", "article", "header", "footer", "nav", "aside",
            "address", "form", "fieldset", "title", "body", "html", "head", "caption"};
        for (String block : blocks) {
            assertThat(read("<pre>x</pre>a<" + block + ">b").text()).as(block).isEqualTo("x\na\nb");
            assertThat(read("<pre>x</pre>a</" + block.toUpperCase() + ">b").text()).as(block).isEqualTo("x\na\nb");
            assertThat(read("<pre>x</pre>a<" + block + " class=\"c\" id='d'>b").text()).as(block).isEqualTo("x\na\nb");
        }
    }

    @Test
    void tableCellsAreApartOnOneLineAndRowsOnLinesOfTheirOwn() {
        Document document = read("<table><tr><td>Name</td><TD>[PER Rubaie  ]</TD></tr><tr><th>Post</th><th>NSA</th></tr></table>");
        assertThat(document.text()).isEqualTo("Name\tRubaie\nPost\tNSA");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Rubaie");
    }

    @Test
    void inlineMarkupCommentsAndNamesThatOnlyStartLikeABlockJoinNothing() {
        Document document = read("<pre>AT<b>&amp;</b>T <a href='x'>PR</a>EL <span>a</span><i>b</i><em>c</em><code>d</code>"
                + "<font>e</font><strong>f</strong> g<!-- p --><!--br-->h <o:p>i</o:p>j <p-x>k <param>l <bdi>m</pre>");
        assertThat(document.text()).isEqualTo("AT&T PREL abcdef gh ij k l m");
    }

    @Test
    void markupThatAlreadyHasWhiteSpaceAroundItReadsAsBefore() {
        assertThat(read("<p>a</p> <p>b</p>\n<p>c</p>\r\n<div>d</div>\t<br>e&nbsp;<br>f<br>&nbsp;g<br>&#10;h").text())
                .isEqualTo("a b\nc\nd\te\u00A0f\u00A0g\nh");
        assertThat(read("<html><body><p>first</p></body></html>").text()).isEqualTo("first");
    }

    @Test
    void aRunOfMarkupGivesOneSeparatorTheStrongestItHolds() {
        Document document = read("<table><tr><td>a</td></tr><tr><td>b</td><td>c</td></tr></table><p></p><div><p>d</p></div><br><br>e");
        assertThat(document.text()).isEqualTo("a\nb\tc\nd\ne");
        SourceLayout layout = document.source().layout();
        int replaced = 0;
        for (int piece = 0; piece < layout.pieceCount(); piece++) {
            replaced += layout.kind(piece) == SourceLayout.PieceKind.REPLACED ? 1 : 0;
        }
        assertThat(replaced).isEqualTo(4);
    }

    @Test
    void theSeparatorIsTheMarkupItStandsForAndMapsBackToIt() {
        String source = "<p>officials</p><p>Tehran</p>";
        Document document = read(source);
        int separator = document.text().indexOf('\n');
        SourceLayout layout = document.source().layout();
        int piece = layout.pieceOfCleanChar(separator);
        assertThat(layout.kind(piece)).isEqualTo(SourceLayout.PieceKind.REPLACED);
        assertThat(source.substring(layout.sourceStart(piece), layout.sourceEnd(piece))).isEqualTo("</p>");
    }

    @Test
    void referencesInsideBlocksAndOffsetsAfterThemCountTheSeparators() {
        Document document = read("<div><ul><li>AT&amp;T</li><li>\uD83D\uDE00 [PER Rubaie  ]</li><li>&#x1F600;[LOC Erbil  ]</li></ul></div>");
        assertThat(document.text()).isEqualTo("AT&T\n\uD83D\uDE00 Rubaie\n\uD83D\uDE00Erbil");
        Span erbil = document.spans().get(1);
        assertThat(document.textOf(erbil)).isEqualTo("Erbil");
        assertThat(CodePoints.of(document.text()).toCodePoint(erbil.start())).isEqualTo(15);
    }

    @Test
    void aTagTheTaggerClosedBeforeTheBlockEndsBeforeTheSeparatorAndOneOpenedAfterItStartsAfter() {
        Document document = read("<p>[PER Rubaie  ]</p><p>[LOC Tehran  ]</p>");
        assertThat(document.text()).isEqualTo("Rubaie\nTehran");
        assertThat(document.spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(7, 13, "LOC"));
    }

    @Test
    void aTagOverALineBreakOfThePageHasTheLineBreakInItsText() {
        Document document = read("<pre>[PER Mowafaq<br>al-Rubaie  ] said</pre>");
        assertThat(document.text()).isEqualTo("Mowafaq\nal-Rubaie said");
        assertThat(document.spans()).extracting(document::textOf).containsExactly("Mowafaq\nal-Rubaie");
    }

    @Test
    void aFileNotTakenForAPageKeepsItsAngleBracketsAsTextAndSeparatesNothing() {
        // no element the sniff knows (<pre>, <p>, <br>, <div>, <li>, …) in its head and no page's name: plain text
        assertThat(new CableReader().read("notes.txt", "officials<item>Tehran [PER X  ]".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("officials<item>Tehran X");
    }

    @Test
    void pagesWithBlocksBreaksEntitiesCrlfAndUpperCaseAreWrittenBackByteForByte() {
        roundTrips("<HTML><BODY><P>Rubaie met officials</P><P>[LOC Tehran  ] said</P>\r\n<DIV>next</DIV>line<BR/>after</BODY></HTML>\r\n");
        roundTrips("<table><tr><td>AT&amp;T</td><td>&#39;x&quot;</td></tr></table><br >[PER A  ]<br/>[ORG B  ]\r\n");
        roundTrips("<div title=\"a>b\">x</div>y<p class='q'>z</p>");
        roundTrips("<pre>[PER Mowafaq<br>al-Rubaie  ] said<!-- <p> -->x</pre><li>\u00E9\uD83D\uDE00</li>");
    }

    @Test
    void anAttributeWithAnAngleBracketInQuotesIsPartOfItsMarkupAndTheBlockStillSeparates() {
        // generation 2 ended the markup at that '>', and b"> was text (ADR 0015)
        assertThat(read("<pre>x</pre><div title=\"a>b\">y</div>z").text()).isEqualTo("x\ny\nz");
    }

    @Test
    void aNewEntityOverTheSeparatorKeepsTheMarkupInsideItsTagAndReadsBack() {
        Document document = read("<p>Mowafaq</p><p>al-Rubaie said</p>");
        String text = document.text();
        assertThat(text).isEqualTo("Mowafaq\nal-Rubaie said");
        Span across = new Span(0, text.indexOf(" said"), Label.PER);
        Document edited = document.withSpans(SpanSet.of(across));
        CableWriter.Checked written = new CableWriter().writeChecked(edited);
        assertThat(written.readsBack()).as(written.problem()).isTrue();
        String out = new String(written.bytes(), StandardCharsets.UTF_8);
        assertThat(out).isEqualTo("<p>[PER Mowafaq</p><p>al-Rubaie  ] said</p>");
        Document reread = read(out);
        assertThat(reread.text()).isEqualTo(text);
        assertThat(reread.spans()).containsExactly(across);
    }

    @Test
    void newEntitiesBesideTheSeparatorGetTagsOnTheirSideOfTheBlockMarkup() {
        Document document = read("<p>Rubaie met officials</p><p>Tehran said</p>");
        String text = document.text();
        Span officials = new Span(text.indexOf("officials"), text.indexOf("officials") + 9, Label.ORG);
        Span tehran = new Span(text.indexOf("Tehran"), text.indexOf("Tehran") + 6, Label.LOC);
        Document edited = document.withSpans(SpanSet.of(officials, tehran));
        CableWriter.Checked written = new CableWriter().writeChecked(edited);
        assertThat(written.readsBack()).as(written.problem()).isTrue();
        assertThat(new String(written.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("<p>Rubaie met [ORG officials  ]</p><p>[LOC Tehran  ] said</p>");
    }

    @Test
    void deletingATagBesideTheSeparatorLeavesTheMarkupAndTheSeparator() {
        Document document = read("<p>[PER Rubaie  ]</p><p>met</p>");
        Document edited = document.withSpans(SpanSet.empty());
        String out = write(edited);
        assertThat(out).isEqualTo("<p>Rubaie</p><p>met</p>");
        assertThat(read(out).text()).isEqualTo(document.text());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<p>met[PER <br>Rubaie  ] said</p>\n",
            "<p>met [PER Rubaie<br>  ]said</p>\n", "<p>met [PER Rubaie</p>  ]<p>said</p>\n",
            "<p>x</p>[PER <p>Rubaie</p>  ]<p>y</p>\n"})
    void aSeparatorJustInsideATagsBracketsIsNoPartOfItsEntity(String source) {
        // found from outside: the entity read "\nRubaie" or "Rubaie\n", and brat wrote an empty fragment
        Document document = read(source);
        assertThat(document.spans()).singleElement().satisfies(span -> {
            assertThat(document.textOf(span)).isEqualTo("Rubaie");
            assertThat(span.label().name()).isEqualTo("PER");
        });
        roundTrips(source);
        // relabelled, the tag is written where it was
        Document relabelled = document.withSpans(document.spans().without(document.spans().get(0))
                .with(document.spans().get(0).withLabel(cabletag.core.Label.LOC)));
        assertThat(write(relabelled)).isEqualTo(source.replace("[PER ", "[LOC "));
        assertThat(read(write(relabelled)).spans()).extracting(span -> read(write(relabelled)).textOf(span)).containsExactly("Rubaie");
    }
}
