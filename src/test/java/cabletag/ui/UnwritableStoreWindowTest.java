package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window on a store it cannot write (here a file where {@code store/cables} should be, which fails every
 * write, root's too): Ctrl+S says why in the status bar and the Problems pane instead of throwing on the UI
 * thread, quitting (Ctrl+Q or the window's close button) with corrections not saved asks first and can be
 * refused, the edits stay in the window, and Ctrl+S saves them once the store can be written.
 */
class UnwritableStoreWindowTest extends ThreeCableWindowTest {

    private Stage stage;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage(); // a stage of its own: these tests close it, and a closed primary stage is not shown again
        open(stage);
        // what the UI thread throws from a key or a window event goes here, not to a log nobody reads
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    }

    @AfterEach
    void restoreHandler() {
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            return null;
        });
    }

    private Path home() {
        return Path.of(System.getProperty("cabletag.home"));
    }

    private Path blockStore() throws Exception {
        Path store = home().resolve("store");
        Path cables = store.resolve("cables");
        Files.createDirectories(store);
        Files.deleteIfExists(cables); // nothing written into it yet
        Files.writeString(cables, "a file where the folder should be");
        return cables;
    }

    private void deleteRubaie(FxRobot robot) {
        w.tabTo(robot, "Rubaie");
        robot.type(KeyCode.DELETE);
        assertThat(w.entities()).doesNotContain("PER Rubaie");
    }

    private String failure(Path cables) {
        return "the corrections of 1 cable could not be saved to " + cables.getParent() + ": a file is in the way (" + cables + ")";
    }

    /** The warning shown on quitting with corrections not saved, or null. */
    private DialogPane warning() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(window -> window.getScene().lookup("#unsaved-corrections"))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private DialogPane awaitWarning() {
        FxAwait.until("the warning on quitting", () -> warning() != null, Window.getWindows());
        return onFx(this::warning);
    }

    private void press(FxRobot robot, DialogPane dialog, String button) {
        Button found = onFx(() -> dialog.getButtonTypes().stream().map(dialog::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow(() -> new AssertionError("no button " + button)));
        robot.clickOn(found);
        FxAwait.until("the warning closed", () -> warning() == null, Window.getWindows());
    }

    @Test
    void saveSaysWhyQuitAsksFirstAndTheEditsAreSavedOnceTheStoreCanBeWritten(FxRobot robot) throws Exception {
        w.awaitOpened();
        Path cables = blockStore();
        deleteRubaie(robot);

        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(uncaught).as("nothing thrown on the UI thread").isEmpty();
        assertThat(onFx(() -> w.window.statusBar().getText())).as("short: the save state stays in view")
                .isEqualTo("Not saved: the store cannot be written (a file is in the way) — details in Problems; fix it, then Ctrl+S");
        assertThat(onFx(() -> w.window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList()))
                .as("the failed write and the failed save, said once").filteredOn(line -> line.contains("a file is in the way (" + cables + ")"))
                .hasSize(1);
        int problemsBefore = onFx(() -> w.window.model().problemCountProperty().get());

        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Q);
        DialogPane warning = awaitWarning();
        assertThat(onFx(warning::getContentText)).startsWith("The c" + failure(cables).substring(5) + ".\nNot saved: a.txt.\n");
        press(robot, warning, "Don't quit");
        assertThat(onFx(stage::isShowing)).as("Don't quit keeps the window").isTrue();
        assertThat(w.entities()).as("the edit is still there").doesNotContain("PER Rubaie");

        Files.delete(cables); // the analyst puts the store right
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(onFx(() -> w.window.statusBar().getText())).isEqualTo("Saved");
        assertThat(onFx(() -> w.window.model().dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> w.window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList()))
                .as("the store took the edits: its lines are gone").noneMatch(line -> line.contains(cables.getParent().toString()));
        assertThat(onFx(() -> w.window.model().problemCountProperty().get())).as("and are no longer counted")
                .isEqualTo(problemsBefore - 1);

        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Q);
        FxAwait.until("the window closed without asking", stage.showingProperty(), Boolean.FALSE::equals);
        assertThat(uncaught).isEmpty();
        try (Workspace reopened = Workspace.open(List.of(w.corpus), new StoreLocation(home()), null)) {
            int a = reopened.cables().stream().filter(c -> c.name().equals("a.txt")).findFirst().orElseThrow().index();
            assertThat(WindowDriver.entities(reopened.document(a))).as("the deletion saved").doesNotContain("PER Rubaie")
                    .contains("LOC Najaf");
        }
    }

    /**
     * An entity the analyst added, then deleted, keeps its place with the rejected suggestions; when that file cannot be
     * written, the deletion's status line said so, and quitting let the place go without a word.
     */
    @Test
    void quittingWithDeletedPlacesNotKeptAsksAndCtrlSKeepsThem(FxRobot robot) throws Exception {
        w.awaitOpened();
        Workspace workspace = onFx(w.window.model()::workspace);
        int a = workspace.cables().stream().filter(c -> c.name().equals("a.txt")).findFirst().orElseThrow().index();
        int staff = onFx(() -> workspace.document(a).text().indexOf("staff"));
        Path rejected = workspace.rejections().file();
        Files.createDirectories(rejected.resolve("held")); // a folder with a file where the file should be
        onFx(() -> {
            workspace.add(a, staff, staff + 5, cabletag.core.Label.MISC);
            workspace.delete(a, cabletag.core.Span.of(staff, staff + 5, "MISC"));
            return null;
        });
        assertThat(onFx(workspace::lastEditNote)).startsWith("Not kept for the next session: " + rejected);

        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Q);
        DialogPane warning = awaitWarning();
        assertThat(onFx(warning::getHeaderText)).isEqualTo("Deletions not kept for the next session");
        assertThat(onFx(warning::getContentText)).startsWith("The places where you deleted entities are not kept for the next"
                + " session: " + rejected + " cannot be written (");
        press(robot, warning, "Don't quit");
        assertThat(onFx(stage::isShowing)).isTrue();

        Files.delete(rejected.resolve("held"));
        Files.delete(rejected); // the analyst puts it right
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.S);
        assertThat(onFx(() -> w.window.statusBar().getText())).isEqualTo("Saved");
        assertThat(Files.readString(rejected)).contains("\"staff\"").contains("\"deleted\"");
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Q);
        FxAwait.until("the window closed without asking", stage.showingProperty(), Boolean.FALSE::equals);
        assertThat(uncaught).isEmpty();
    }

    @Test
    void closingTheWindowWithCorrectionsNotSavedAsksAndMayLoseThem(FxRobot robot) throws Exception {
        w.awaitOpened();
        Path cables = blockStore();
        deleteRubaie(robot);
        w.tabTo(robot, "National Security Council");
        robot.type(KeyCode.DIGIT2); // and relabel another entity of the same cable

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))); // the close button
        DialogPane warning = awaitWarning();
        assertThat(onFx(warning::getContentText)).startsWith("The c" + failure(cables).substring(5) + ".");
        press(robot, warning, "Quit and lose them");
        FxAwait.until("the window closed", stage.showingProperty(), Boolean.FALSE::equals);
        assertThat(uncaught).as("closing throws nothing").isEmpty();
        assertThat(onFx(w.window.model()::workspace).isDirty()).as("the edits were not saved, as the warning said").isTrue();
    }

    @Test
    void openingOtherCablesWithCorrectionsNotSavedAsksAndMayStay(FxRobot robot) throws Exception {
        w.awaitOpened();
        Path cables = blockStore();
        deleteRubaie(robot);
        Workspace open = onFx(w.window.model()::workspace);

        Platform.runLater(() -> w.window.open(List.of(w.corpus))); // File ▸ Open of the same folder, a drop
        DialogPane warning = awaitWarning();
        assertThat(onFx(warning::getContentText)).startsWith("The c" + failure(cables).substring(5) + ".");
        press(robot, warning, "Don't open");
        assertThat(onFx(w.window.model()::workspace)).as("the cables open stay open").isSameAs(open);
        assertThat(w.entities()).doesNotContain("PER Rubaie");
        assertThat(uncaught).isEmpty();
    }
}
