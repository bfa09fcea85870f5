package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Checks SpanSet's indexed lookups and its overlap policy against brute force over random span sets. */
class SpanSetProperties {

    private static final int TEXT_LENGTH = 60;

    @Property(tries = 300)
    void spanSetsBuiltWithWithStaySortedAndValid(@ForAll("candidates") List<Span> candidates) {
        SpanSet set = SpanSet.empty();
        List<Span> accepted = new ArrayList<>();
        for (Span candidate : candidates) {
            Optional<Span> clash = accepted.stream().filter(span -> clashes(span, candidate)).findFirst();
            if (clash.isPresent()) {
                SpanSet before = set;
                assertThatThrownBy(() -> before.with(candidate)).isInstanceOf(SpanConflictException.class);
                SpanConflictException conflict = set.conflictWith(candidate).orElseThrow();
                assertThat(conflict.rejected()).isEqualTo(candidate);
                assertThat(clashes(conflict.existing(), candidate)).as("the span named in %s", conflict).isTrue();
                assertThat(set.containsSpan(conflict.existing())).isTrue();
            } else {
                assertThat(set.conflictWith(candidate)).isEmpty();
                set = set.with(candidate);
                accepted.add(candidate);
            }
            assertSortedAndValid(set);
            assertThat(set).containsExactlyInAnyOrderElementsOf(accepted);
        }
        Collections.shuffle(accepted, new Random(candidates.size()));
        assertThat(SpanSet.of(accepted)).isEqualTo(set);
    }

