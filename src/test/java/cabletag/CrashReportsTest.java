package cabletag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReportsTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheNewestReportsAreKeptAndNothingElseIsTouched() throws IOException {
        CrashReports reports = new CrashReports(dir);
        List<Path> made = new ArrayList<>();
        // made in this order by their times, not by waiting; their ids say nothing of their age
        for (long pid : List.of(900L, 12L, 7000L, 45L, 301L)) {
            Path report = Files.writeString(reports.of(pid), "# A fatal error has been detected");
            Files.setLastModifiedTime(report, FileTime.fromMillis(1_000_000L * (made.size() + 1)));
            made.add(report);
        }
        Path archive = Files.writeString(dir.resolve("cabletag-0123456789abcdef.jsa"), "classes");
        Path other = Files.writeString(dir.resolve("hs_err_notes.txt"), "mine");

        reports.deleteAllButTheNewest();

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactlyInAnyOrder(made.get(2), made.get(3), made.get(4), archive, other);
        }
        assertThat(CrashReports.KEPT).isEqualTo(3);
    }

    @Test
    void aFewReportsOrNoFolderAreLeftAsTheyAre() throws IOException {
        new CrashReports(dir.resolve("not-yet")).deleteAllButTheNewest();
        assertThat(dir.resolve("not-yet")).doesNotExist();

        CrashReports reports = new CrashReports(dir);
        Path one = Files.writeString(reports.of(1), "report");
        Path two = Files.writeString(reports.of(2), "report");
        reports.deleteAllButTheNewest();
        assertThat(one).exists();
        assertThat(two).exists();
    }
}
