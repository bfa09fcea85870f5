package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static cabletag.ui.WindowDriver.shownRows;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Corrections outlive the window: reopened through the window after Ctrl+S they are all there, and
 * reopened after the source file changed, the problems pane says which could be re-applied and which
 * could not, while those that still fit are in the text.
 */
@ExtendWith(ApplicationExtension.class)
class ReopeningWindowTest {

    static final String SEED = ExportCorpus.SEED_TAGGED;
    static final String ADDED_LINE = "A LINE ADDED BY HAND AT THE TOP\n";

    @TempDir
    static Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // A fresh store per test: corrections one test saves must not leak into the next.
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
    }

    private static Path seedCopy(String... names) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        for (String name : names) {
            Files.copy(seeds.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    private static WindowDriver openIn(Stage on, Path folder) throws Exception {
        return onFx(() -> WindowDriver.openIn(on, folder)).awaitOpened();
    }

    /** The first entity with this text and label, at or after {@code from}. */
    private static Span find(WindowDriver w, String text, Label label, int from) {
        return w.doc().spans().stream().filter(s -> s.start() >= from && s.label().equals(label) && w.doc().textOf(s).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " '" + text + "' after " + from));
    }

    private static List<String> problems(WindowDriver w) {
        return onFx(() -> w.window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList());
    }

    @Test
    void aChangedSourceTellsWhichCorrectionsCouldBeReappliedAndKeepsThoseThatFit(FxRobot robot) throws Exception {
        Path folder = seedCopy(SEED);
        WindowDriver w = openIn(stage, folder);
        Span erbil = find(w, "Erbil", Label.PER, 0);
        Span rubaie = find(w, "Rubaie", Label.PER, 0);

        w.clickText(robot, erbil.start() + 1, erbil.start() + 2);
        assertThat(w.selected()).isEqualTo(erbil);
        robot.type(KeyCode.DIGIT2);
        w.clickText(robot, rubaie.start() + 1, rubaie.start() + 2);
        assertThat(w.selected()).isEqualTo(rubaie);
        robot.type(KeyCode.DELETE);
        chord(robot, CONTROL, KeyCode.S);
        assertThat(w.label(robot, "#status-save")).isEqualTo("All saved");
        assertThat(problems(w)).isEmpty();

        // someone edits the cable by hand: one line more at the top moves every entity
        Path file = folder.resolve(SEED);
        byte[] before = Files.readAllBytes(file);
        byte[] added = ADDED_LINE.getBytes(StandardCharsets.UTF_8);
        byte[] after = new byte[added.length + before.length];
        System.arraycopy(added, 0, after, 0, added.length);
        System.arraycopy(before, 0, after, added.length, before.length);
        Files.write(file, after);

        // File ▸ Open, the same folder, in the same window
        var first = w.doc();
        robot.interact(() -> w.window.open(List.of(folder)));
        FxAwait.until("the reopened cable", w.window.model().documentProperty(), doc -> doc != first && doc != null);
        assertThat(w.doc().text()).startsWith(ADDED_LINE.trim());
        int shift = w.doc().text().indexOf(ADDED_LINE.trim()) + ADDED_LINE.length();

        // Erbil occurs once nearby: the relabel moves with the text. Rubaie occurs several times within
        // reach, so its deletion follows the shift Erbil moved by: the added line moved them alike.
        List<String> problems = problems(w);
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .isEqualTo(folder.resolve(SEED) + ": note: the file changed since the corrections were saved; all 3 were found again and re-applied."));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("could not re-apply"));
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("Erbil"));
        assertThat(problems).as("the window's own earlier workspace is no other window")
                .noneSatisfy(p -> assertThat(p).contains("another cabletag window"));
        assertThat(robot.lookup("#problems-pane .pane-title").queryLabeled().getText())
                .as("the news is a note, not counted").isEqualTo("Problems (" + (problems.size() - 1) + ") · 1 note");

        Span movedErbil = new Span(erbil.start() + shift, erbil.end() + shift, Label.LOC);
        assertThat(w.doc().spans()).contains(movedErbil).doesNotContain(movedErbil.withLabel(Label.PER));
        assertThat(w.doc().spans()).as("the deletion moved with the text")
                .doesNotContain(new Span(rubaie.start() + shift, rubaie.end() + shift, Label.PER));
        List<String> styles = onFx(() -> List.copyOf(w.window.cableView().area().getStyleOfChar(movedErbil.start())));
        assertThat(styles).contains("bg-loc");
        assertThat(w.window.corpusPane().table().getItems().get(0).problemCount())
                .as("all found again: news, which the cable's row does not count, as the commands do not").isZero();
        // stored anew (the new fingerprint) as an edit is, without Ctrl+S: it stayed "Unsaved changes" until then
        assertThat(w.label(robot, "#status-save")).isEqualTo("All saved");
        assertThat(onFx(() -> w.window.model().workspace().isDirty())).isFalse();
    }

    @Test
    void aNewWindowOnTheSameFolderShowsTheSavedCorrectionsAndReviewStatus(FxRobot robot) throws Exception {
        Path folder = seedCopy(ExportCorpus.SEED_PLAIN, SEED);
        WindowDriver w = openIn(stage, folder);
        // a first open starts at the first cable with entities: the plain seed before it has none
        assertThat(w.doc().source().name()).isEqualTo(SEED);
        int entities = w.doc().spans().size();
        Span erbil = find(w, "Erbil", Label.PER, 0);
        Span marker = find(w, "S", Label.ORG, 0);

        w.clickText(robot, erbil.start() + 1, erbil.start() + 2);
        robot.type(KeyCode.DIGIT2);
        w.clickText(robot, marker.start(), marker.end());
        assertThat(w.selected()).isEqualTo(marker);
        robot.type(KeyCode.DELETE);
        chord(robot, CONTROL, KeyCode.ENTER);
        chord(robot, CONTROL, KeyCode.S);
        assertThat(w.label(robot, "#status-save")).isEqualTo("All saved");
        robot.interact(stage::close);

        Stage second = onFx(Stage::new);
        try {
            WindowDriver again = openIn(second, folder);
            assertThat(problems(again)).isEmpty();
            assertThat(shownRows(again.window.corpusPane().table())).containsExactly(
                    List.of(ExportCorpus.SEED_PLAIN, String.valueOf(again.window.model().workspace().document(0).spans().size()), "0", CorpusPane.MARK_NEW),
                    List.of(SEED, String.valueOf(entities - 1), "0", CorpusPane.MARK_REVIEWED));
            assertThat(again.label(robot, "#status-progress")).isEqualTo("Reviewed 1/2");
            // the window opens where the analyst left off: Ctrl+Enter had gone on to the cable not reviewed
            assertThat(again.doc().source().name()).isEqualTo(ExportCorpus.SEED_PLAIN);
            Node row = onFx(() -> again.window.corpusPane().table().lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> r && r.getIndex() == 1).findFirst().orElseThrow());
            robot.clickOn(row);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(again.doc().source().name()).isEqualTo(SEED);

            assertThat(again.doc().spans()).contains(erbil.withLabel(Label.LOC)).doesNotContain(erbil, marker);
            assertThat(again.doc().spans()).as("the second Erbil was not touched")
                    .contains(find(again, "Erbil", Label.PER, erbil.end()));
            List<String> styles = onFx(() -> List.copyOf(again.window.cableView().area().getStyleOfChar(erbil.start())));
            assertThat(styles).contains("bg-loc");
            assertThat(onFx(() -> List.copyOf(again.window.cableView().area().getStyleOfChar(marker.start())))).isEmpty();
            again.clickText(robot, erbil.start() + 1, erbil.start() + 2);
            assertThat(again.selected()).isEqualTo(erbil.withLabel(Label.LOC));
            assertThat(shownRows(again.window.entityTable().table())).contains(List.of("Erbil", "LOC",
                    NumberCell.format(erbil.start()), NumberCell.format(erbil.end())));
            assertThat(again.label(robot, "#status-counts")).isEqualTo((entities - 1) + " entities, 0 problems here");
        } finally {
            robot.interact(second::close);
        }
    }
}
