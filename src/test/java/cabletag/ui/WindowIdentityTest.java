package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.StoreLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The app as the desktop sees it: the window comes back where it was closed (and centred when that place
 * is on no screen now), the About box shows the build's version, the title names the app and the cable.
 */
@ExtendWith(ApplicationExtension.class)
class WindowIdentityTest {

    @TempDir
    Path temp;

    private Stage first;

    @Start
    void start(Stage stage) {
        this.first = stage;
    }

    /** Runs on the UI thread and waits; only a hang ends the wait (the machine may be shared by many builds). */
    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(query).get(FxAwait.HANG.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private WindowPlacement placement() {
        return new WindowPlacement(new StoreLocation(temp.resolve("home")));
    }

    /** A new window with its placement attached, shown, as the app makes it. */
    private Stage showPlaced(WindowPlacement placement) {
        return onFx(() -> {
            Stage stage = new Stage();
            new MainWindow(stage);
            placement.attach(stage);
            stage.show();
            return stage;
        });
    }

    @Test
    void aMovedAndResizedWindowReopensWithTheSameBounds() throws Exception {
        WindowPlacement placement = placement();
        Stage before = showPlaced(placement);
        onFx(() -> {
            before.setX(60);
            before.setY(40);
            before.setWidth(900);
            before.setHeight(610);
            return null;
        });
        onFx(() -> {
            before.close();
            return null;
        });
        assertThat(placement.file()).as("the place is written when the window closes").isRegularFile();
        assertThat(Files.readString(placement.file(), StandardCharsets.ISO_8859_1)).contains("width=900.0");

        Stage after = showPlaced(new WindowPlacement(new StoreLocation(temp.resolve("home"))));
        assertThat(onFx(() -> List.of(after.getX(), after.getY(), after.getWidth(), after.getHeight())))
                .containsExactly(60.0, 40.0, 900.0, 610.0);
        onFx(() -> {
            after.close();
            return null;
        });
    }

    @Test
    void aPlaceOffEveryScreenFallsBackToCentred() throws Exception {
        WindowPlacement placement = placement();
        Files.createDirectories(placement.file().getParent());
        Files.writeString(placement.file(), "x=-5000.0\ny=-4000.0\nwidth=800.0\nheight=500.0\nmaximized=false\n");
        Stage stage = showPlaced(placement);
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        double centreX = onFx(() -> stage.getX() + stage.getWidth() / 2);
        double y = onFx(stage::getY);
        double width = onFx(stage::getWidth);
        assertThat(width).as("the saved size is not used with a place on no screen").isNotEqualTo(800.0);
        assertThat(centreX).as("centred across the primary screen").isCloseTo(screen.getMinX() + screen.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));
        assertThat(y).as("on the screen").isBetween(screen.getMinY(), screen.getMaxY() - WindowPlacement.VISIBLE_STRIP);
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aPlaceIsUsedOnlyWhenItsTitleBarIsOnAScreen() {
        List<Rectangle2D> twoScreens = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 1280, 1024));
        assertThat(WindowPlacement.onSomeScreen(new WindowPlacement.Bounds(2000, 100, 800, 600, false), twoScreens)).isTrue();
        assertThat(WindowPlacement.onSomeScreen(new WindowPlacement.Bounds(3300, 100, 800, 600, false), twoScreens)).isFalse();
        assertThat(WindowPlacement.onSomeScreen(new WindowPlacement.Bounds(100, -700, 800, 600, false), twoScreens)).isFalse();
        assertThat(WindowPlacement.onSomeScreen(new WindowPlacement.Bounds(-780, 10, 800, 600, false), twoScreens))
                .as("20 px of title bar is too little to grab").isFalse();
    }

    @Test
    void aPlaceLargerThanItsScreenIsShrunkAndMovedOntoIt() {
        List<Rectangle2D> small = List.of(new Rectangle2D(0, 0, 1024, 700));
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(10, 20, 1600, 1000, false), small))
                .as("saved on a larger display").isEqualTo(new WindowPlacement.Bounds(0, 0, 1024, 700, false));
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(500, 300, 900, 600, true), small))
                .as("fits in size but hangs off the bottom right: moved, not resized")
                .isEqualTo(new WindowPlacement.Bounds(124, 100, 900, 600, true));
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(60, 40, 900, 610, false), small))
                .as("a place that fits is kept").isEqualTo(new WindowPlacement.Bounds(60, 40, 900, 610, false));
        List<Rectangle2D> twoScreens = List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 1280, 1024));
        assertThat(WindowPlacement.fitted(new WindowPlacement.Bounds(2000, 100, 1900, 1060, false), twoScreens))
                .as("fitted to the screen its title bar is on, not the larger one")
                .isEqualTo(new WindowPlacement.Bounds(1920, 0, 1280, 1024, false));
    }

    @Test
    void aSavedPlaceLargerThanTheScreenOpensInsideIt() throws Exception {
        WindowPlacement placement = placement();
        Files.createDirectories(placement.file().getParent());
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        Files.writeString(placement.file(), "x=" + screen.getMinX() + "\ny=" + screen.getMinY() + "\nwidth="
                + (screen.getWidth() + 600) + "\nheight=" + (screen.getHeight() + 400) + "\nmaximized=false\n");
        Stage stage = showPlaced(placement);
        assertThat(onFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void aDamagedPlaceFileIsIgnored() throws Exception {
        WindowPlacement placement = placement();
        Files.createDirectories(placement.file().getParent());
        Files.writeString(placement.file(), "x=left\nwidth=\n");
        assertThat(placement.load()).isEmpty();
    }

    @Test
    void theAboutBoxShowsTheBuildsVersion() {
        String expected = System.getProperty("cabletag.expectedVersion");
        assertThat(expected).as("surefire passes the POM's version").isNotBlank();
        assertThat(AppIdentity.version()).isEqualTo(expected);
        MainWindow window = onFx(() -> new MainWindow(first));
        onFx(() -> {
            first.show();
            window.actions().get("about").handler().run();
            return null;
        });
        DialogPane about = onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().lookup("#about-box")).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst().orElseThrow());
        assertThat(onFx(about::getHeaderText)).isEqualTo("cabletag " + expected);
        assertThat(onFx(() -> ((Stage) about.getScene().getWindow()).getTitle())).isEqualTo("About cabletag");
        onFx(() -> {
            about.getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void theTitleNamesTheAppThenTheCable() throws Exception {
        assertThat(AppIdentity.title("", false)).isEqualTo("cabletag");
        assertThat(AppIdentity.title("004.txt", true)).isEqualTo("cabletag — 004.txt •");
        Path corpus = WindowDriver.seedCorpus(temp, ExportCorpus.SEED_TAGGED);
        WindowDriver driver = onFx(() -> WindowDriver.openWithFreshStore(first, temp, corpus)).awaitOpened();
        assertThat(onFx(first::getTitle)).isEqualTo("cabletag — " + driver.doc().source().name());
    }

    @Test
    void theIconComesInEverySize() {
        assertThat(onFx(AppIdentity::icons)).extracting(i -> (int) i.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
    }
}
