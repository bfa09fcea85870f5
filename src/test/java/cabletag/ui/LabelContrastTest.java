package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The label colours of both themes, read from cabletag.css for every colour key LabelPalette hands out:
 * the cable text stays legible on every label's tint (WCAG text contrast 4.5:1), and on the dark page the
 * underlines of nested entities stand out (WCAG non-text contrast 3:1). The dark theme replaces looked-up
 * colours and nothing else, and no font size is in pixels.
 */
class LabelContrastTest {

    private static final Pattern DECLARATION = Pattern.compile("(-[a-z][a-z0-9-]*)\\s*:\\s*([^;]+);");

    private static String css() throws Exception {
        try (var in = LabelContrastTest.class.getResourceAsStream("/cabletag/ui/cabletag.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** The declarations of the rule whose selector is exactly {@code selector}. */
    private static Map<String, String> block(String css, String selector) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        assertThat(rule.find()).as("cabletag.css has a rule " + selector).isTrue();
        Map<String, String> declarations = new HashMap<>();
        Matcher declaration = DECLARATION.matcher(rule.group(1));
        while (declaration.find()) {
            declarations.put(declaration.group(1), declaration.group(2).trim());
        }
        return declarations;
    }

    /** The looked-up colours of a theme: the light ones with the theme's overrides on top. */
    private static Map<String, String> theme(Theme theme) throws Exception {
        String css = css();
        Map<String, String> colours = new HashMap<>(block(css, ".root"));
        if (theme == Theme.DARK) {
            colours.putAll(block(css, ".root.theme-dark"));
        }
        return colours;
    }

    private static Color colour(Map<String, String> colours, String name) {
        String value = colours.get(name);
        assertThat(value).as(name + " is defined").isNotNull();
        return Color.web(value);
    }

    /** Every colour key LabelPalette hands out: the four standard labels and every extra slot. */
    private static List<String> colourKeys() {
        LabelPalette palette = new LabelPalette();
        for (int i = 0; i < LabelPalette.EXTRA_SLOTS; i++) {
            palette.register(List.of(Label.of("EXTRA" + (char) ('A' + i))));
        }
        return palette.labels().stream().map(palette::colourKey).toList();
    }

    /** WCAG 2 relative luminance of an sRGB colour. */
    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2 contrast ratio, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaGivesWcagsKnownValues() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(contrast(Color.web("#777777"), Color.WHITE)).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(Color.RED, Color.RED)).isEqualTo(1.0);
    }

    @Test
    void theCableTextOnEveryLabelsTintReachesFourAndAHalfToOneInBothThemes() throws Exception {
        assertThat(colourKeys()).hasSize(4 + LabelPalette.EXTRA_SLOTS);
        for (Theme theme : Theme.values()) {
            Map<String, String> colours = theme(theme);
            Color text = colour(colours, "-ct-text");
            for (String key : colourKeys()) {
                Color tint = colour(colours, "-ct-" + key + "-tint");
                assertThat(contrast(text, tint)).as("%s theme: the text on the tint of %s", theme, key).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(contrast(text, colour(colours, "-ct-text-background"))).as("%s theme: the text on the page", theme)
                    .isGreaterThanOrEqualTo(7.0);
        }
    }

    @Test
    void onTheDarkPageEveryLabelColourStandsOutForUnderlines() throws Exception {
        Map<String, String> dark = theme(Theme.DARK);
        Color page = colour(dark, "-ct-text-background");
        for (String key : colourKeys()) {
            assertThat(contrast(colour(dark, "-ct-" + key), page)).as("dark theme: the underline colour of %s on the page", key)
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void theDarkThemeGivesEveryLabelItsOwnColoursAndOverridesOnlyLookedUpColours() throws Exception {
        String css = css();
        Map<String, String> light = block(css, ".root");
        Map<String, String> dark = block(css, ".root.theme-dark");
        for (String key : colourKeys()) {
            assertThat(dark).as("the dark theme sets " + key + "'s colours").containsKeys("-ct-" + key, "-ct-" + key + "-tint");
        }
        for (String name : dark.keySet()) {
            boolean ours = name.startsWith("-ct-") && light.containsKey(name);
            boolean modenas = List.of("-fx-base", "-fx-background", "-fx-control-inner-background",
                    "-fx-control-inner-background-alt", "-fx-accent", "-fx-focus-color", "-fx-faint-focus-color",
                    "-fx-selection-bar-non-focused").contains(name);
            assertThat(ours || modenas).as(name + " in .root.theme-dark is a looked-up colour the light theme has too").isTrue();
        }
        // the dark rule is the only one naming the theme: every other rule serves both themes
        assertThat(css.split("theme-dark", -1)).hasSize(2);
    }

    @Test
    void noFontSizeIsInPixelsSoTextFollowsTheSystemsSize() throws Exception {
        assertThat(css()).doesNotContainPattern("-fx-font-size\\s*:\\s*[0-9.]+px").doesNotContainPattern("-fx-font\\s*:");
    }
}
