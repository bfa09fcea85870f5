package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightStylerTest {

    private final HighlightStyler styler = new HighlightStyler(new LabelPalette());

    /** One entry per character: its classes joined, "" when plain. */
    private static List<String> perChar(StyleSpans<Collection<String>> spans) {
        List<String> chars = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                chars.add(String.join(" ", span.getStyle()));
            }
        }
        return chars;
    }

    @Test
    void paintsEachEntityInItsLabelAndLeavesTheRestPlain() {
        //          0123456789012345
        String t = "Rubaie met Tehran";
        //          [PER ]     [LOC ]
        SpanSet spans = SpanSet.of(new Span(0, 6, Label.PER), new Span(11, 17, Label.LOC));

        List<String> chars = perChar(styler.styleAll(spans, t.length(), null));

        assertThat(chars).hasSize(t.length());
        assertThat(chars.subList(0, 6)).containsOnly("entity bg-per");
        assertThat(chars.subList(6, 11)).containsOnly("");
        assertThat(chars.subList(11, 17)).containsOnly("entity bg-loc");
    }

    @Test
    void nestedEntitiesKeepTheOuterBackgroundAndUnderlineTheInnerOne() {
        //          0123456789012345678901234
        String t = "Embassy Baghdad officials";
        //          [ORG          ]
        //                  [LOC  ]
        SpanSet spans = SpanSet.of(new Span(0, 15, Label.ORG), new Span(8, 15, Label.LOC));

        List<String> chars = perChar(styler.styleAll(spans, t.length(), null));

        assertThat(chars.subList(0, 8)).containsOnly("entity bg-org");
        assertThat(chars.subList(8, 15)).containsOnly("entity bg-org ul-loc");
        assertThat(chars.subList(15, t.length())).containsOnly("");
    }

    @Test
    void framesTheSelectedEntityOnly() {
        //          0123456789012345
        String t = "Rubaie met Tehran";
        Span tehran = new Span(11, 17, Label.LOC);
        SpanSet spans = SpanSet.of(new Span(0, 6, Label.PER), tehran);

        List<String> chars = perChar(styler.styleAll(spans, t.length(), tehran));

        assertThat(chars.get(0)).isEqualTo("entity bg-per");
        assertThat(chars.get(11)).isEqualTo("entity bg-loc selected");
    }

    @Test
    void aSubRangeStylesExactlyLikeTheSameCharactersOfTheWhole() {
        //          0         1         2
        //          0123456789012345678901234567
        String t = "Embassy Baghdad met Rubaie .";
        SpanSet spans = SpanSet.of(new Span(0, 15, Label.ORG), new Span(8, 15, Label.LOC), new Span(20, 26, Label.PER));
        List<String> whole = perChar(styler.styleAll(spans, t.length(), null));

        for (int from = 0; from < t.length(); from++) {
            for (int to = from + 1; to <= t.length(); to++) {
                assertThat(perChar(styler.style(spans, from, to, null))).as("[%d, %d)", from, to)
                        .isEqualTo(whole.subList(from, to));
            }
        }
    }

    @Test
    void coversTheWholeTextWhenThereAreNoEntities() {
        StyleSpans<Collection<String>> spans = styler.styleAll(SpanSet.empty(), 42, null);
        assertThat(spans.length()).isEqualTo(42);
        assertThat(spans.getSpanCount()).isEqualTo(1);
    }

    @Test
    void buildsOneHundredThousandEntitiesInOnePassWithSharedStyleLists() {
        List<Span> list = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            list.add(new Span(i * 10, i * 10 + 5, Label.STANDARD.get(i % 4)));
        }
        StyleSpans<Collection<String>> spans = styler.styleAll(SpanSet.of(list), 1_000_000, null);
        assertThat(spans.length()).isEqualTo(1_000_000);
        assertThat(spans.getSpanCount()).isEqualTo(200_000);
        assertThat(spans.getStyleSpan(0).getStyle()).isSameAs(spans.getStyleSpan(8).getStyle());
    }
}
