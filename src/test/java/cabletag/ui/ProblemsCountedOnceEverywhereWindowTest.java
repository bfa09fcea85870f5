package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.workspace.CorrectedDocuments;
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

/**
 * The pane's title, the status bar's total, the rows' counts and the shown cable's "here" count the same
 * problems, those {@code cabletag check} counts for the same files and store; the notes listed among them (a
 * label not known yet, the copy of corrections that no longer fit) are news, counted aside. Before, the
 * window said "Problems (N+1)" and "N+1 reading problems" over the N lines check printed (the note of the copy
 * kept counted as a problem), the row of the cable said Prob 4 while the status bar said "0 problems here".
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsCountedOnceEverywhereWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;
    private Path home;
    private Path cableA;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        cableA = corpus.resolve("a.txt");
        Files.writeString(cableA, WindowDriver.TAGGED);
        Files.writeString(corpus.resolve("b.txt"), "A [XYZ odd  ] label and [PER open\n"); // a note and a problem
        home = temp.resolve("home-" + System.nanoTime());
        try (Workspace earlier = Workspace.open(List.of(corpus), new StoreLocation(home), null)) {
            int staff = earlier.document(0).text().indexOf("staff");
            earlier.add(0, staff, staff + 5, Label.MISC); // stored with its text, "staff"
        }
        Files.writeString(cableA, WindowDriver.TAGGED.replace("staff", "people")); // the stored MISC no longer fits
        System.setProperty("cabletag.home", home.toString());
        w = WindowDriver.openIn(stage, corpus);
    }

    @Test
    void theTitleTheStatusBarAndTheRowsCountTheProblemsTheCommandsCountAndTheNotesAside(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> w.window.model().show(0));
        List<String> storeProblemsAsTheCommandsSay = CorrectedDocuments.open(new StoreLocation(home))
                .correct(cableA, w.window.model().workspace().original(0)).problems();
        // a.txt: what was re-applied and what was not (check names them); b.txt: the tag never closed
        int problems = storeProblemsAsTheCommandsSay.size() + 1;
        assertThat(storeProblemsAsTheCommandsSay).hasSize(2);

        List<ProblemsModel.Item> listed = w.window.problemsPane().items();
        assertThat(listed).filteredOn(item -> !item.isNote()).hasSize(problems);
        assertThat(listed).filteredOn(ProblemsModel.Item::isNote).extracting(ProblemsModel.Item::text)
                .as("the copy kept and the label not known yet: news, listed as notes")
                .anySatisfy(line -> assertThat(line).startsWith(cableA + ": note: the corrections as they were are kept in "))
                .anySatisfy(line -> assertThat(line).contains("info: label XYZ is not known yet"))
                .hasSize(2);
        assertThat(robot.from(w.window.problemsPane()).lookup(".pane-title").queryLabeled().getText()).isEqualTo("Problems (" + problems + ") · 2 notes");
        assertThat(w.label(robot, "#status-problems")).isEqualTo(problems + " reading problems");
        assertThat(w.window.model().cables().get(0).problemCount()).as("a.txt's row").isEqualTo(2);
        assertThat(w.window.model().cables().get(1).problemCount()).as("b.txt's row").isEqualTo(1);
        assertThat(w.label(robot, "#status-counts")).as("a.txt shown: its row's count")
                .endsWith(", 2 problems here");
        // storing a.txt anew would drop the MISC that no longer fits (the commands then no longer count it):
        // left for Ctrl+S or the next edit, and the status says that this is what is unsaved
        assertThat(w.label(robot, "#status-save")).isEqualTo("Unsaved: 1 cable partly re-applied (Ctrl+S stores)");
    }

    /**
     * After Ctrl+S the cable's corrections are stored anew without the one that no longer fits (the copy kept
     * holds it), and {@code cabletag check} on the same store no longer names it; the window went on counting
     * it, in the title, the status bar and the row, until it was closed.
     */
    @Test
    void afterCtrlSTheCorrectionsLeftOutAreNotesAndTheWindowCountsWhatCheckCounts(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        robot.interact(() -> w.window.model().show(0));
        Path corpus = cableA.getParent();
        ExportCorpus.CliRun before = ExportCorpus.run("check", corpus.toString());
        assertThat(problemLines(before)).as(before.out() + before.err()).hasSize(3); // a.txt's two, b.txt's one
        assertThat(w.window.model().cables().get(0).problemCount()).as("a.txt's row").isEqualTo(2);

        robot.clickOn(w.window.cableView().area());
        WindowDriver.chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.S);
        javafx.scene.control.Label saved = robot.lookup("#status-save").queryAs(javafx.scene.control.Label.class);
        FxAwait.until("stored", saved.textProperty(), "All saved"::equals);
        ExportCorpus.CliRun after = ExportCorpus.run("check", corpus.toString());
        assertThat(problemLines(after)).as(after.out() + after.err()).hasSize(1).allSatisfy(line -> assertThat(line).contains("b.txt"));

        // the store's thread wrote it; the rows hear of it through the UI thread
        javafx.scene.control.Label total = robot.lookup("#status-problems").queryAs(javafx.scene.control.Label.class);
        FxAwait.until("the status bar counts what check counts", total.textProperty(), "1 reading problem"::equals);
        assertThat(w.window.model().cables().get(0).problemCount()).as("a.txt's row counts what check counts").isZero();
        assertThat(w.label(robot, "#status-counts")).as("a.txt shown").endsWith(", 0 problems here");
        List<ProblemsModel.Item> listed = WindowDriver.onFx(() -> List.copyOf(w.window.problemsPane().items()));
        assertThat(listed).filteredOn(item -> !item.isNote()).extracting(ProblemsModel.Item::text)
                .singleElement().satisfies(line -> assertThat(line).contains("b.txt"));
        // what the problems said stays in view, as notes that say where the corrections left out are
        assertThat(listed).filteredOn(ProblemsModel.Item::isNote).extracting(ProblemsModel.Item::text)
                .anySatisfy(line -> assertThat(line).startsWith(cableA + ": note: could not re-apply MISC “staff”")
                        .endsWith("the copy kept before re-applying holds it."));
        assertThat(robot.from(w.window.problemsPane()).lookup(".pane-title").queryLabeled().getText()).isEqualTo("Problems (1) · 4 notes");
    }

    /** The problem lines of a run of {@code cabletag check}: errors and warnings, not notes. */
    private static List<String> problemLines(ExportCorpus.CliRun run) {
        return (run.out() + run.err()).lines().filter(line -> line.contains(": error: ") || line.contains(": warning: ")).toList();
    }
}
