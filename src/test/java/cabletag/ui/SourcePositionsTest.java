package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.SourceFormat;
import cabletag.core.SourceLayout;
import cabletag.core.SpanSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {

    @Test
    void mapsALineAndColumnOfTheSourceThroughTagsToTheCleanText() {
        //               0         1          2
        //               0123456789012345 678901234567
        String source = "[PER Rubaie  ] \nmet [LOC Tehran  ]";
        String clean = "Rubaie \nmet Tehran";
        SourceLayout.Builder layout = new SourceLayout.Builder(false);
        int open = layout.openTag(5);
        layout.text(6);
        layout.closeTag(open, 3, Label.PER, 1, 4);
        layout.text(6); // " \nmet "
        int open2 = layout.openTag(5);
        layout.text(6);
        layout.closeTag(open2, 3, Label.LOC, 21, 24);
        SourceLayout built = layout.build();
        Document doc = new Document("d", new DocumentSource("d.txt", SourceFormat.INLINE, SourceEncoding.UTF_8, source, built),
                clean, built.originalSpans(), null, List.of(Diagnostic.warning("x", 2, 10, "here")));

        // line 2, column 10 is the 'T' of Tehran (after "met [LOC ")
        assertThat(SourcePositions.cleanOffsetOf(doc, doc.diagnostics().get(0))).isEqualTo(clean.indexOf("Tehran"));
        // inside the opening tag: the next clean character
        assertThat(SourcePositions.cleanOffsetOf(doc, Diagnostic.warning("x", 1, 2, "in tag"))).isEqualTo(0);
        assertThat(SourcePositions.cleanOffsetOf(doc, Diagnostic.warning("x", 9, 1, "past the end"))).isEqualTo(clean.length());
        assertThat(doc.spans()).isEqualTo(SpanSet.of(built.originalSpans()));
    }

    @Test
    void countsColumnsInCodePointsAndKnowsAllLineEndings() {
        String source = "a\r\nb\rc\n\uD83D\uDE00x";
        assertThat(SourcePositions.sourceOffset(source, 2, 1)).isEqualTo(3);
        assertThat(SourcePositions.sourceOffset(source, 3, 1)).isEqualTo(5);
        assertThat(SourcePositions.sourceOffset(source, 4, 2)).isEqualTo(9);
    }

    @Test
    void aPlaceAfterBlockMarkupLandsOnItsWordAndOneInsideTheSeparatorsMarkupOnTheSeparator() {
        String source = "<p>Rubaie met officials</p><p>[LOC Tehran  ] said [PER x\n";
        Document doc = new cabletag.formats.inline.CableReader().read("p.html", source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(doc.text()).isEqualTo("Rubaie met officials\nTehran said [PER x\n");
        // the unclosed tag's warning, at its '[' in the source, lands on its '[' in the clean text
        Diagnostic unclosed = doc.diagnostics().stream().filter(d -> d.code().equals("unclosed-tag")).findFirst().orElseThrow();
        assertThat(SourcePositions.cleanOffsetOf(doc, unclosed)).isEqualTo(doc.text().indexOf("[PER"));
        // column 25 is the '/' of the </p> that reads as the line break: the line break itself
        assertThat(SourcePositions.cleanOffsetOf(doc, Diagnostic.warning("x", 1, 25, "in the markup"))).isEqualTo(20);
        // column 29 is inside the <p> after it: the next clean character, the 'T' of Tehran
        assertThat(SourcePositions.cleanOffsetOf(doc, Diagnostic.warning("x", 1, 29, "in the markup"))).isEqualTo(21);
    }
}
