package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The finder against the plainest possible search, on random text over a tiny alphabet (many matches). */
class TextFinderProperties {

    @Property(tries = 500)
    void findAllIsTheLeftmostNonOverlappingMatches(
            @ForAll @Chars({'a', 'A', 'b', ' ', '\u0131', 'I', 'i'}) @StringLength(max = 40) String text,
            @ForAll @Chars({'a', 'A', 'b', 'i', 'I'}) @StringLength(min = 1, max = 3) String query,
            @ForAll boolean ignoreCase) {
        TextFinder finder = TextFinder.of(Docs.plain("p.txt", text));

        List<TextMatch> expected = new ArrayList<>();
        for (int at = 0; at + query.length() <= text.length(); ) {
            if (text.regionMatches(ignoreCase, at, query, 0, query.length())) {
                expected.add(new TextMatch(at, at + query.length()));
                at += query.length();
            } else {
                at++;
            }
        }

        assertThat(finder.findAll(query, ignoreCase, false)).isEqualTo(expected);
    }
}