    @Property(tries = 300)
    void ofAcceptsExactlyTheSetsWithoutCrossingOrRepeatedRanges(@ForAll("candidates") List<Span> candidates) {
        boolean anyClash = false;
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                anyClash |= clashes(candidates.get(i), candidates.get(j));
            }
        }
        if (anyClash) {
            assertThatThrownBy(() -> SpanSet.of(candidates)).isInstanceOf(SpanConflictException.class);
        } else {
            SpanSet set = SpanSet.of(candidates);
            assertSortedAndValid(set);
            assertThat(set).containsExactlyInAnyOrderElementsOf(candidates);
        }
    }

    @Property(tries = 100)
    void overlappingEqualsABruteForceFilter(@ForAll("candidates") List<Span> candidates) {
        SpanSet set = buildIgnoringConflicts(candidates);

        for (int start = 0; start <= TEXT_LENGTH; start++) {
            for (int end = start; end <= TEXT_LENGTH + 1; end++) {
                int from = start;
                int to = end;
                List<Span> expected = set.stream().filter(span -> span.start() < to && from < span.end()).toList();
                assertThat(set.overlapping(start, end)).as("overlapping(%d, %d) of %s", start, end, set)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Property(tries = 200)
    void coveringAndInnermostAtEqualBruteForce(@ForAll("candidates") List<Span> candidates) {
        SpanSet set = buildIgnoringConflicts(candidates);

        for (int offset = 0; offset <= TEXT_LENGTH; offset++) {
            int at = offset;
            List<Span> covering = set.stream().filter(span -> span.contains(at)).toList();
            Optional<Span> innermost = covering.stream().min(Comparator.comparingInt(Span::length));
            assertThat(set.covering(offset)).as("covering(%d) of %s", offset, set).containsExactlyElementsOf(covering);
            assertThat(set.innermostAt(offset)).as("innermostAt(%d) of %s", offset, set).isEqualTo(innermost);
        }
    }

    @Property(tries = 200)
    void outermostIsEverySpanNoOtherContains(@ForAll("candidates") List<Span> candidates) {
        SpanSet set = buildIgnoringConflicts(candidates);

        List<Span> expected = set.stream()
                .filter(span -> set.stream().noneMatch(other -> !other.equals(span) && other.contains(span)))
                .toList();
        assertThat(set.outermost()).containsExactlyElementsOf(expected);
        for (int i = 1; i < expected.size(); i++) {
            assertThat(expected.get(i - 1).intersects(expected.get(i))).isFalse();
        }
    }

    @Property(tries = 200)
    void withoutUndoesWith(@ForAll("candidates") List<Span> candidates) {
        SpanSet set = buildIgnoringConflicts(candidates);

        for (Span span : set) {
            SpanSet smaller = set.without(span);
            assertThat(smaller).hasSize(set.size() - 1).doesNotContain(span);
            assertSortedAndValid(smaller);
            assertThat(smaller.with(span)).isEqualTo(set);
            assertThat(set.atRange(span.start(), span.end())).contains(span);
        }
    }

    @Property(tries = 200)
    void aSameRangeReplacementEqualsRemovingAndAddingAndAnswersLookupsAlike(@ForAll("candidates") List<Span> candidates,
            @ForAll("labels") Label label) {
        SpanSet set = buildIgnoringConflicts(candidates);

        for (Span span : set) {
            Span relabelled = span.withLabel(label);
            SpanSet swapped = set.withSameRangeReplaced(span, relabelled);
            SpanSet rebuilt = set.without(span).with(relabelled);
            assertThat(swapped).containsExactlyElementsOf(rebuilt);
            assertSortedAndValid(swapped);
            for (int start = 0; start <= TEXT_LENGTH; start++) {
                assertThat(swapped.covering(start)).containsExactlyElementsOf(rebuilt.covering(start));
                assertThat(swapped.overlapping(start, start + 7)).containsExactlyElementsOf(rebuilt.overlapping(start, start + 7));
            }
        }
        if (!set.isEmpty()) {
            Span first = set.get(0);
            assertThatThrownBy(() -> set.withSameRangeReplaced(first, new Span(first.start(), first.end() + 1, label)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * replace, the one place a change of spans is applied, against its definition: remove each removed
     * span (refused if it is not there), add the added ones, and validate the whole. Changes of every
     * size, so the in-place relabel, the one-at-a-time path and the rebuild are all exercised.
     */
    @Property(tries = 1000)
    void replaceIsRemoveThenAddValidatedAsAWhole(@ForAll("candidates") List<Span> base,
                                                 @ForAll("candidates") List<Span> fresh, @ForAll long seed) {
        Random random = new Random(seed);
        SpanSet set = buildIgnoringConflicts(base);
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        double keep = random.nextDouble();
        if (!set.isEmpty() && random.nextInt(4) == 0) {
            Span span = set.get(random.nextInt(set.size())); // a relabel
            removed.add(span);
            added.add(span.withLabel(random.nextBoolean() ? Label.of("EVENT") : span.label()));
        } else {
            for (Span span : set) {
                if (random.nextDouble() > keep) {
                    removed.add(span);
                }
            }
            if (random.nextInt(8) == 0) {
                removed.add(new Span(0, TEXT_LENGTH + 1, Label.PER)); // not in the set
            }
            Collections.shuffle(removed, random);
            added.addAll(fresh.subList(0, random.nextInt(fresh.size() + 1)));
        }

        List<Span> expected = new ArrayList<>(set);
        boolean missing = false;
        for (Span span : removed) {
            missing |= !expected.remove(span);
        }
        expected.addAll(added);
        boolean clash = false;
        for (int i = 0; i < expected.size(); i++) {
            for (int j = i + 1; j < expected.size(); j++) {
                clash |= clashes(expected.get(i), expected.get(j));
            }
        }

        if (missing) {
            assertThatThrownBy(() -> set.replace(removed, added)).isInstanceOf(IllegalArgumentException.class)
                    .isNotInstanceOf(SpanConflictException.class);
        } else if (clash) {
            assertThatThrownBy(() -> set.replace(removed, added)).isInstanceOf(SpanConflictException.class);
        } else {
            SpanSet result = set.replace(removed, added);
            assertSortedAndValid(result);
            assertThat(result).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(result.replace(added, removed)).as("the inverse change undoes it").isEqualTo(set);
        }
    }

    @Provide
    Arbitrary<Label> labels() {
        return Arbitraries.of(Label.PER, Label.LOC, Label.ORG, Label.MISC, Label.of("EVENT"));
    }

    private static boolean clashes(Span a, Span b) {
        return a.sameRange(b) || a.crosses(b);
    }

    private static SpanSet buildIgnoringConflicts(List<Span> candidates) {
        SpanSet set = SpanSet.empty();
        for (Span candidate : candidates) {
            if (set.conflictWith(candidate).isEmpty()) {
                set = set.with(candidate);
            }
        }
        return set;
    }

    private static void assertSortedAndValid(SpanSet set) {
        for (int i = 1; i < set.size(); i++) {
            assertThat(Span.ORDER.compare(set.get(i - 1), set.get(i))).as("order at %d in %s", i, set).isNegative();
        }
        for (int i = 0; i < set.size(); i++) {
            assertThat(set.indexOf(set.get(i))).isEqualTo(i);
            for (int j = i + 1; j < set.size(); j++) {
                assertThat(clashes(set.get(i), set.get(j))).as("%s vs %s", set.get(i), set.get(j)).isFalse();
            }
        }
    }

    /** Mostly short spans, some wide ones (the case where lookups must walk back far), few labels. */
    @Provide
    Arbitrary<List<Span>> candidates() {
        Arbitrary<Integer> starts = Arbitraries.integers().between(0, TEXT_LENGTH - 1);
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 6)),
                Tuple.of(3, Arbitraries.integers().between(7, 20)),
                Tuple.of(1, Arbitraries.integers().between(21, TEXT_LENGTH)));
        Arbitrary<Label> labels = Arbitraries.of(Label.PER, Label.LOC, Label.ORG, Label.MISC);
        return Combinators.combine(starts, lengths, labels)
                .as((start, length, label) -> new Span(start, Math.min(TEXT_LENGTH, start + length), label))
                .list().ofMaxSize(30);
    }
}
