package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The one-pixel node changes in the pulse after each pulse that laid something out, and in no other: that is
 * what gives JavaFX's CSS-only pulse a one-pixel dirty region instead of the whole window (the effect itself is
 * read from the pulse log, docs/PERFORMANCE.md).
 */
@ExtendWith(ApplicationExtension.class)
class OnePixelRepaintTest {

    private Scene scene;
    private Label label;
    private BorderPane root;
    private OnePixelRepaint repaint;

    @Start
    void start(Stage stage) {
        label = new Label("Rubaie");
        root = new BorderPane(new StackPane(label));
        scene = new Scene(root, 300, 200);
        repaint = OnePixelRepaint.install(scene, root);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePixelChangesAfterALayoutAndThenRestsAgain() {
        assertThat(settle()).as("a window with nothing to lay out comes to rest").isTrue();
        int before = WindowDriver.onFx(repaint::changes);
        double opacity = WindowDriver.onFx(() -> repaint.pixel().getOpacity());
        awaitPulse();
        assertThat(WindowDriver.onFx(repaint::changes)).as("a pulse after one with nothing to lay out").isEqualTo(before);

        WindowDriver.onFx(() -> {
            label.setText("Rubaie met officials in Tehran");
            return null;
        });
        awaitPulse(); // lays the longer text out: the pixel has not changed yet, this pulse paints the text
        assertThat(WindowDriver.onFx(repaint::changes)).isEqualTo(before);
        awaitPulse(); // the pulse after it
        assertThat(WindowDriver.onFx(repaint::changes)).isGreaterThan(before);
        assertThat(settle()).as("its own change lays nothing out: no pulse for ever").isTrue();
        assertThat(WindowDriver.onFx(() -> repaint.pixel().getOpacity())).isBetween(0.0, 0.05).isNotEqualTo(0.0);
        assertThat(opacity).isBetween(0.0, 0.05);
    }

    @Test
    void thePixelTakesNoRoomAndNoClicks() {
        assertThat(settle()).isTrue();
        WindowDriver.onFx(() -> {
            assertThat(repaint.pixel().getParent()).isSameAs(root);
            assertThat(repaint.pixel().isManaged()).isFalse();
            assertThat(repaint.pixel().isMouseTransparent()).isTrue();
            assertThat(repaint.pixel().getWidth()).isEqualTo(1);
            assertThat(repaint.pixel().getHeight()).isEqualTo(1);
            assertThat(repaint.pixel().getOpacity()).isLessThan(0.05);
            assertThat(repaint.pixel().getBackground()).isNull();
            // the stage may keep the size an earlier test gave it: the centre fills whatever the scene is
            assertThat(((javafx.scene.layout.Region) root.getCenter()).getWidth()).as("the root lays its content out as if the pixel were not there")
                    .isEqualTo(scene.getWidth());
            assertThat(((javafx.scene.layout.Region) root.getCenter()).getHeight()).isEqualTo(scene.getHeight());
            return null;
        });
    }

    /** Pulses until one leaves the pixel as it was (the one before laid nothing out); false if none of 50 does. */
    private boolean settle() {
        for (int pulse = 0; pulse < 50; pulse++) {
            int before = WindowDriver.onFx(repaint::changes);
            awaitPulse();
            if (WindowDriver.onFx(repaint::changes) == before) {
                return true;
            }
        }
        return false;
    }

    /** Waits for the next pulse of the scene to have run its layout pass. */
    private void awaitPulse() {
        CountDownLatch pulsed = new CountDownLatch(1);
        Platform.runLater(() -> NextPulse.afterLayout(scene, pulsed::countDown));
        FxAwait.await("the next pulse", pulsed);
    }
}
