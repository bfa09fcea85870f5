package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one case rule, case by case. */
class TextSearchTest {

    @Test
    void ignoringCaseEverySpellingOfANameFindsEveryOther() {
        String text = "ERBIL, Erbil and erbil";
        for (String query : new String[] {"ERBIL", "Erbil", "erbil", "eRbIl"}) {
            assertThat(TextSearch.indexOf(text, query, 0, true)).as(query).isZero();
            assertThat(TextSearch.indexOf(text, query, 1, true)).as(query).isEqualTo(7);
            assertThat(TextSearch.indexOf(text, query, 8, true)).as(query).isEqualTo(17);
        }
    }

    @Test
    void exactFindsOnlyTheSameSpelling() {
        assertThat(TextSearch.indexOf("ERBIL, Erbil and erbil", "Erbil", 0, false)).isEqualTo(7);
        assertThat(TextSearch.indexOf("ERBIL, Erbil and erbil", "Erbil", 8, false)).isEqualTo(-1);
        assertThat(TextSearch.matchEnd("ERBIL", 0, "erbil", false)).isEqualTo(-1);
    }

    @Test
    void offsetsAreTheTextsEvenWhereLowerCasingWouldChangeTheLength() {
        // "İ".toLowerCase(Locale.ROOT) is two chars; searching a lower-cased copy shifted every later match
        String text = "İstanbul and Erbil";
        int at = TextSearch.indexOf(text, "erbil", 0, true);
        assertThat(at).isEqualTo(13);
        assertThat(text.substring(at, TextSearch.matchEnd(text, at, "erbil", true))).isEqualTo("Erbil");
        assertThat(TextSearch.indexOf(text, "istanbul", 0, true)).isZero();
    }

    @Test
    void simpleFoldingOnlySoAMatchCoversAsManyCharactersAsItsQuery() {
        assertThat(TextSearch.indexOf("Straße", "STRASSE", 0, true)).isEqualTo(-1);
        assertThat(TextSearch.indexOf("Straße", "STRAßE", 0, true)).isZero();
        assertThat(TextSearch.indexOf("ı I i", "i", 0, true)).isZero(); // dotless i folds with I and i
    }

    @Test
    void lettersOutsideTheBasicPlaneFoldToo() {
        String text = "x \uD801\uDC00\uD801\uDC01"; // DESERET CAPITAL LONG I, CAPITAL LONG E
        String lower = "\uD801\uDC28\uD801\uDC29";
        assertThat(TextSearch.indexOf(text, lower, 0, true)).isEqualTo(2);
        assertThat(TextSearch.matchEnd(text, 2, lower, true)).isEqualTo(6);
        assertThat(TextSearch.indexOf(text, lower, 0, false)).isEqualTo(-1);
    }

    @Test
    void anEmptyQueryFindsNothingAndFiltersNothingOut() {
        assertThat(TextSearch.indexOf("abc", "", 0, true)).isEqualTo(-1);
        assertThat(TextSearch.matchEnd("abc", 0, "", false)).isEqualTo(-1);
        assertThat(TextSearch.contains("abc", "", true)).isTrue();
        assertThat(TextSearch.contains("004_139b.txt", "139B", true)).isTrue();
        assertThat(TextSearch.contains("004_139b.txt", "139B", false)).isFalse();
    }
}
