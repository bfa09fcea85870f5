package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    // U+1F600 (emoji) and U+1D400 (MATHEMATICAL BOLD CAPITAL A) each take two UTF-16 units, one code point.
    //   UTF-16:      0 1 2 3 4 5 6 7 8 9 ...          14 ... 22 | 23
    //   code point:  0   1 2 3 4 5 6   7 ...          12 ... 20 | 21
    private static final String TEXT = "\uD83D\uDE00 met \uD835\uDC00hmed al-Rubaie";
    //                                  [emoji ]      [𝐀       ]hmed

    @Test
    void fixtureHasTheUnitsTheRulerShows() {
        assertThat(TEXT.length()).isEqualTo(23);
        assertThat(TEXT.codePointCount(0, TEXT.length())).isEqualTo(21);
        assertThat(TEXT.substring(14)).isEqualTo("al-Rubaie");
        assertThat(TEXT.codePointAt(7)).isEqualTo(0x1D400);
    }

    @Test
    void countsEachSupplementaryCharacterBeforeANameAsOne() {
        CodePoints codePoints = CodePoints.of(TEXT);

        assertThat(codePoints.isBmpOnly()).isFalse();
        assertThat(codePoints.codePointLength()).isEqualTo(21);
        // "𝐀hmed" is [7, 13) in UTF-16 and [6, 11) in code points, as Python would slice it
        assertThat(codePoints.toCodePoint(7)).isEqualTo(6);
        assertThat(codePoints.toCodePoint(13)).isEqualTo(11);
        // "al-Rubaie" sits after both pairs
        assertThat(codePoints.toCodePoint(14)).isEqualTo(12);
        assertThat(codePoints.toCodePoint(23)).isEqualTo(21);
        assertThat(codePoints.toCodePoint(0)).isEqualTo(0);
        assertThat(codePoints.toCodePoint(2)).as("right after the emoji").isEqualTo(1);
    }

    @Test
    void convertsCodePointOffsetsBackToUtf16() {
        CodePoints codePoints = CodePoints.of(TEXT);

        assertThat(codePoints.toUtf16(0)).isEqualTo(0);
        assertThat(codePoints.toUtf16(1)).isEqualTo(2);
        assertThat(codePoints.toUtf16(6)).as("the bold A starts the name").isEqualTo(7);
        assertThat(codePoints.toUtf16(7)).as("just after the bold A").isEqualTo(9);
        assertThat(codePoints.toUtf16(12)).isEqualTo(14);
        assertThat(codePoints.toUtf16(21)).isEqualTo(23);
    }

    @Test
    void roundTripsEveryOffsetThatDoesNotSplitAPair() {
        CodePoints codePoints = CodePoints.of(TEXT);

        for (int utf16 = 0; utf16 <= TEXT.length(); utf16++) {
            if (utf16 == 1 || utf16 == 8) {
                continue; // between the halves of the emoji and of the bold A
            }
            assertThat(codePoints.toUtf16(codePoints.toCodePoint(utf16))).as("offset %d", utf16).isEqualTo(utf16);
        }
        for (int codePoint = 0; codePoint <= 21; codePoint++) {
            assertThat(codePoints.toCodePoint(codePoints.toUtf16(codePoint))).isEqualTo(codePoint);
        }
    }

    @Test
    void refusesAnOffsetBetweenTheHalvesOfASurrogatePair() {
        CodePoints codePoints = CodePoints.of(TEXT);

        assertThatThrownBy(() -> codePoints.toCodePoint(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset 1 splits a surrogate pair");
        assertThatThrownBy(() -> codePoints.toCodePoint(8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("splits a surrogate pair");
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        CodePoints codePoints = CodePoints.of(TEXT);

        assertThatThrownBy(() -> codePoints.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> codePoints.toCodePoint(24)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("24");
        assertThatThrownBy(() -> codePoints.toUtf16(22)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("22");
        assertThatThrownBy(() -> codePoints.toUtf16(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void adjacentPairsEachCountOnce() {
        //                                  0 1 2 3 4 | UTF-16
        //                                  0   1   2 | code points
        CodePoints codePoints = CodePoints.of("\uD83D\uDE00\uD83D\uDE01x");

        assertThat(codePoints.codePointLength()).isEqualTo(3);
        assertThat(codePoints.toCodePoint(2)).isEqualTo(1);
        assertThat(codePoints.toCodePoint(4)).isEqualTo(2);
        assertThat(codePoints.toUtf16(2)).isEqualTo(4);
        assertThatThrownBy(() -> codePoints.toCodePoint(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loneSurrogatesCountAsOneCodePointEachAsInPythonAndJava() {
        // a high half with no partner, then a low half with no partner: nothing to split
        String text = "a\uD83Db\uDE00c";
        CodePoints codePoints = CodePoints.of(text);

        assertThat(codePoints.isBmpOnly()).isTrue();
        assertThat(codePoints.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        for (int i = 0; i <= text.length(); i++) {
            assertThat(codePoints.toCodePoint(i)).isEqualTo(i);
        }
    }

    @Test
    void bmpOnlyTextMapsOffsetsToThemselves() {
        CodePoints codePoints = CodePoints.of("Rubaie met Tehran");

        assertThat(codePoints.isBmpOnly()).isTrue();
        assertThat(codePoints.toCodePoint(11)).isEqualTo(11);
        assertThat(codePoints.toUtf16(17)).isEqualTo(17);
        assertThat(CodePoints.of("").codePointLength()).isZero();
        assertThat(CodePoints.of("").toUtf16(0)).isZero();
    }
}
