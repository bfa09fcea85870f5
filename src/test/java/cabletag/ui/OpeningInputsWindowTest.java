package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import cabletag.workspace.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The other ways into the window besides the command line: dropping files or a folder on it, and
 * File ▸ Open recent. A real drag from the desktop cannot be made headless, so the drag events the
 * desktop would send are fired at the cable text with a dragboard carrying the files; everything from
 * the scene's handlers on is the real window.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningInputsWindowTest {

    @TempDir
    Path temp;

    private Path home;
    private Path folder;
    private Path single;
    private Stage stage;
    private MainWindow window;
    private final AtomicReference<Workspace> opened = new AtomicReference<>();
    /** One permit per workspace the window opened: what awaitOpened waits for. */
    private final java.util.concurrent.Semaphore openings = new java.util.concurrent.Semaphore(0);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = temp.resolve("home");
        System.setProperty("cabletag.home", home.toString());
        folder = Files.createDirectories(temp.resolve("cables"));
        Files.writeString(folder.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        Files.writeString(folder.resolve("b.txt"), "[LOC Erbil  ] is far .\n");
        single = Files.writeString(temp.resolve("single.txt"), "[ORG MNF-I  ] left [LOC Basra  ] .\n");
        showWindow();
        stage.show();
    }

    private void showWindow() {
        window = new MainWindow(stage);
        window.setOnOpened(workspace -> {
            opened.set(workspace);
            openings.release();
        });
    }

    // ---- drag and drop ----

    @Test
    void droppingAFolderOpensItsCables(FxRobot robot) throws Exception {
        DragEvent over = drag(robot, DragEvent.DRAG_OVER, files(folder));
        assertThat(over.isAccepted()).isTrue();
        assertThat(over.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);

        DragEvent drop = drag(robot, DragEvent.DRAG_DROPPED, files(folder));

        assertThat(drop.isDropCompleted()).isTrue();
        assertThat(awaitOpened().inputs()).containsExactly(folder);
        assertThat(corpusRows()).containsExactly("a.txt", "b.txt");
        assertThat(window.model().document().source().name()).isEqualTo("a.txt");
        assertThat(shownText()).isEqualTo("Rubaie met Tehran .\n");
    }

    @Test
    void droppingAFileReplacesWhatWasOpen(FxRobot robot) throws Exception {
        openFromCommandLine(robot, folder);
        assertThat(corpusRows()).containsExactly("a.txt", "b.txt");

        DragEvent drop = drag(robot, DragEvent.DRAG_DROPPED, files(single));

        assertThat(drop.isDropCompleted()).isTrue();
        assertThat(awaitOpened().inputs()).containsExactly(single);
        assertThat(corpusRows()).containsExactly("single.txt");
        assertThat(shownText()).isEqualTo("MNF-I left Basra .\n");
        assertThat(recentEntries()).startsWith(single.toString(), folder.toString());
    }

    @Test
    void refusesADragThatCarriesNoFiles(FxRobot robot) {
        ClipboardContent link = new ClipboardContent();
        link.putString("https://example.org/cables/single.txt");
        link.putUrl("https://example.org/cables/single.txt");

        assertThat(drag(robot, DragEvent.DRAG_OVER, link).isAccepted()).isFalse();
        DragEvent drop = drag(robot, DragEvent.DRAG_DROPPED, link);

        assertThat(drop.isDropCompleted()).isFalse();
        assertThat(statusText(robot)).isEqualTo("Nothing opened: only files and folders can be dropped here");
        assertNothingOpened();
    }

    @Test
    void aDroppedFileThatIsGoneIsNamedAndNothingIsOpened(FxRobot robot) throws Exception {
        openFromCommandLine(robot, single);
        Path gone = temp.resolve("gone.txt");

        DragEvent drop = drag(robot, DragEvent.DRAG_DROPPED, files(folder, gone));

        assertThat(drop.isDropCompleted()).isFalse();
        assertThat(statusText(robot)).isEqualTo("Nothing opened: " + gone + " does not exist (no such file or folder)");
        assertThat(corpusRows()).containsExactly("single.txt");
        assertThat(shownText()).isEqualTo("MNF-I left Basra .\n");
        assertThat(recentEntries()).containsExactly(single.toString());
    }

    // ---- Open recent ----

    @Test
    void recentListsTheLastInputsNewestFirstOnceEachAndReopensThem(FxRobot robot) throws Exception {
        // Earlier sessions filled the list; a new window shows them before anything is opened.
        List<Path> earlier = new ArrayList<>();
        RecentInputs stored = new RecentInputs(home.resolve("recent.txt"));
        for (int i = 0; i < RecentInputs.LIMIT; i++) {
            earlier.add(0, temp.resolve("earlier-" + i + ".txt"));
            stored.remember(List.of(earlier.get(0)));
        }
        robot.interact(this::showWindow);
        assertThat(recentEntries()).containsExactlyElementsOf(earlier.stream().map(Path::toString).toList());

        openFromCommandLine(robot, folder);
        openFromCommandLine(robot, single);

        List<String> expected = new ArrayList<>(List.of(single.toString(), folder.toString()));
        earlier.stream().limit(RecentInputs.LIMIT - 2).forEach(path -> expected.add(path.toString()));
        assertThat(recentEntries()).containsExactlyElementsOf(expected);

        robot.interact(() -> recentItem(folder.toString()).fire());

        assertThat(awaitOpened().inputs()).containsExactly(folder);
        assertThat(corpusRows()).containsExactly("a.txt", "b.txt");
        assertThat(shownText()).isEqualTo("Rubaie met Tehran .\n");
        expected.set(0, folder.toString());
        expected.set(1, single.toString());
        assertThat(recentEntries()).as("reopening moves the entry to the top, never twice").containsExactlyElementsOf(expected);
        assertThat(Files.readAllLines(home.resolve("recent.txt"))).hasSize(RecentInputs.LIMIT);
    }

    // ---- helpers ----

    private static ClipboardContent files(Path... paths) {
        ClipboardContent content = new ClipboardContent();
        List<File> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(path.toFile());
        }
        content.putFiles(files);
        return content;
    }

    /** Sends one drag event the way the desktop does: at a point over the cable text, from outside the app. */
    private DragEvent drag(FxRobot robot, EventType<DragEvent> type, ClipboardContent content) {
        AtomicReference<DragEvent> sent = new AtomicReference<>();
        robot.interact(() -> {
            Node target = window.cableView().area();
            Point2D inScene = target.localToScene(20, 20);
            Point2D onScreen = target.localToScreen(20, 20);
            DragEvent event = new DragEvent(target, target, type, DesktopDragboard.carrying(content), inScene.getX(),
                    inScene.getY(), onScreen.getX(), onScreen.getY(), TransferMode.COPY, null, null, null);
            Event.fireEvent(target, event);
            sent.set(event);
        });
        return sent.get();
    }

    /** What {@code java -jar cabletag.jar PATH} does once the window is up. */
    private Workspace openFromCommandLine(FxRobot robot, Path input) throws Exception {
        robot.interact(() -> window.open(List.of(input)));
        return awaitOpened();
    }

    /** Waits until the window shows the workspace it was last asked to open, and hands it over. */
    private Workspace awaitOpened() throws Exception {
        if (!openings.tryAcquire(FxAwait.HANG.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the window opened nothing in " + FxAwait.HANG.toMinutes() + " minutes: it hangs");
        }
        openings.drainPermits(); // the workspace shown is the last one opened
        WaitForAsyncUtils.waitForFxEvents();
        return opened.getAndSet(null);
    }

    private void assertNothingOpened() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isNull();
        assertThat(window.model().document()).isNull();
        assertThat(recentEntries()).isEmpty();
    }

    private List<String> corpusRows() {
        return window.corpusPane().table().getItems().stream().map(CableEntry::name).toList();
    }

    private String shownText() {
        return window.cableView().area().getText();
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private Menu recentMenu() {
        MenuBar bar = (MenuBar) window.scene().lookup("#menu-bar");
        Menu file = bar.getMenus().stream().filter(menu -> menu.getText().equals("File")).findFirst().orElseThrow();
        return file.getItems().stream().filter(item -> item instanceof Menu && item.getText().equals("Open recent"))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    private List<String> recentEntries() {
        return recentMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private MenuItem recentItem(String text) {
        return recentMenu().getItems().stream().filter(item -> item.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + recentEntries()));
    }
}
