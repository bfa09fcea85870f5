package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.tokens.TokenSpan;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TagSchemeTest {

    //                                      0        1        2      3     4
    private static final List<TokenSpan> SPANS = List.of(
            new TokenSpan(0, 1, Label.PER),            // Rubaie
            new TokenSpan(3, 5, Label.LOC));           // Camp Ashraf

    @Test
    void iob2EncodesBeginAndInside() {
        assertThat(TagScheme.IOB2.encode(SPANS, 6)).containsExactly("B-PER", "O", "O", "B-LOC", "I-LOC", "O");
    }

    @Test
    void bioesEncodesSingleBeginInsideEnd() {
        List<TokenSpan> spans = List.of(new TokenSpan(0, 1, Label.PER), new TokenSpan(2, 5, Label.ORG));
        assertThat(TagScheme.BIOES.encode(spans, 5)).containsExactly("S-PER", "O", "B-ORG", "I-ORG", "E-ORG");
    }

    @Test
    void adjacentEntitiesOfOneLabelStaySeparateInIob2() {
        List<TokenSpan> spans = List.of(new TokenSpan(0, 1, Label.PER), new TokenSpan(1, 2, Label.PER));
        List<String> tags = TagScheme.IOB2.encode(spans, 2);
        assertThat(tags).containsExactly("B-PER", "B-PER");
        assertThat(TagScheme.IOB2.decode(tags)).isEqualTo(spans);
    }

    @Test
    void validateNamesTheOffendingToken() {
        assertThat(TagScheme.IOB2.validate(List.of("O", "I-PER"))).hasValueSatisfying(p -> assertThat(p.token()).isEqualTo(1));
        assertThat(TagScheme.IOB2.validate(List.of("B-LOC", "I-PER"))).isPresent();
        assertThat(TagScheme.BIOES.validate(List.of("B-LOC", "I-LOC"))).hasValueSatisfying(p -> assertThat(p.message()).contains("not closed"));
        assertThat(TagScheme.BIOES.validate(List.of("E-LOC"))).isPresent();
        assertThat(TagScheme.BIOES.validate(List.of("B-LOC", "S-PER"))).isPresent();
        assertThat(TagScheme.IOB2.validate(List.of("X-PER"))).isPresent();
        assertThat(TagScheme.IOB2.validate(List.of("B-PER", "I-PER", "O", "B-LOC"))).isEmpty();
    }

    @Test
    void strayInsideIsReadLikeConllevalAsABeginning() {
        assertThat(TagScheme.IOB2.decode(List.of("O", "I-PER", "I-PER", "I-LOC")))
                .containsExactly(new TokenSpan(1, 3, Label.PER), new TokenSpan(3, 4, Label.LOC));
    }

    @Property
    void everySchemeDecodesWhatItEncodes(@ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> lengths,
                                         @ForAll boolean bioes) {
        // lengths alternate: gap, entity, gap, entity...; an entity of length 0 is skipped
        TagScheme scheme = bioes ? TagScheme.BIOES : TagScheme.IOB2;
        List<Label> labels = List.of(Label.PER, Label.LOC, Label.ORG);
        java.util.ArrayList<TokenSpan> spans = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lengths.size(); i++) {
            int length = lengths.get(i);
            if (i % 2 == 1 && length > 0) {
                spans.add(new TokenSpan(at, at + length, labels.get(i % 3)));
            }
            at += length;
        }
        List<String> tags = scheme.encode(spans, at);
        assertThat(scheme.validate(tags)).isEmpty();
        assertThat(IndependentTagChecker.problems(tags, bioes)).isEmpty();
        assertThat(scheme.decode(tags)).isEqualTo(spans);
    }
}
