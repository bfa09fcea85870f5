package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportSummaryTest {

    private static ExportSummary withProblems(List<String> problems, long notWritten) {
        return new ExportSummary(1, 0, 0, 0, 0, Map.of(), 0, Map.of(), List.of(), problems, false, false, List.of(),
                notWritten, 0, 0, 0, 0);
    }

    @Test
    void countsAreWrittenInTheSingularAndThePlural() {
        assertThat(withProblems(List.of("a.txt:1:1: error: x"), 0).describe()).startsWith("1 cable, 0 tokens, 0 entities\n").endsWith("\n1 problem\n");
        assertThat(withProblems(List.of("a.txt:1:1: error: x", "b.txt: could not be read"), 0).describe())
                .endsWith("\n2 problems\n");
        // warnings (an empty file, a legacy encoding) leave the exit code 0: "2 problems" stood beside a success
        assertThat(withProblems(List.of("a.txt:1:1: warning: x"), 0).describe()).endsWith("\n1 warning\n");
        assertThat(withProblems(List.of("a.txt:1:1: warning: x", "b.txt:1:1: warning: y", "c.txt:2:1: error: z"), 0).describe())
                .endsWith("\n1 problem, 2 warnings\n");
        assertThat(withProblems(List.of("a.txt:1:1: error: x"), 1).describe())
                .contains("1 cable was not written (see the problems)");
        assertThat(withProblems(List.of("a.txt:1:1: error: x", "b.txt:1:1: error: y"), 2).describe())
                .contains("2 cables were not written (see the problems)");
    }

    @Test
    void aWarningThatLosesDataIsCountedWithTheProblems() {
        // found from outside: a tag inside markup (dropped, exit 1) was summed up as "1 warning", as an unclosed tag (exit 0) is
        String dropped = "m.txt:1:14: warning: tag [PER Rubaie] inside the HTML markup <a …> is dropped [tag-in-markup]";
        ExportSummary summary = new ExportSummary(1, 0, 0, 0, 0, Map.of(), 0, Map.of(), List.of(),
                List.of(dropped, "u.txt:3:1: warning: tag [PER …] is never closed [unclosed-tag]"), false, false, List.of(), 0, 0, 1, 0, 0);
        assertThat(summary.describe()).endsWith("\n1 problem, 1 warning\n");
    }

    /** Found from outside: 10,005 warnings of one cable were summed up as "1 problem, 10,000 warnings" (exit 0). */
    @Test
    void whatIsNotListedIsCountedByItsKindAndTheLineSayingSoIsNone() {
        ExportSummary summary = new ExportSummary(1, 0, 0, 0, 0, Map.of(), 0, Map.of(), List.of(),
                List.of("a.txt:1:1: warning: x", ExportSummary.MORE + "5 more warnings"), false, false, List.of(), 0, 0, 0, 0, 5);
        assertThat(summary.describe()).endsWith("\n6 warnings\n");
        ExportSummary both = new ExportSummary(1, 0, 0, 0, 0, Map.of(), 0, Map.of(), List.of(),
                List.of("a.txt:1:1: error: x", ExportSummary.MORE + "2 more problems and 3 more warnings"), false, false, List.of(),
                0, 0, 0, 2, 3);
        assertThat(both.describe()).endsWith("\n3 problems, 3 warnings\n");
    }

    @Test
    void notesAreNotCountedAsProblems() {
        assertThat(withProblems(List.of(ExportSummary.NOTE + "kept a copy"), 0).describe()).doesNotContain("problem");
    }
}
