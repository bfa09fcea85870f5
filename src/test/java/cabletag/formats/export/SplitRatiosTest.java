package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code --split} (and the dialog's ratios) take: three percentages that sum to 100 or three fractions that
 * sum to 1. Any other sum is most likely a slip ({@code 80/30/10} for {@code 80/10/10}) and would give parts
 * other than the ones meant without a word, so it is refused, as is anything but three plain numbers.
 */
class SplitRatiosTest {

    private static String refusal(String ratios) {
        try {
            SplitRatios.parse(ratios, 42);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("split '" + ratios + "' was taken");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "80/30/10;120", "0/0/0;0", "8/1/1;10", "33.33/33.33/33.33;99.99", "0.8/0.3/0.1;1.2", "50/50/50;150"})
    void partsThatSumToNeither100Nor1AreRefusedWithTheirSum(String ratios, String sum) {
        assertThat(refusal(ratios)).isEqualTo("split '" + ratios + "': the parts sum to " + sum
                + ", not 100 (give percentages, e.g. 80/10/10, or fractions that sum to 1, e.g. 0.8/0.1/0.1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"80/20", "80/10/5/5", "80", "80/10/10/", "/80/10/10"})
    void anythingButThreePartsIsRefused(String ratios) {
        assertThat(refusal(ratios)).isEqualTo("split '" + ratios + "' must be three ratios, e.g. 80/10/10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b/c", "80//20", "NaN/50/50", "Infinity/0/0", "80d/10/10", "0x50/10/20", "1e2/0/0", "80/10/1O"})
    void anythingButPlainNumbersIsRefused(String ratios) {
        assertThat(refusal(ratios)).isEqualTo("split '" + ratios + "' must be three numbers, e.g. 80/10/10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10/60/50", "110/-10/0", "80/30/-10"})
    void aNegativePartIsRefusedAsSuch(String ratios) {
        assertThat(refusal(ratios)).startsWith("split '" + ratios + "': a part is negative (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"80/10/10", "80.5/9.5/10", "33.3/33.3/33.4", "0.8/0.1/0.1", "0.8,0.1,0.1", "80:10:10",
        " 80 / 10 / 10 ", "100/0/0", "1/0/0", "0/0/100", "50/0/50"})
    void percentagesThatSumTo100AndFractionsThatSumTo1AreTaken(String ratios) {
        assertThat(SplitRatios.parse(ratios, 42)).isNotNull();
    }

    @Test
    void fractionsAndPercentagesGiveTheSameSplit() {
        SplitRatios percent = SplitRatios.parse("80/10/10", 7);
        SplitRatios fractions = SplitRatios.parse("0.8/0.1/0.1", 7);
        IntStream.range(0, 500).mapToObj(i -> "cable-" + i)
                .forEach(key -> assertThat(fractions.partOf(key)).as(key).isEqualTo(percent.partOf(key)));
    }

    @Test
    void hundredPercentForOnePartPutsEveryCableThere() {
        SplitRatios allTrain = SplitRatios.parse("100/0/0", 7);
        SplitRatios allTest = SplitRatios.parse("0/0/100", 7);
        IntStream.range(0, 500).mapToObj(i -> "cable-" + i).forEach(key -> {
            assertThat(allTrain.partOf(key)).isEqualTo(SplitRatios.Part.TRAIN);
            assertThat(allTest.partOf(key)).isEqualTo(SplitRatios.Part.TEST);
        });
    }
}
