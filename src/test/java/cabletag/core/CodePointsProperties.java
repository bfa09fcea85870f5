package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class CodePointsProperties {

    @Property(tries = 500)
    void toCodePointCountsCodePointsLikeJavaAndPython(@ForAll("texts") String text) {
        CodePoints codePoints = CodePoints.of(text);

        assertThat(codePoints.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        for (int utf16 = 0; utf16 <= text.length(); utf16++) {
            if (splitsPair(text, utf16)) {
                int offset = utf16;
                assertThatThrownBy(() -> codePoints.toCodePoint(offset)).isInstanceOf(IllegalArgumentException.class);
            } else {
                assertThat(codePoints.toCodePoint(utf16)).isEqualTo(text.codePointCount(0, utf16));
            }
        }
    }

    @Property(tries = 500)
    void toUtf16InvertsToCodePoint(@ForAll("texts") String text) {
        CodePoints codePoints = CodePoints.of(text);

        for (int utf16 = 0; utf16 <= text.length(); utf16++) {
            if (!splitsPair(text, utf16)) {
                assertThat(codePoints.toUtf16(codePoints.toCodePoint(utf16))).isEqualTo(utf16);
            }
        }
        for (int codePoint = 0; codePoint <= codePoints.codePointLength(); codePoint++) {
            int utf16 = codePoints.toUtf16(codePoint);
            assertThat(utf16).isEqualTo(text.offsetByCodePoints(0, codePoint));
            assertThat(codePoints.toCodePoint(utf16)).isEqualTo(codePoint);
        }
    }

    private static boolean splitsPair(String text, int utf16) {
        return utf16 > 0 && utf16 < text.length()
                && Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16));
    }

    /** ASCII, other BMP text, supplementary characters (emoji, mathematical letters) and stray surrogate halves. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(3, Arbitraries.integers().between(0x1F300, 0x1F64F)),
                Tuple.of(2, Arbitraries.integers().between(0x1D400, 0x1D7FF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.integers().between(0xD800, 0xDFFF)));
        return codePoint.list().ofMaxSize(40).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }
}
