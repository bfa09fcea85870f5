package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPaletteTest {

    @Test
    void standardLabelsHaveKeysOneToFourAndTheirOwnColours() {
        LabelPalette palette = new LabelPalette();
        assertThat(palette.keyOf(Label.PER)).hasValue(1);
        assertThat(palette.keyOf(Label.LOC)).hasValue(2);
        assertThat(palette.keyOf(Label.ORG)).hasValue(3);
        assertThat(palette.keyOf(Label.MISC)).hasValue(4);
        assertThat(palette.labelForDigit(2)).contains(Label.LOC);
        assertThat(palette.backgroundClass(Label.PER)).isEqualTo("bg-per");
        assertThat(palette.underlineClass(Label.MISC)).isEqualTo("ul-misc");
    }

    @Test
    void otherLabelsGetTheNextDigitsAndGeneratedColourSlotsInNameOrder() {
        LabelPalette palette = new LabelPalette();
        assertThat(palette.register(List.of(Label.of("TITLE"), Label.of("DATE"), Label.PER))).isTrue();
        assertThat(palette.register(List.of(Label.of("DATE")))).isFalse();

        assertThat(palette.labels()).containsExactly(Label.PER, Label.LOC, Label.ORG, Label.MISC, Label.of("DATE"), Label.of("TITLE"));
        assertThat(palette.keyOf(Label.of("DATE"))).hasValue(5);
        assertThat(palette.keyOf(Label.of("TITLE"))).hasValue(6);
        assertThat(palette.backgroundClass(Label.of("DATE"))).isEqualTo("bg-x0");
        assertThat(palette.swatchClass(Label.of("TITLE"))).isEqualTo("sw-x1");
    }

    @Test
    void digitsRunOutAfterZeroAndColoursWrapAroundTheSlots() {
        LabelPalette palette = new LabelPalette();
        for (int i = 0; i < 14; i++) {
            palette.register(List.of(Label.of("L" + (char) ('A' + i))));
        }
        assertThat(palette.keyOf(Label.of("LF"))).hasValue(0);
        assertThat(palette.keyOf(Label.of("LG"))).isEmpty();
        assertThat(palette.colourKey(Label.of("LM"))).isEqualTo("x" + (12 % LabelPalette.EXTRA_SLOTS));
    }

    @Test
    void everyColourKeyIsDefinedInTheOneStylesheet() throws Exception {
        String css = new String(LabelPalette.class.getResourceAsStream("/cabletag/ui/cabletag.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        LabelPalette palette = new LabelPalette();
        for (int i = 0; i < LabelPalette.EXTRA_SLOTS; i++) {
            palette.register(List.of(Label.of("X" + (char) ('A' + i))));
        }
        for (Label label : palette.labels()) {
            String key = palette.colourKey(label);
            assertThat(css).contains("-ct-" + key + ":", "-ct-" + key + "-tint:", "." + palette.backgroundClass(label) + " ",
                    "." + palette.underlineClass(label) + " ", "." + palette.swatchClass(label) + " ");
        }
    }

    @Test
    void aStoredLabelThatIsATagHasAColourButNoKeyAndTheOthersKeepTheirs() {
        LabelPalette palette = new LabelPalette();
        palette.register(List.of(Label.of("DATE"), Label.of("O"), Label.of("TIME")));
        assertThat(palette.keyOf(Label.of("DATE"))).hasValue(5);
        assertThat(palette.keyOf(Label.of("O"))).as("no edit may give it").isEmpty();
        assertThat(palette.keyOf(Label.of("TIME"))).hasValue(7);
        assertThat(palette.colourKey(Label.of("O"))).isEqualTo("x1");
    }
}
