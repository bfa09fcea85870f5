package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The summary's word count is the one it replaced, for any UTF-16 text. */
class WordCountProperties {

    /** The count as it was: {@code Character.isWhitespace} (and the no-break space) on every character. */
    static long oldWordCount(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> spaces = Arbitraries.of(' ', '\n', '\t', '\r', '\u000B', '\f', '\u001C', '\u001F', '\u0085',
                '\u00A0', '\u1680', '\u2000', '\u2007', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F',
                '\u3000', '\uFEFF', '\uD800', '\uDC00');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> letters = Arbitraries.chars().range('a', 'e');
        Arbitrary<Character> unit = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, spaces),
                net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(4, letters));
        // past one chunk of the count (4,096 characters) now and then
        return unit.list().ofMaxSize(5000).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    @Property(tries = 400)
    void countsWordsAsTheOldCount(@ForAll("texts") String text) {
        assertThat(WordCount.of(text)).isEqualTo(oldWordCount(text));
    }

    @Property(tries = 1)
    void everyCharacterIsSpaceOrNotAsBefore() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertThat(WordCount.of(one)).as("U+%04X", (int) c).isEqualTo(oldWordCount(one));
        }
    }
}
