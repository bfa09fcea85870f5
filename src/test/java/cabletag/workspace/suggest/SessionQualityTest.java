package cabletag.workspace.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's estimate of the suggestions' quality: made from the workspace as it is (no gathering
 * needed), kept while the same cables are reviewed, made again when they change, and given up when
 * cancelled.
 */
class SessionQualityTest {

    @TempDir
    Path dir;

    @Test
    void keptUntilTheReviewedCablesChange() throws IOException {
        try (TemporaryStoreHome home = TemporaryStoreHome.at(Files.createDirectories(dir.resolve("home")))) {
            Path corpus = Files.createDirectories(dir.resolve("corpus"));
            Files.writeString(corpus.resolve("a.txt"), "[PER Hakim  ] met [LOC Basra  ] officials .\n");
            Files.writeString(corpus.resolve("b.txt"), "[PER Hakim  ] went to [LOC Mosul  ] today .\n");
            Files.writeString(corpus.resolve("c.txt"), "[PER Hakim  ] stayed in [LOC Basra  ] .\n");
            try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
                workspace.setStatus(0, ReviewStatus.REVIEWED);
                workspace.setStatus(1, ReviewStatus.REVIEWED);
                SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);

                assertThat(session.quality(() -> true)).as("cancelled").isNull();
                List<SourceQuality> first = session.quality(() -> false); // no gathering yet: a pass of its own
                assertThat(first.get(0).cables()).isEqualTo(2);
                // hand count as in ReportCommandTest, with c (Basra LOC, machine-tagged) as evidence: each fold
                // finds Hakim, and Basra in a; misses Mosul: 3 right of 3, of 4
                assertThat(first.get(0).truePositives()).isEqualTo(3);
                assertThat(first.get(0).falsePositives()).isZero();
                assertThat(first.get(0).falseNegatives()).isEqualTo(1);
                assertThat(session.quality(() -> false)).as("kept").isSameAs(first);

                workspace.setStatus(2, ReviewStatus.REVIEWED);
                List<SourceQuality> second = session.quality(() -> false);
                assertThat(second).isNotSameAs(first);
                assertThat(second.get(0).cables()).isEqualTo(3);
                session.close();
            }
        }
    }
}
