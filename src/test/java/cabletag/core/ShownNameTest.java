package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A problem line is one line whatever its message quotes: every character that could break it or act on a
 * terminal is escaped, in the name and in the message alike, and every other character is kept as it is.
 */
class ShownNameTest {

    /** A line break (as any splitter takes one), a control (C0, DEL, C1), a separator, or half a surrogate pair. */
    static boolean breaksALine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                i++;
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noCharacterOfAMessageOrANameBreaksAProblemLine() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String quoted = "a" + (char) c + "b";
            String line = Diagnostic.dropped("overlap", 1, 1, "entity '" + quoted + "' dropped").format("x" + (char) c + ".jsonl");
            assertThat(breaksALine(line)).as("U+%04X in %s", c, line).isFalse();
            assertThat(line.lines()).as("U+%04X", c).hasSize(1);
        }
    }

    @Test
    void theEscapesAreReadableAndOtherCharactersStayAsTheyAre() {
        assertThat(ShownName.of("Ali\nB\r\u001B[31m\u2028\u2029\u0085\t")).isEqualTo("Ali\\nB\\r\\u001B[31m\\u2028\\u2029\\u0085\\t");
        assertThat(ShownName.of("lone \uD800 and \uDC00, pair \uD83D\uDE00")).isEqualTo("lone \\uD800 and \\uDC00, pair \uD83D\uDE00");
        assertThat(ShownName.of("\uDE00\uD83D")).isEqualTo("\\uDE00\\uD83D"); // the halves in the wrong order pair nothing
        assertThat(ShownName.of("Rubaie, Baghdad — ÉÀ ∑")).isEqualTo("Rubaie, Baghdad — ÉÀ ∑");
        String once = ShownName.of("a\nb\u2028\uD800");
        assertThat(ShownName.of(once)).isEqualTo(once);
    }
}
