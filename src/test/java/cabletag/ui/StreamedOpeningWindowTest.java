package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A folder opens streamed: the first cable shows while the rest is still being listed, the corpus list
 * fills as it is, and the status bar says so; a corpus the launcher started opening early is the one shown.
 */
@ExtendWith(ApplicationExtension.class)
class StreamedOpeningWindowTest {

    @TempDir
    static Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
    }

    private static Path corpus(int cables) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        for (int i = 0; i < cables; i++) {
            Files.writeString(corpus.resolve(String.format("%03d.txt", i)),
                    i < 3 ? "Plain text , no tags " + i + " .\n" : "[PER Rubaie  ] met [LOC Tehran  ] " + i + " .\n");
        }
        return corpus;
    }

    @Test
    void theFirstCableShowsWhileTheFolderIsStillListedAndTheListFills(FxRobot robot) throws Exception {
        Path folder = corpus(300);
        CountDownLatch goOn = new CountDownLatch(1);
        MainWindow window = onFx(() -> new MainWindow(stage));
        window.setListingHook(count -> {
            if (count > 64) {
                try {
                    goOn.await(); // the listing holds after its second batch until the test has looked
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        robot.interact(() -> {
            stage.show();
            window.open(List.of(folder));
        });

        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        assertThat(window.model().document().source().name()).as("the first with entities").isEqualTo("003.txt");
        FxAwait.until("the second batch in the list", () -> window.model().cables().size() > 64, window.model().cables());
        int listed = window.model().cables().size();
        assertThat(listed).isLessThan(300);
        assertThat(window.model().listedProperty().get()).isFalse();
        assertThat(robot.lookup("#status-progress").queryLabeled().getText()).contains("listing " + listed + " cables…");
        assertThat(onFx(() -> window.corpusPane().table().getItems().size())).isEqualTo(listed);

        goOn.countDown();
        FxAwait.until("the whole folder listed", window.model().listedProperty(), Boolean.TRUE::equals);
        assertThat(window.model().cables()).extracting(cabletag.workspace.CableEntry::name)
                .isEqualTo(java.util.stream.IntStream.range(0, 300).mapToObj(i -> String.format("%03d.txt", i)).toList());
        assertThat(robot.lookup("#status-progress").queryLabeled().getText()).doesNotContain("listing");
        assertThat(window.model().document().source().name()).as("still where it started").isEqualTo("003.txt");
        robot.interact(stage::close);
    }

    @Test
    void aCorpusOpenedWhileTheToolkitStartedIsTheOneShown(FxRobot robot) throws Exception {
        Path folder = corpus(5);
        EarlyOpening.start(new String[] {folder.toString()});
        EarlyOpening early = onFx(() -> EarlyOpening.take(List.of(folder.toString())));
        assertThat(early).isNotNull();
        assertThat(onFx(() -> EarlyOpening.take(List.of(folder.toString())))).as("taken once").isNull();

        MainWindow window = onFx(() -> new MainWindow(stage));
        robot.interact(() -> {
            stage.show();
            window.open(early.inputs(), early::workspace);
        });
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        FxAwait.until("the whole folder listed", window.model().listedProperty(), Boolean.TRUE::equals);
        assertThat(window.model().document().source().name()).isEqualTo("003.txt");
        assertThat(window.model().workspace().inputs()).containsExactly(folder);
        robot.interact(stage::close);
    }

    @Test
    void aSmallCorpusListedWhileTheWindowWasBuiltIsInItsFirstFrame(FxRobot robot) throws Exception {
        Path folder = corpus(5);
        EarlyOpening early = listedEarly(folder);
        assertThat(early.workspaceToShowAtOnce()).as("listed, and every first cable small").isNotNull();
        assertThat(early.workspace().cables()).as("read on the opening's thread: up to the cable to start on")
                .extracting(cabletag.workspace.CableEntry::entityCount).containsExactly(0, 0, 0, 2, -1);

        MainWindow window = onFx(() -> new MainWindow(stage));
        FirstFrame first = showAsTheLauncherDoes(robot, window, early, folder);
        assertThat(first.cable()).as("the cable shown when the window first shows").isEqualTo("003.txt");
        assertThat(first.entityRows()).as("its entities are listed once its text is on screen, not in the same frame").isZero();
        assertThat(first.panes()).as("the side panes come once its text is on screen, not in the same frame").isFalse();
        FxAwait.until("the first cable's entities listed", () -> window.entityTable().table().getItems().size() == 2,
                window.entityTable().table().getItems());
        FxAwait.until("the side panes in", () -> window.view().panes().filled(), window.view().panes().node().getItems());
        assertThat(first.panesOnceTextOnScreen()[0]).as("the panes came as the text was on screen").isTrue();
        assertThat(onFx(() -> window.corpusPane().getScene())).as("the corpus list in the window").isNotNull();
        assertThat(robot.lookup(".pane-stand-in").queryAll()).as("no stand-in left").isEmpty();
        FxAwait.until("the whole folder listed", window.model().listedProperty(), Boolean.TRUE::equals);
        assertThat(window.model().cables()).hasSize(5);
        robot.interact(stage::close);
    }

    @Test
    void aLargeFirstCableIsReadAfterTheWindowShows(FxRobot robot) throws Exception {
        Path folder = corpus(5);
        // the first cable the window reads is as large as the text view highlights off the UI thread
        Files.writeString(folder.resolve("000.txt"), "[PER Rubaie  ] met officials .\n".repeat((int) (EarlyOpening.SMALL_CABLE_BYTES / 30) + 1));
        EarlyOpening early = listedEarly(folder);
        assertThat(early.workspace().fileSize(0)).isGreaterThanOrEqualTo(EarlyOpening.SMALL_CABLE_BYTES);
        assertThat(early.workspaceToShowAtOnce()).as("listed, but its first cable is large").isNull();

        MainWindow window = onFx(() -> new MainWindow(stage));
        FirstFrame first = showAsTheLauncherDoes(robot, window, early, folder);
        assertThat(first.cable()).as("the window shows before the large cable is read").isEqualTo("no cable");
        assertThat(first.panes()).as("with its panes: nothing to show before them").isTrue();
        FxAwait.until("the large cable", window.model().documentProperty(), java.util.Objects::nonNull);
        assertThat(window.model().document().source().name()).isEqualTo("000.txt");
        robot.interact(stage::close);
    }

    /**
     * What the window held at the moment it first showed: its cable's name ("no cable"), its entity list's rows,
     * and whether its side columns held the panes themselves (or their stand-ins).
     */
    private record FirstFrame(String cable, int entityRows, boolean panes, boolean[] panesOnceTextOnScreen) { }

    /** Shows {@code window} on {@code early}'s corpus through the launcher's own {@link CabletagApp#show}. */
    private FirstFrame showAsTheLauncherDoes(FxRobot robot, MainWindow window, EarlyOpening early, Path folder) {
        FirstFrame[] first = {new FirstFrame("the window was never shown", -1, false, new boolean[1])};
        stage.showingProperty().addListener((o, was, now) -> {
            if (now) {
                first[0] = new FirstFrame(window.model().document() == null ? "no cable" : window.model().document().source().name(),
                        window.entityTable().table().getItems().size(), window.view().panes().filled(), new boolean[1]);
                // after the launcher's own listeners: what they left once the first text was on screen
                window.model().addOnScreenListener(() -> first[0].panesOnceTextOnScreen()[0] = window.view().panes().filled());
            }
        });
        robot.interact(() -> {
            try {
                CabletagApp.show(stage, window, early, List.of(folder));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return first[0];
    }

    /** Starts the early opening of {@code folder} as the launcher does, takes it as the window does, and waits for its first cables. */
    private static EarlyOpening listedEarly(Path folder) throws Exception {
        EarlyOpening.start(new String[] {folder.toString()});
        EarlyOpening early = onFx(() -> EarlyOpening.take(List.of(folder.toString())));
        assertThat(early).isNotNull();
        early.workspace(); // waits for the first batch: the window's own timing is not what these tests decide by
        return early;
    }
}
