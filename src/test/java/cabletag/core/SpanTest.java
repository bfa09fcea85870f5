package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    //                    0         1         2
    //                    012345678901234567890123456
    private static final String TEXT = "Rubaie met Tehran officials";
    //                    [PER ]     [LOC ]

    @Test
    void coversItsHalfOpenRangeOfTheCleanText() {
        Span rubaie = Span.of(0, 6, "PER");
        Span tehran = Span.of(11, 17, "LOC");

        assertThat(rubaie.textIn(TEXT)).isEqualTo("Rubaie");
        assertThat(tehran.textIn(TEXT)).isEqualTo("Tehran");
        assertThat(tehran.length()).isEqualTo(6);
        assertThat(tehran.label()).isEqualTo(Label.LOC);
    }

    @Test
    void refusesEmptyReversedAndNegativeRangesWithTheRangeInTheMessage() {
        assertThatThrownBy(() -> Span.of(4, 4, "PER"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4, 4)");
        assertThatThrownBy(() -> Span.of(5, 2, "PER"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 2)");
        assertThatThrownBy(() -> Span.of(-1, 3, "PER"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 3)");
    }

    @Test
    void refusesAMissingOrMalformedLabel() {
        assertThatThrownBy(() -> new Span(0, 3, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> Span.of(0, 3, "per"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'per'");
        assertThatThrownBy(() -> Span.of(0, 3, "2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2'");
    }

    @Test
    void ordersByStartThenLongerFirstThenLabel() {
        Span outer = Span.of(0, 10, "ORG");
        Span innerSameStart = Span.of(0, 4, "PER");
        Span laterStart = Span.of(2, 3, "LOC");
        Span sameRangeOtherLabel = Span.of(0, 4, "LOC");
        List<Span> spans = new ArrayList<>(List.of(laterStart, innerSameStart, sameRangeOtherLabel, outer));

        Collections.sort(spans);

        assertThat(spans).containsExactly(outer, sameRangeOtherLabel, innerSameStart, laterStart);
        assertThat(Span.ORDER.compare(outer, innerSameStart)).isNegative();
        assertThat(outer.compareTo(outer)).isZero();
    }

    @Test
    void containsNestedAndEqualRangesButNotOverhangingOnes() {
        //          0123456789
        //          [ORG     ]
        //            [PER]
        //                 [LOC ]
        Span org = Span.of(0, 10, "ORG");
        Span per = Span.of(2, 7, "PER");
        Span loc = Span.of(7, 13, "LOC");

        assertThat(org.contains(per)).isTrue();
        assertThat(per.contains(org)).isFalse();
        assertThat(org.contains(Span.of(0, 10, "MISC"))).isTrue();
        assertThat(org.contains(loc)).isFalse();
    }

    @Test
    void containsOffsetsInsideTheHalfOpenRangeOnly() {
        Span span = Span.of(11, 17, "LOC");

        assertThat(span.contains(10)).isFalse();
        assertThat(span.contains(11)).isTrue();
        assertThat(span.contains(16)).isTrue();
        assertThat(span.contains(17)).isFalse();
    }

    @Test
    void adjacentSpansNeitherIntersectNorCross() {
        //          0123456789012
        //          [PER ][LOC  ]
        Span per = Span.of(0, 6, "PER");
        Span loc = Span.of(6, 13, "LOC");

        assertThat(per.intersects(loc)).isFalse();
        assertThat(loc.intersects(per)).isFalse();
        assertThat(per.crosses(loc)).isFalse();
    }

    @Test
    void crossesOnlyWhenOverlappingWithoutNesting() {
        //          0123456789012
        //          [ORG    ]
        //               [LOC   ]
        //            [PER]
        Span org = Span.of(0, 9, "ORG");
        Span loc = Span.of(5, 13, "LOC");
        Span per = Span.of(2, 7, "PER");

        assertThat(org.crosses(loc)).isTrue();
        assertThat(loc.crosses(org)).isTrue();
        assertThat(org.crosses(per)).as("nested").isFalse();
        assertThat(per.crosses(org)).as("nested, seen from inside").isFalse();
        assertThat(per.crosses(loc)).isTrue();
        assertThat(org.crosses(Span.of(0, 9, "MISC"))).as("same range").isFalse();
        assertThat(org.sameRange(Span.of(0, 9, "MISC"))).isTrue();
        assertThat(org.sameRange(per)).isFalse();
    }

    @Test
    void withLabelAndWithBoundsGiveNewSpansAndLeaveTheOriginal() {
        Span erbil = Span.of(11, 17, "PER");

        assertThat(erbil.withLabel(Label.LOC)).isEqualTo(Span.of(11, 17, "LOC"));
        assertThat(erbil.withBounds(7, 17)).isEqualTo(Span.of(7, 17, "PER"));
        assertThat(erbil).isEqualTo(Span.of(11, 17, "PER"));
        assertThatThrownBy(() -> erbil.withBounds(17, 17)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsRangeAndLabel() {
        assertThat(Span.of(11, 17, "LOC")).hasToString("[11,17)LOC");
    }
}
