package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import cabletag.workspace.HeaderSummary;
import cabletag.workspace.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus list's filter rule, without the toolkit. */
class CorpusFilterTest {

    private static CableEntry entry(int index, String name, ReviewStatus status, String origin, String created,
                                    String classification) {
        return new CableEntry(index, name, 1, 0, status, new HeaderSummary(origin, created, classification));
    }

    private static final List<CableEntry> ROWS = List.of(
            entry(0, "05BAGHDAD3001.txt", ReviewStatus.NEW, "Embassy Baghdad", "2005-07-19", "SECRET//NOFORN"),
            entry(1, "09BAGHDAD197.txt", ReviewStatus.REVIEWED, "Embassy Baghdad", "2009-01-25", "SECRET"),
            entry(2, "06PARIS11.txt", ReviewStatus.IN_PROGRESS, "Embassy Paris", "2006-12-31", "CONFIDENTIAL"),
            entry(3, "07ROME5.txt", ReviewStatus.NEW, "Embassy Rome", "2007", "UNCLASSIFIED"),
            new CableEntry(4, "not-read-yet.txt", -1, -1, ReviewStatus.NEW));

    private static List<String> names(CorpusFilter filter) {
        return ROWS.stream().filter(filter::test).map(CableEntry::name).toList();
    }

    @Test
    void noFilterKeepsEveryRowAndCablesNotReadYet() {
        assertThat(names(CorpusFilter.NONE)).hasSize(ROWS.size());
        assertThat(CorpusFilter.NONE.filtersHeader()).isFalse();
    }

    @Test
    void originAndClassificationMatchPartsIgnoringCase() {
        assertThat(names(new CorpusFilter("", null, "baghdad", "", "", "")))
                .containsExactly("05BAGHDAD3001.txt", "09BAGHDAD197.txt");
        assertThat(names(new CorpusFilter("", null, "", "noforn", "", ""))).containsExactly("05BAGHDAD3001.txt");
        assertThat(names(new CorpusFilter("", null, " Baghdad ", "SECRET", "", "")))
                .as("both, and spaces around a filter do not count").containsExactly("05BAGHDAD3001.txt", "09BAGHDAD197.txt");
        assertThat(names(new CorpusFilter("", null, "", "secret", "", "")))
                .as("a part of the classification, as written: SECRET//NOFORN holds SECRET")
                .containsExactly("05BAGHDAD3001.txt", "09BAGHDAD197.txt");
    }

    @Test
    void yearsAndDaysBoundTheRangeAndBothBoundsCount() {
        assertThat(names(new CorpusFilter("", null, "", "", "2006", "2007")))
                .containsExactly("06PARIS11.txt", "07ROME5.txt");
        assertThat(names(new CorpusFilter("", null, "", "", "2005-07-19", "2005-07-19"))).containsExactly("05BAGHDAD3001.txt");
        assertThat(names(new CorpusFilter("", null, "", "", "2005-07-20", ""))).containsExactly("09BAGHDAD197.txt",
                "06PARIS11.txt", "07ROME5.txt");
        assertThat(names(new CorpusFilter("", null, "", "", "", "2006-12"))).containsExactly("05BAGHDAD3001.txt",
                "06PARIS11.txt");
        assertThat(names(new CorpusFilter("", null, "", "", "2007-03", "2007-04")))
                .as("a cable known only by its year is within any range of that year").containsExactly("07ROME5.txt");
    }

    @Test
    void headerFiltersLeaveOutCablesNotReadYetAndNameAndStatusStillApply() {
        CorpusFilter year = new CorpusFilter("", null, "", "", "1990", "2030");
        assertThat(year.filtersHeader()).isTrue();
        assertThat(names(year)).doesNotContain("not-read-yet.txt").hasSize(4);
        assertThat(names(new CorpusFilter("baghdad", ReviewStatus.REVIEWED, "embassy", "", "2009", "")))
                .containsExactly("09BAGHDAD197.txt");
        assertThat(names(new CorpusFilter("rome", ReviewStatus.REVIEWED, "", "", "", ""))).isEmpty();
    }

    @Test
    void aQuarterMillionRowsAreFilteredByTheirSummaries() {
        String[] origins = {"Embassy Baghdad", "Embassy Paris", "Consulate Basrah"};
        List<CableEntry> rows = new ArrayList<>(250_000);
        for (int i = 0; i < 250_000; i++) {
            rows.add(new CableEntry(i, "cable-" + i, i % 7, 0, ReviewStatus.NEW, new HeaderSummary(origins[i % 3],
                    (2000 + i % 10) + "-0" + (1 + i % 9) + "-1" + (i % 10), i % 2 == 0 ? "SECRET" : "CONFIDENTIAL")));
        }
        CorpusFilter filter = new CorpusFilter("", null, "basrah", "secret", "2003", "2004");
        long kept = rows.stream().filter(filter::test).count();
        long expected = 0;
        for (int i = 0; i < 250_000; i++) {
            int year = 2000 + i % 10;
            if (i % 3 == 2 && i % 2 == 0 && (year == 2003 || year == 2004)) {
                expected++;
            }
        }
        assertThat(kept).isEqualTo(expected).isPositive();
    }
}
