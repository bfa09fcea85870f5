package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CableWriterTest {

    private static Document read(String source) {
        return new CableReader().read("t.txt", source.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Document document) {
        return new CableWriter().writeText(document);
    }

    private static Span spanOf(Document document, String text) {
        return document.spans().stream().filter(s -> document.textOf(s).equals(text)).findFirst().orElseThrow();
    }

    @Test
    void relabelRewritesOneLabelAndKeepsTheTagsOwnSpacing() {
        Document document = read("the \" [PER Erbil   ] 3 \" and [PER Rubaie  ]");
        Span erbil = spanOf(document, "Erbil");
        Document edited = document.withSpans(document.spans().replace(erbil, erbil.withLabel(Label.LOC)));
        assertThat(write(edited)).isEqualTo("the \" [LOC Erbil   ] 3 \" and [PER Rubaie  ]");
    }

    @Test
    void deleteLeavesTheTextInPlace() {
        Document document = read("( [ORG S  ] ) [PER Rubaie  ] said");
        Document edited = document.withSpans(document.spans().without(spanOf(document, "S")));
        assertThat(write(edited)).isEqualTo("( S ) [PER Rubaie  ] said");
    }

    @Test
    void newSpanGetsATagInTheHouseConvention() {
        Document document = read("PM Maliki visited [LOC Tehran  ]");
        //                         0123456789
        Document edited = document.withSpans(document.spans().with(Span.of(3, 9, "PER")));
        assertThat(write(edited)).isEqualTo("PM [PER Maliki  ] visited [LOC Tehran  ]");
    }

    @Test
    void movedBoundaryRewritesThatTagAlone() {
        String source = "( [ORG S  ] ) [ORG Summary: National Security Advisor Mowafaq  ] al-Rubaie carried [LOC Iraq  ]";
        Document document = read(source);
        String text = document.text();
        Span wrong = spanOf(document, "Summary: National Security Advisor Mowafaq");
        int start = text.indexOf("Mowafaq");
        int end = text.indexOf("al-Rubaie") + "al-Rubaie".length();
        Document edited = document.withSpans(document.spans().replace(wrong, new Span(start, end, Label.PER)));
        assertThat(write(edited)).isEqualTo(
                "( [ORG S  ] ) Summary: National Security Advisor [PER Mowafaq al-Rubaie  ] carried [LOC Iraq  ]");
        assertThat(read(write(edited)).spans()).isEqualTo(edited.spans());
    }

    @Test
    void newTagsNestInsideAndAroundKeptTagsAtTheSameBoundary() {
        Document document = read("[ORG Bank of Iraq  ] x");
        //                         012345678901
        SpanSet spans = document.spans().with(Span.of(8, 12, "LOC")).with(Span.of(0, 14, "MISC"));
        Document edited = document.withSpans(spans);
        String written = write(edited);
        assertThat(written).isEqualTo("[MISC [ORG Bank of [LOC Iraq  ]  ] x  ]");
        assertThat(read(written).spans()).isEqualTo(spans);
    }

    @Test
    void newTagInsideALinkStaysInsideTheLink() {
        Document document = read("<pre>TAGS: <a href='/tag/PREL_0.html'>PREL</a> x</pre>");
        int start = document.text().indexOf("PREL");
        Document edited = document.withSpans(SpanSet.of(new Span(start, start + 4, Label.MISC)));
        assertThat(write(edited)).isEqualTo("<pre>TAGS: <a href='/tag/PREL_0.html'>[MISC PREL  ]</a> x</pre>");
    }

    @Test
    void newSpanOverCharacterReferencesAndCrlfKeepsThemEncoded() {
        Document document = read("<pre>AT&amp;T\r\nx</pre>");
        Document edited = document.withSpans(SpanSet.of(Span.of(0, 4, "ORG")));
        String written = write(edited);
        assertThat(written).isEqualTo("<pre>[ORG AT&amp;T  ]\r\nx</pre>");
        assertThat(read(written).spans()).isEqualTo(edited.spans());
    }

    @Test
    void unchangedDocumentIsCopiedVerbatimIncludingOddSpacingAndLiterals() {
        String source = "[sic]  [PER  A  b   ]\t[LOC x ]  [ORG [LOC Iraq  ]  ] &amp; \r\n[PER  ]";
        assertThat(write(read(source))).isEqualTo(source);
    }
}
