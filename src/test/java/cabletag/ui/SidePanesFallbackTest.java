package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side panes come in at the latest a second after the window is shown, counted from the showing: showing a
 * window lays out and paints its first frame first (about a second on a cold start), and a wait counted from
 * before it ran out before the first cable's frame reached the screen; the panes then came in at once and held
 * that frame back until they were built.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanesFallbackTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
        this.stage = stage;
        window = new MainWindow(stage);
        SidePanesAfterFirstCable.arrange(window); // as the start does, before showing; no cable will say it is on screen
    }

    @Test
    void theWaitForThePanesStartsWhenTheWindowIsShown(FxRobot robot) throws Exception {
        // longer than the wait, with the toolkit free: counted from arrange, the panes would be in by now
        CountDownLatch later = new CountDownLatch(1);
        robot.interact(() -> {
            javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                    SidePanesAfterFirstCable.LONGEST_WAIT.multiply(1.5));
            pause.setOnFinished(e -> later.countDown());
            pause.play();
        });
        assertThat(later.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx(() -> window.view().panes().filled())).as("not before the window is shown").isFalse();

        robot.interact(stage::show);
        CountDownLatch filled = new CountDownLatch(1);
        robot.interact(() -> window.view().panes().whenFilled(filled::countDown));
        assertThat(filled.await(10, TimeUnit.SECONDS)).as("in once the wait after the showing ran out").isTrue();
    }
}
