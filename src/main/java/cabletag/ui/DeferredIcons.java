package cabletag.ui;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The window's icons, decoded off the UI thread once the first cable is on screen. Decoding the six PNGs
 * on the UI thread took some 40–60 ms of the start, before the window was built; the desktop shows the
 * icon in the task bar, where a fraction of a second later is not seen. A window that shows no cable
 * (nothing could be opened) gets its icons after {@link #LONGEST_WAIT_SECONDS} all the same.
 */
final class DeferredIcons {

    static final long LONGEST_WAIT_SECONDS = 1;

    private final CountDownLatch firstCable = new CountDownLatch(1);

    private DeferredIcons() {
    }

    /** Starts the thread that will give {@code stage} its icons. */
    static DeferredIcons start(Stage stage) {
        DeferredIcons icons = new DeferredIcons();
        Thread thread = new Thread(() -> icons.giveTo(stage), "cabletag-icons");
        thread.setDaemon(true);
        thread.start();
        return icons;
    }

    /** The first cable is on screen: the icons may be decoded now. */
    void firstCableShown() {
        firstCable.countDown();
    }

    private void giveTo(Stage stage) {
        try {
            firstCable.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<Image> icons = AppIdentity.icons();
        Platform.runLater(() -> stage.getIcons().setAll(icons));
    }
}
