package cabletag.core.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts are one name: by case and spaces, and by spelling. */
class NameKeysTest {

    @Test
    void normalizingFoldsCaseAndSpaces() {
        assertThat(NameKeys.normalized("GOI")).isEqualTo(NameKeys.normalized("GoI")).isEqualTo("goi");
        assertThat(NameKeys.normalized(" Camp \n  Ashraf ")).isEqualTo("camp ashraf");
        assertThat(NameKeys.normalized("al-Rubaie")).isEqualTo(NameKeys.normalized("Al-Rubaie"));
    }

    @ParameterizedTest
    @CsvSource({"Mowafaq, Mouwaffak", "Erbil, Irbil", "al-Rubaie, Rubaie", "Qadhafi, Gadhafi", "Mohammed, Muhammad",
            "Ahmadinejad, Ahmadinejhad"})
    void spellingVariantsAreProbablyOneName(String a, String b) {
        assertThat(NameKeys.probablySame(NameKeys.normalized(a), NameKeys.normalized(b))).as(a + " / " + b).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Iraq, Iran", "Iraqi, Iraqis", "Iraq, Iraqi", "Tehran, Teheran Province", "Sadr, Sadat", "Baghdad, Basra", "GOI, GoI"})
    void otherNamesAreNot(String a, String b) {
        // GOI/GoI normalize to one text: that is a case variant, not a spelling one
        assertThat(NameKeys.probablySame(NameKeys.normalized(a), NameKeys.normalized(b))).as(a + " / " + b).isFalse();
    }

    @Test
    void skeletonsBlockTransliterationsTogether() {
        assertThat(NameKeys.skeleton("mowafaq")).isEqualTo(NameKeys.skeleton("mouwaffak")).isEqualTo("mfk");
        assertThat(NameKeys.skeleton("erbil")).isEqualTo(NameKeys.skeleton("irbil"));
        assertThat(NameKeys.skeleton("iraq")).isNotEqualTo(NameKeys.skeleton("iran"));
    }

    @Test
    void distanceCountsSwapsAsOne() {
        assertThat(NameKeys.distance("erbil", "irbil")).isEqualTo(1);
        assertThat(NameKeys.distance("abcd", "abdc")).isEqualTo(1);
        assertThat(NameKeys.distance("mowafaq", "mouwaffak")).isEqualTo(3);
        assertThat(NameKeys.distance("", "abc")).isEqualTo(3);
    }
}
