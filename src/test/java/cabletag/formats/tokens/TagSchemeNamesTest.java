package cabletag.formats.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The names {@code --scheme} takes. BIO is the usual name of IOB2 and IOBES of BIOES, in any case; IOB1 is
 * another scheme (an entity starts with I-) and must never be written as IOB2, so it, the bare IOB that may
 * mean either, and BILOU (BIOES with other letters, which cabletag does not write) are refused by name.
 */
class TagSchemeNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"iob2", "IOB2", "Iob2", "bio", "BIO"})
    void theNamesOfIob2(String name) {
        assertThat(TagScheme.named(name)).isSameAs(TagScheme.IOB2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bioes", "BIOES", "iobes", "IOBES"})
    void theNamesOfBioes(String name) {
        assertThat(TagScheme.named(name)).isSameAs(TagScheme.BIOES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iob1", "IOB1"})
    void iob1IsRefusedByName(String name) {
        assertThatThrownBy(() -> TagScheme.named(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag scheme '" + name + "' is not written: in IOB1 an entity starts with I- (B- only where it"
                        + " follows one of the same label); use iob2 (also bio), where every entity starts with B-, or bioes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iob", "IOB"})
    void theBareIobIsAmbiguousAndRefused(String name) {
        assertThatThrownBy(() -> TagScheme.named(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag scheme '" + name + "' may mean IOB1 or IOB2; say which: iob2 (also bio) is written,"
                        + " IOB1 is not (use iob2 or bioes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bilou", "BILOU", "biluo", "BILUO"})
    void bilouIsRefusedByNameAndPointsToBioes(String name) {
        assertThatThrownBy(() -> TagScheme.named(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tag scheme '" + name + "' is not written; it is BIOES with other letters (U- for S-, L- for E-):"
                        + " use bioes (also iobes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz", "iob9", ""})
    void anUnknownNameListsEveryNameTaken(String name) {
        assertThatThrownBy(() -> TagScheme.named(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown tag scheme '" + name + "' (use iob2, also called bio, or bioes, also called iobes)");
    }
}
