package cabletag.formats.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The hand-written TAGS and SUBJECT values are what the regular expressions take, whenever the hand-written
 * ones answer (they hand the unusual texts to the expressions): on texts made of the pieces that matter
 * (the markers, blanks, line breaks, word characters around the markers, non-ASCII, carriage returns),
 * cut off anywhere.
 */
class CableMetadataProperties {

    private static final Pattern TAGS = Pattern.compile("[ \\t]*(.+?)[ \\t]*(?=\\bSUBJECT:|$)", Pattern.MULTILINE);
    private static final Pattern SUBJECT = Pattern.compile(
            "[ \\t]*(.+?)[ \\t]*(?=\\bREF:|\\bClassified By:|\\n[ \\t]*\\n|$)", Pattern.DOTALL);

    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of("SUBJECT:", "REF:", "Classified By:", "SUBJECT", "REF", " ", " ", "\t", "\n", "\n", "\r",
                "\r\n", "\u000B", "\f", "  ", "X", "x", "_", "7", "KPAL", "IR,", "é", "\u2028", "\u0085", "\u00B6", "\u00A0", "\u2019", "\u0301", "\u00B2", "\uD835\uDD38", ":", ".", "(C)", "Classified")
                .list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 20000)
    void tagsAreWhatThePatternTakes(@ForAll("pieces") String text, @ForAll @IntRange(max = 40) int a,
                                    @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(a, text.length());
        int to = Math.min(text.length(), from + b);
        String fast = CableMetadata.tagsByHand(text, from, to);
        if (fast != null) {
            assertThat(Optional.of(fast)).isEqualTo(CableMetadata.matched(text, from, to, TAGS));
        }
    }

    @Property(tries = 20000)
    void subjectsAreWhatThePatternTakes(@ForAll("pieces") String text, @ForAll @IntRange(max = 40) int a,
                                        @ForAll @IntRange(max = 40) int b) {
        int from = Math.min(a, text.length());
        int to = Math.min(text.length(), from + b);
        String fast = CableMetadata.subjectByHand(text, from, to);
        if (fast != null) {
            assertThat(Optional.of(fast)).isEqualTo(CableMetadata.matched(text, from, to, SUBJECT));
        }
    }

    @Property(tries = 20000)
    void blanksCollapseAsTheirPatternDid(@ForAll("pieces") String text) {
        assertThat(CableMetadata.oneSpaceBetweenWords(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @Example
    void blanksCollapseToOneSpace() {
        assertThat(CableMetadata.oneSpaceBetweenWords("PREL  PGOV\t\n IZ \u000B\fIR\r")).isEqualTo("PREL PGOV IZ IR ");
        assertThat(CableMetadata.oneSpaceBetweenWords("one two")).isEqualTo("one two");
        assertThat(CableMetadata.oneSpaceBetweenWords("")).isEmpty();
    }

    /** The usual cable answers by hand (else the expressions would still run for every cable). */
    @Example
    void aUsualCableHeadIsAnsweredByHand() {
        String page = "SUBJECT: RUBAIE ON IRAN \u00B6 1. (S) Summary \u2019quoted\u2019\nREF: A. BAGHDAD 123\n";
        assertThat(CableMetadata.subjectByHand(page, 8, page.length())).isEqualTo("RUBAIE ON IRAN \u00B6 1. (S) Summary \u2019quoted\u2019\n");
        String text = "TAGS: PREL PGOV IZ IR SUBJECT: RUBAIE ON IRAN\nREF: A. BAGHDAD 123\n\nClassified By: X\n";
        int tags = text.indexOf("TAGS:") + 5;
        int subject = text.indexOf("SUBJECT:") + 8;
        assertThat(CableMetadata.tagsByHand(text, tags, text.length())).isEqualTo("PREL PGOV IZ IR");
        assertThat(CableMetadata.subjectByHand(text, subject, text.length())).isEqualTo("RUBAIE ON IRAN\n"); // as the pattern has it
        for (String other : List.of("TAGS:\tA,B\n\nSUBJECT: S\n\n", "TAGS: A\nSUBJECT: over\ntwo lines\n\n")) {
            int at = other.indexOf("SUBJECT:") + 8;
            assertThat(Optional.of(CableMetadata.subjectByHand(other, at, other.length())))
                    .isEqualTo(CableMetadata.matched(other, at, other.length(), SUBJECT));
        }
    }
}
