package cabletag.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertThat(Counted.of(1, "cable", "cables")).isEqualTo("1 cable");
        assertThat(Counted.of(0, "cable", "cables")).isEqualTo("0 cables");
        assertThat(Counted.of(2, "entity", "entities")).isEqualTo("2 entities");
    }
}
