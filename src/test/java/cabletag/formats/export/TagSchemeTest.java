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
    void everyBadTagOfASequenceIsNamedOnceAtItsToken() {
        assertThat(TagScheme.IOB2.problems(List.of("I-PER", "O", "I-LOC", "O", "I-ORG"))).extracting(TagScheme.Problem::token)
                .containsExactly(0, 2, 4);
        // a stray I- begins an entity, as it is read: the I- after it carries it on, and nothing more is said of it
        assertThat(TagScheme.IOB2.problems(List.of("O", "I-PER", "I-PER", "X-LOC", "I-LOC"))).extracting(TagScheme.Problem::token)
                .containsExactly(1, 3, 4);
        assertThat(TagScheme.BIOES.problems(List.of("S-LOC", "E-LOC", "B-ORG", "E-ORG", "I-ORG"))).extracting(TagScheme.Problem::message)
                .containsExactly("'E-LOC' outside an entity; an entity starts with B- or S-",
                        "'I-ORG' outside an entity; an entity starts with B- or S-"); // not also "not closed" at the end
        assertThat(TagScheme.BIOES.problems(List.of("B-PER", "I-LOC", "O", "B-ORG"))).extracting(TagScheme.Problem::message)
                .containsExactly("'I-LOC' inside an unfinished PER entity; it must end with E-PER",
                        "the ORG entity at the end is not closed with E-ORG");
    }

    @Property
    void everyProblemIsAtATagAnIndependentCheckerFindsWrongAndNoneIsMissed(
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 8) Integer> picks, @ForAll boolean bioes) {
        List<String> alphabet = bioes ? List.of("O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC")
                : List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
        List<String> tags = picks.stream().map(i -> alphabet.get(i % alphabet.size())).toList();
        TagScheme scheme = bioes ? TagScheme.BIOES : TagScheme.IOB2;
        List<TagScheme.Problem> problems = scheme.problems(tags);
        List<String> independent = IndependentTagChecker.problems(tags, bioes);
        assertThat(problems.isEmpty()).as(tags + " " + independent).isEqualTo(independent.isEmpty());
        java.util.Set<Integer> wrong = new java.util.HashSet<>();
        for (String problem : independent) {
            wrong.add(problem.startsWith("end") ? tags.size() - 1 : Integer.parseInt(problem.substring(0, problem.indexOf(':'))));
        }
        assertThat(problems).as(tags.toString()).allSatisfy(p -> assertThat(wrong).contains(p.token()));
        // one problem per tag, and one for an entity left open at the end (B-PER B-PER: both at the last tag)
        assertThat(problems).filteredOn(p -> !p.message().contains("at the end"))
                .extracting(TagScheme.Problem::token).as("one problem per tag").doesNotHaveDuplicates();
        assertThat(scheme.validate(tags)).isEqualTo(problems.stream().findFirst());
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
