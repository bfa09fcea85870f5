package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cable the window let go (ADR 0010) and whose file changed on disk meanwhile is read again when it is
 * shown: a stored correction that no longer fits is named in the Problems pane, on the cable's row and in
 * the status bar's count, as on a first read. Before, the pane said nothing and the count stayed at 0.
 * Read again away from the screen (a corpus-wide edit that passes it), its row and the count follow at once:
 * before, they stayed at 0 until the analyst showed the cable.
 */
@ExtendWith(ApplicationExtension.class)
class ReadAgainProblemsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;
    private Path cableA;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        cableA = corpus.resolve("a.txt");
        Files.writeString(cableA, WindowDriver.TAGGED);
        for (String name : List.of("b.txt", "c.txt", "d.txt")) {
            Files.writeString(corpus.resolve(name), WindowDriver.PLAIN);
        }
        Path home = temp.resolve("home-" + System.nanoTime());
        try (Workspace earlier = Workspace.open(List.of(corpus), new StoreLocation(home), null)) {
            int staff = earlier.document(0).text().indexOf("staff");
            earlier.add(0, staff, staff + 5, Label.MISC); // stored with its text, "staff"
        }
        System.setProperty("cabletag.home", home.toString());
        w = WindowDriver.openIn(stage, corpus);
    }

    @Test
    void aCorrectionThatNoLongerFitsIsCountedAndListedWhenItsCableIsShownAgain(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> {
            w.window.model().workspace().boundParsedCables(1, Long.MAX_VALUE); // a new, empty cache
            w.window.model().show(0); // in it
            w.window.model().show(3); // a.txt is no neighbour of d.txt: over the bound of 1, it is let go
        });
        assertThat(w.label(robot, "#status-problems")).isEqualTo("0 reading problems");
        Files.writeString(cableA, WindowDriver.TAGGED.replace("staff", "people")); // the stored MISC's text is gone

        robot.interact(() -> w.window.model().show(0));

        assertThat(w.window.problemsPane().items()).extracting(ProblemsModel.Item::text)
                .anySatisfy(line -> assertThat(line).startsWith(w.corpus.resolve("a.txt") + ": error: could not re-apply MISC “staff”"));
        assertThat(w.window.problemsPane().items()).as("what was re-applied, what was not, and where the copy is").hasSize(3);
        int listed = (int) w.window.problemsPane().items().stream().filter(item -> !item.isNote()).count();
        assertThat(listed).as("the copy kept is a note, not counted").isEqualTo(2);
        assertThat(w.label(robot, "#status-problems")).isEqualTo(listed + " reading problems");
        assertThat(w.window.model().cables().get(0).problemCount()).isEqualTo(listed);
    }

    @Test
    void aCableReadAgainByACorpusWideEditIsCountedWithoutBeingShown(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> {
            w.window.model().workspace().boundParsedCables(1, Long.MAX_VALUE);
            w.window.model().show(0);
            w.window.model().show(3); // a.txt is let go
        });
        Files.writeString(cableA, WindowDriver.TAGGED.replace("staff", "people")); // the stored MISC's text is gone

        robot.interact(() -> {
            // "state.gov" is not in a.txt: the edit leaves it as it is, but reads it again, away from the screen
            int site = w.window.model().document().text().indexOf("state.gov");
            w.window.model().select(new Span(site, site + "state.gov".length(), Label.MISC));
            w.window.model().applyToAll(OccurrenceScope.CORPUS);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(w.window.model().currentCable()).as("a.txt is not shown").isEqualTo(3);
        // the edit stored a.txt anew (on the store's thread): the MISC that no longer fits is in the copy only, a note,
        // as the commands no longer name it
        FxAwait.until("a.txt stored anew", () -> w.window.problemsPane().items().stream()
                .anyMatch(item -> item.text().contains(": note: could not re-apply")), w.window.problemsPane().items());
        assertThat(w.window.problemsPane().items()).filteredOn(ProblemsModel.Item::isNote).extracting(ProblemsModel.Item::text)
                .anySatisfy(line -> assertThat(line).startsWith(w.corpus.resolve("a.txt") + ": note: could not re-apply MISC “staff”"));
        int listed = (int) w.window.problemsPane().items().stream().filter(item -> !item.isNote()).count();
        assertThat(w.window.model().cables().get(0).problemCount()).as("a.txt's row").isEqualTo(listed);
        assertThat(w.label(robot, "#status-problems")).isEqualTo(listed + " reading problems");
    }
}
