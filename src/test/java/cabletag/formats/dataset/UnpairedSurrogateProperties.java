package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A string is named as holding an unpaired surrogate exactly when UTF-8 cannot carry it: for any mix of
 * letters, pairs, lone halves and halves in the wrong order, no problem means it comes back whole from UTF-8,
 * and a problem names a surrogate that is there, at the code point where it stands.
 */
class UnpairedSurrogateProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "\uD83D\uDE00", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "é")
                .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void namesAProblemExactlyWhenUtf8CannotCarryTheString(@ForAll("texts") String text) {
        String problem = UnpairedSurrogate.problem("\"text\"", text);
        boolean carried = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
        assertThat(problem == null).isEqualTo(carried);
        if (problem != null) {
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("U\\+([0-9A-F]{4}) at code point (\\d+),").matcher(problem);
            assertThat(named.find()).isTrue();
            int at = text.offsetByCodePoints(0, Integer.parseInt(named.group(2)));
            assertThat(Integer.toHexString(text.charAt(at)).toUpperCase(java.util.Locale.ROOT)).isEqualTo(named.group(1));
        }
    }
}
