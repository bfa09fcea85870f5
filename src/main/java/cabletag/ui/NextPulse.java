package cabletag.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for the scene's next pulse, once it has applied CSS and laid the scene out: what the renderer then paints. */
public final class NextPulse {

    private NextPulse() {
    }

    /**
     * Runs {@code inPulse} once, inside the next pulse of {@code scene}, after its layout pass, and asks for that
     * pulse. Call on the UI thread.
     */
    public static void afterLayout(Scene scene, Runnable inPulse) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            inPulse.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
