package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpanSetTest {

    //                    0         1         2         3         4         5         6
    //                    01234567890123456789012345678901234567890123456789012345678901234567
    private static final String TEXT =
                         "Prime Minister Nuri al-Maliki of Iraq visited Erbil and Tehran today";
    //                    [MISC (whole sentence, a deliberately wide outer span) .............]
    //                    [PER (the title and name) .........][LOC]        [LOC]     [LOC ]
    //                                   [PER (name) ]    ^ Iraq ends with its parent
    private static final Span SENTENCE = Span.of(0, 68, "MISC");
    private static final Span PRIME_MINISTER = Span.of(0, 37, "PER");
    private static final Span MALIKI = Span.of(15, 29, "PER");
    private static final Span IRAQ = Span.of(33, 37, "LOC");
    private static final Span ERBIL = Span.of(46, 51, "LOC");
    private static final Span TEHRAN = Span.of(56, 62, "LOC");

    private static SpanSet nested() {
        return SpanSet.of(TEHRAN, IRAQ, SENTENCE, ERBIL, MALIKI, PRIME_MINISTER);
    }

    @Test
    void fixtureSpansCoverTheWordsTheyName() {
        assertThat(MALIKI.textIn(TEXT)).isEqualTo("Nuri al-Maliki");
        assertThat(IRAQ.textIn(TEXT)).isEqualTo("Iraq");
        assertThat(ERBIL.textIn(TEXT)).isEqualTo("Erbil");
        assertThat(TEHRAN.textIn(TEXT)).isEqualTo("Tehran");
        assertThat(SENTENCE.length()).isEqualTo(TEXT.length());
    }

    @Test
    void keepsSpansStartFirstThenLongerFirstWhateverTheInputOrder() {
        assertThat(nested()).containsExactly(SENTENCE, PRIME_MINISTER, MALIKI, IRAQ, ERBIL, TEHRAN);
        assertThat(SpanSet.of(List.of(ERBIL, IRAQ))).isEqualTo(SpanSet.of(IRAQ, ERBIL));
    }

    @Test
    void allowsNestingWithSharedStartOrSharedEnd() {
        //          0123456789012345678901234567890123456
        //          [PER ..............................]
        //          [PER        ]                          shared start
        //                                           [LOC]  shared end
        SpanSet set = SpanSet.of(PRIME_MINISTER, Span.of(0, 14, "PER"), IRAQ);

        assertThat(set).containsExactly(PRIME_MINISTER, Span.of(0, 14, "PER"), IRAQ);
    }

    @Test
    void refusesTheSameRangeTwiceWhateverTheLabel() {
        SpanConflictException conflict = catchThrowableOfType(
                () -> SpanSet.of(ERBIL, Span.of(46, 51, "PER")), SpanConflictException.class);

        assertThat(conflict).hasMessage("there is already a LOC entity on exactly this text");
        assertThat(conflict.existing()).isEqualTo(ERBIL);
        assertThat(conflict.rejected()).isEqualTo(Span.of(46, 51, "PER"));
        assertThatThrownBy(() -> SpanSet.of(ERBIL, ERBIL)).isInstanceOf(SpanConflictException.class);
        assertThatThrownBy(() -> nested().with(Span.of(46, 51, "ORG")))
                .isInstanceOf(SpanConflictException.class)
                .hasMessage("there is already a LOC entity on exactly this text");
    }

    @Test
    void refusesCrossingSpansNamingTheSpanCrossed() {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012
        //          Prime Minister Nuri al-Maliki of Iraq visited
        //                         [PER (name) ]
        //                              [ORG       ]             crosses the name
        Span crossing = Span.of(20, 32, "ORG");

        SpanConflictException conflict = catchThrowableOfType(
                () -> SpanSet.of(MALIKI, crossing), SpanConflictException.class);

        assertThat(conflict).hasMessage("it would cross the PER entity [15,29)PER; entities may nest but not cross");
        assertThat(conflict.existing()).isEqualTo(MALIKI);
        assertThat(conflict.rejected()).isEqualTo(crossing);
    }

    @Test
    void findsACrossingAgainstAnOuterSpanAfterAnInnerSiblingHasClosed() {
        //          0         1         2         3         4         5
        //          012345678901234567890123456789012345678901234567890
        //          Prime Minister Nuri al-Maliki of Iraq visited Erbil
        //          [PER ..............................]
        //                         [PER (name) ]
        //                                           [LOC            ]  crosses the outer PER only
        Span iraqToErbil = Span.of(33, 51, "LOC");

        SpanConflictException conflict = catchThrowableOfType(
                () -> SpanSet.of(PRIME_MINISTER, MALIKI, iraqToErbil), SpanConflictException.class);

        assertThat(conflict.existing()).isEqualTo(PRIME_MINISTER);
        assertThat(conflict).hasMessageContaining("cross the PER entity [0,37)PER");
    }

    @Test
    void withAddsInOrderAndLeavesTheOriginalUntouched() {
        SpanSet before = SpanSet.of(SENTENCE, IRAQ, TEHRAN);

        SpanSet after = before.with(ERBIL).with(PRIME_MINISTER);

        assertThat(after).containsExactly(SENTENCE, PRIME_MINISTER, IRAQ, ERBIL, TEHRAN);
        assertThat(before).containsExactly(SENTENCE, IRAQ, TEHRAN);
    }

    @Test
    void withRefusesACrossingOnlyAnOuterSpanReveals() {
        //          0         1         2         3         4
        //          0123456789012345678901234567890123456789012
        //          Prime Minister Nuri al-Maliki of Iraq visited
        //          [PER ..............................]
        //                                        [MISC   ]     holds Iraq, crosses the outer PER
        Span ofIraqVisited = Span.of(30, 40, "MISC");

        assertThat(nested().conflictWith(ofIraqVisited)).hasValueSatisfying(conflict -> {
            assertThat(conflict.existing()).isEqualTo(PRIME_MINISTER);
            assertThat(conflict).hasMessageContaining("cross");
        });
        assertThatThrownBy(() -> nested().with(ofIraqVisited)).isInstanceOf(SpanConflictException.class);
        assertThat(nested().conflictWith(Span.of(30, 37, "MISC"))).as("'of Iraq' nests").isEmpty();
    }

    @Test
    void withoutRemovesExactlyThatSpanAndKeepsItsChildren() {
        SpanSet set = nested().without(PRIME_MINISTER);

        assertThat(set).containsExactly(SENTENCE, MALIKI, IRAQ, ERBIL, TEHRAN);
        assertThat(nested()).hasSize(6);
    }

    @Test
    void withoutRefusesASpanThatIsNotThereEvenWithTheSameRange() {
        assertThatThrownBy(() -> nested().without(Span.of(46, 51, "PER")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such span: [46,51)PER");
        assertThatThrownBy(() -> SpanSet.empty().without(ERBIL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replaceRelabelsInOneStep() {
        SpanSet tagged = SpanSet.of(Span.of(46, 51, "PER"));

        assertThat(tagged.replace(Span.of(46, 51, "PER"), ERBIL)).containsExactly(ERBIL);
    }

    @Test
    void replaceSplitsAndValidatesTheResultAsAWhole() {
        //                         Nuri al-Maliki
        //                         [PER (name) ]  ->  [PE] [PER    ]
        SpanSet split = nested().replace(List.of(MALIKI), List.of(Span.of(15, 19, "PER"), Span.of(20, 29, "PER")));

        assertThat(split).containsExactly(SENTENCE, PRIME_MINISTER, Span.of(15, 19, "PER"), Span.of(20, 29, "PER"),
                IRAQ, ERBIL, TEHRAN);
        assertThatThrownBy(() -> nested().replace(List.of(IRAQ), List.of(Span.of(30, 40, "LOC"))))
                .isInstanceOf(SpanConflictException.class);
        assertThatThrownBy(() -> nested().replace(List.of(Span.of(1, 2, "PER")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such span");
    }

    @Test
    void innermostAtWalksBackPastClosedSiblingsToAWideOuterSpan() {
        SpanSet set = nested();

        assertThat(set.innermostAt(0)).contains(PRIME_MINISTER);
        assertThat(set.innermostAt(16)).contains(MALIKI);
        assertThat(set.innermostAt(29)).as("just after the name").contains(PRIME_MINISTER);
        assertThat(set.innermostAt(30)).as("'of' inside the title").contains(PRIME_MINISTER);
        assertThat(set.innermostAt(35)).contains(IRAQ);
        assertThat(set.innermostAt(36)).contains(IRAQ);
        assertThat(set.innermostAt(37)).as("right after Iraq and its parent close").contains(SENTENCE);
        assertThat(set.innermostAt(40)).as("'visited': three closed spans lie between it and the outer one")
                .contains(SENTENCE);
        assertThat(set.innermostAt(47)).contains(ERBIL);
        assertThat(set.innermostAt(53)).as("'and' between Erbil and Tehran").contains(SENTENCE);
        assertThat(set.innermostAt(62)).as("end of Tehran is exclusive").contains(SENTENCE);
        assertThat(set.innermostAt(67)).contains(SENTENCE);
        assertThat(set.innermostAt(68)).isEmpty();
    }

    @Test
    void innermostAtFindsNothingBetweenSpansWithoutAnOuterOne() {
        SpanSet set = nested().without(SENTENCE);

        assertThat(set.innermostAt(37)).isEmpty();
        assertThat(set.innermostAt(40)).isEmpty();
        assertThat(set.innermostAt(53)).isEmpty();
        assertThat(set.innermostAt(36)).contains(IRAQ);
        assertThat(SpanSet.empty().innermostAt(0)).isEmpty();
    }

    @Test
    void coveringListsOutermostFirst() {
        assertThat(nested().covering(35)).containsExactly(SENTENCE, PRIME_MINISTER, IRAQ);
        assertThat(nested().covering(16)).containsExactly(SENTENCE, PRIME_MINISTER, MALIKI);
        assertThat(nested().covering(53)).containsExactly(SENTENCE);
        assertThat(nested().without(SENTENCE).covering(53)).isEmpty();
    }

    @Test
    void overlappingUsesHalfOpenRanges() {
        SpanSet set = nested();

        assertThat(set.overlapping(30, 50)).containsExactly(SENTENCE, PRIME_MINISTER, IRAQ, ERBIL);
        assertThat(set.overlapping(29, 30)).as("the name ends at 29").containsExactly(SENTENCE, PRIME_MINISTER);
        assertThat(set.overlapping(51, 56)).as("between Erbil and Tehran").containsExactly(SENTENCE);
        assertThat(set.without(SENTENCE).overlapping(51, 56)).isEmpty();
        assertThat(set.without(SENTENCE).overlapping(50, 57)).containsExactly(ERBIL, TEHRAN);
        assertThat(set.overlapping(0, 68)).isEqualTo(set);
    }

    @Test
    void atRangeMatchesTheExactRangeWhateverTheLabel() {
        assertThat(nested().atRange(46, 51)).contains(ERBIL);
        assertThat(nested().atRange(46, 52)).isEmpty();
        assertThat(nested().atRange(0, 68)).contains(SENTENCE);
        assertThat(nested().atRange(0, 37)).contains(PRIME_MINISTER);
    }

    @Test
    void outermostKeepsWhatAFlatSchemeCanCarry() {
        assertThat(nested().outermost()).containsExactly(SENTENCE);
        assertThat(nested().without(SENTENCE).outermost()).containsExactly(PRIME_MINISTER, ERBIL, TEHRAN);
        assertThat(SpanSet.of(MALIKI, IRAQ).outermost()).containsExactly(MALIKI, IRAQ);
        assertThat(SpanSet.empty().outermost()).isEmpty();
    }

    @Test
    void lookupsByIdentityAndCountsByLabel() {
        SpanSet set = nested();

        assertThat(set.containsSpan(ERBIL)).isTrue();
        assertThat(set.containsSpan(Span.of(46, 51, "PER"))).isFalse();
        assertThat(set.indexOf(IRAQ)).isEqualTo(3);
        assertThat(set.indexOf(Span.of(1, 2, "LOC"))).isEqualTo(-1);
        assertThat(set.countByLabel()).containsExactly(Map.entry(Label.LOC, 3), Map.entry(Label.MISC, 1),
                Map.entry(Label.PER, 2));
    }

    @Test
    void isAnUnmodifiableList() {
        SpanSet set = nested();

        assertThatThrownBy(() -> set.add(ERBIL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(SpanSet.empty()).isEmpty();
    }
}
