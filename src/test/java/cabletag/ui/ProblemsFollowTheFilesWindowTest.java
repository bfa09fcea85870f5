package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The analyst fixes a broken cable file on disk and breaks another (as many problems as before); the window
 * reads them again: by File ▸ Open of the same folder, or by reading a cable it let go (ADR 0010). The
 * Problems pane lists what the files say now, every cable's, and the status bar's count, the pane's title and
 * the corpus list's Prob column say the same. Before, the pane listed the shown cable's reading problems only
 * (the status bar counted those of other cables too) and reloaded only when the total count changed.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsFollowTheFilesWindowTest {

    /** c.txt broken: an unclosed tag at line 1, column 10. */
    private static final String PLAIN_BROKEN = "Write to [ORG state.gov about Najaf .\n";
    private static final String FIXED = "[LOC Erbil  ] is far from Najaf .\n";

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        // a.txt fine, b.txt with an unclosed tag at line 3, c.txt and d.txt fine
        w = WindowDriver.open(stage, temp, "a.txt", WindowDriver.TAGGED, "b.txt", WindowDriver.WITH_PROBLEM,
                "c.txt", WindowDriver.PLAIN, "d.txt", WindowDriver.PLAIN);
    }

    private List<String> listed() {
        return WindowDriver.onFx(() -> w.window.problemsPane().items().stream().map(item -> item.text()).toList());
    }

    private List<Integer> problemColumn() {
        return WindowDriver.onFx(() -> w.window.corpusPane().table().getItems().stream()
                .map(row -> row.problemCount()).toList());
    }

    private void awaitListed(String what, String startOfTheOnlyLine) {
        FxAwait.until(what, () -> {
            List<String> lines = w.window.problemsPane().items().stream().map(item -> item.text()).toList();
            return lines.size() == 1 && lines.get(0).startsWith(startOfTheOnlyLine);
        }, w.window.problemsPane().items());
    }

    @Test
    void reopenedAfterOneFileWasFixedAndAnotherBrokenThePaneListsTheNewProblemOnly(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(w.doc().source().name()).isEqualTo("a.txt");
        awaitListed("b.txt's problem listed at a.txt", w.corpus + "/" + "b.txt:3:1: warning: tag [PER …] is never closed");
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");
        assertThat(w.label(robot, "#problems-pane .pane-title")).isEqualTo("Problems (1)");
        assertThat(problemColumn()).containsExactly(0, 1, 0, 0);

        Files.writeString(w.corpus.resolve("b.txt"), FIXED);
        Files.writeString(w.corpus.resolve("c.txt"), PLAIN_BROKEN);
        var before = w.doc();
        robot.interact(() -> w.window.open(List.of(w.corpus))); // File ▸ Open, the same folder
        FxAwait.until("the reopened cable", w.window.model().documentProperty(), doc -> doc != before && doc != null);

        awaitListed("c.txt's problem listed, b.txt's gone", w.corpus + "/" + "c.txt:1:10: warning: tag [ORG …] is never closed");
        assertThat(listed()).noneSatisfy(line -> assertThat(line).startsWith("b.txt"));
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");
        assertThat(w.label(robot, "#problems-pane .pane-title")).isEqualTo("Problems (1)");
        assertThat(problemColumn()).containsExactly(0, 0, 1, 0);
    }

    @Test
    void aCableLetGoAndReadAgainFromItsChangedFileHasItsProblemReplaced(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> {
            w.window.model().workspace().boundParsedCables(1, Long.MAX_VALUE);
            w.window.model().show(1);
            w.window.model().show(3); // b.txt is no neighbour of d.txt: over the bound of 1, it is let go
        });
        awaitListed("b.txt's problem listed at d.txt", w.corpus + "/" + "b.txt:3:1:");
        // another problem in its place: an unclosed tag on the first line, as many problems and entities as before
        Files.writeString(w.corpus.resolve("b.txt"), "[LOC Erbil  ] is far from [ORG Najaf .\n");

        robot.interact(() -> w.window.model().workspace().document(1)); // a pass over the corpus reads it again

        awaitListed("b.txt's new problem", w.corpus + "/" + "b.txt:1:27: warning: tag [ORG …] is never closed");
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");
        assertThat(problemColumn()).containsExactly(0, 1, 0, 0);

        // fixed on disk and shown again: read again, its problem is gone everywhere
        Files.writeString(w.corpus.resolve("b.txt"), FIXED);
        robot.interact(() -> {
            w.window.model().show(0);
            w.window.model().show(3); // let go again
            w.window.model().show(1);
        });
        assertThat(listed()).isEmpty();
        assertThat(w.label(robot, "#status-problems")).isEqualTo("0 reading problems");
        assertThat(w.label(robot, "#problems-pane .pane-title")).isEqualTo("Problems (0)");
        assertThat(problemColumn()).containsExactly(0, 0, 0, 0);
    }
}
