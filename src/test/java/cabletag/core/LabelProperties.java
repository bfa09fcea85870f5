package cabletag.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** {@link Label#whyNotAName} against {@link Label#isEntityLabel}, the rule every place labels come in checks. */
class LabelProperties {

    /** The reasons are the rule's: a name is refused with a reason exactly when the readers refuse it. */
    @Property
    void aReasonIsGivenExactlyWhenTheNameIsNoLabel(@ForAll String name) {
        assertThat(Label.whyNotAName(name).isEmpty()).isEqualTo(Label.isEntityLabel(name));
    }

    @Property
    void aReasonIsGivenExactlyWhenTheNameIsNoLabelAmongLabelLikeNames(
            @ForAll @Chars({'A', 'B', 'O', 'Z', 'a', '0', '_', '-', ' ', '.', 'É'}) @StringLength(max = 6) String name) {
        assertThat(Label.whyNotAName(name).isEmpty()).isEqualTo(Label.isEntityLabel(name));
    }
}
