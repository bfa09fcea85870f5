package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Ctrl+E in the real window on a corpus big enough for an export to take a while: the progress bar
 * moves, Cancel stops it and leaves nothing behind in the target folder (no output, no staging folder),
 * and an export run to the end shows a summary with the cables, the entities per label and the path.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogWindowTest {

    /** Copies of seed 004 (8 KB, 146 entities each): some 25 MB, which takes the exporter over a second. */
    static final int COPIES = 3_000;

    @TempDir
    static Path temp;
    static Path corpus;

    private WindowDriver w;

    @BeforeAll
    static void bigCorpus() throws Exception {
        corpus = Files.createDirectories(temp.resolve("big"));
        byte[] seed = Files.readAllBytes(Path.of(System.getProperty("cabletag.seeds", "seeds"), ExportCorpus.SEED_TAGGED));
        for (int i = 0; i < COPIES; i++) {
            Files.write(corpus.resolve(String.format("cable-%05d.txt", i)), seed);
        }
    }

    @Start
    void start(Stage stage) {
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
        w = WindowDriver.openIn(stage, corpus);
    }

    private static Stage exportStage() {
        return onFx(() -> Window.getWindows().stream()
                .filter(win -> win instanceof Stage s && "Export".equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T in(Stage dialog, String selector) {
        return (T) onFx(() -> dialog.getScene().lookup(selector));
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            // the folder's export lock stays for the next export (OutputSet.LOCK_FILE); it is no output
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(cabletag.formats.io.OutputSet.LOCK_FILE)).sorted().toList();
        }
    }

    @Test
    void progressMovesCancelWritesNothingAndACompleteExportSummarisesWhatItWrote(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", w.window.model().documentProperty(), java.util.Objects::nonNull);
        // the first cable may show while the folder is still being listed (on a busy machine it did)
        FxAwait.until("the whole folder listed", w.window.model().listedProperty(), listed -> listed);
        assertThat(w.window.model().workspace().size()).isEqualTo(COPIES);
        Map<String, Integer> perCable = new TreeMap<>(LabelCounts.of(w.doc().spans()).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));

        chord(robot, CONTROL, KeyCode.E);
        Stage dialog = exportStage();
        assertThat(dialog).as("Ctrl+E opens the export dialog").isNotNull();
        ChoiceBox<ExportFormat> format = in(dialog, "#export-format");
        ProgressBar progress = in(dialog, ".progress-bar");
        TextArea summary = in(dialog, "#export-summary");
        Button export = in(dialog, "#export-run");
        Button cancel = in(dialog, "#export-cancel");
        assertThat(cancel.isDisabled()).as("nothing to cancel yet").isTrue();

        Path out = Files.createDirectories(temp.resolve("out"));
        Path target = out.resolve("cables.conll");
        robot.interact(() -> format.setValue(ExportFormat.CONLL));
        robot.clickOn("#export-target").write(target.toString());

        // every value the bar takes, seen on the UI thread as it happens
        List<Double> seen = new CopyOnWriteArrayList<>();
        CountDownLatch underway = new CountDownLatch(1);
        robot.interact(() -> progress.progressProperty().addListener((o, was, now) -> {
            seen.add(now.doubleValue());
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                underway.countDown();
            }
        }));
        robot.moveTo(cancel); // the mouse waits on Cancel, so the click needs no travel
        robot.type(KeyCode.ENTER); // Export is the default button
        FxAwait.await("the progress bar to move", underway);
        assertThat(export.isDisabled()).as("one export at a time").isTrue();
        robot.clickOn(cancel);
        FxAwait.until("the cancelled export's end", export.disabledProperty(), disabled -> !disabled);

        String cancelled = onFx(summary::getText);
        assertThat(cancelled).as("the export must still have been running when Cancel was pressed")
                .startsWith("Export cancelled; nothing was written.");
        assertThat(seen).anyMatch(p -> p > 0 && p < 1);
        assertThat(onFx(progress::getProgress)).isZero();
        assertThat(target).doesNotExist();
        assertThat(listing(out)).as("no partial file, no staging folder").isEmpty();
        assertThat(w.window.statusBar().getText()).isEqualTo("Export cancelled; nothing was written.");

        // the same export again, to its end
        long started = System.nanoTime();
        robot.clickOn(export);
        FxAwait.until("the export's end", export.disabledProperty(), disabled -> !disabled);
        double seconds = (System.nanoTime() - started) / 1e9;
        String done = onFx(summary::getText);
        assertThat(done).startsWith(cabletag.core.text.Counted.of(COPIES, "cable", "cables") + ", ");
        for (Map.Entry<String, Integer> label : perCable.entrySet()) {
            assertThat(done).contains("  " + label.getKey() + ": " + cabletag.core.text.Counted.number((long) label.getValue() * COPIES) + "\n");
        }
        assertThat(done).contains("written: [" + target + "]");
        assertThat(onFx(progress::getProgress)).isEqualTo(1.0);
        assertThat(listing(out)).containsExactly("cables.conll");
        assertThat(ExportCorpus.conllCables(target)).hasSize(COPIES);
        // not asserted (a faster machine may export it in under a second; the cancel above is what must hold)
        System.out.printf("ExportDialogWindowTest: a complete conll export of %d cables took %.2f s%n", COPIES, seconds);
        robot.interact(dialog::close);
    }
}
