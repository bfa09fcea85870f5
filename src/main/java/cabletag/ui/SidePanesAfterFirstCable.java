package cabletag.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The window's start when the first cable goes into its first frame: the side columns hold empty stand-ins
 * in that frame, and the corpus list, the problems and the entity table come in once the cable's highlighted
 * text is on screen ({@link SidePanes#emptyUntilFilled()}). Should that never be said (a cable that cannot be
 * shown, an opening with no cable), the panes come after {@link #LONGEST_WAIT} all the same.
 */
final class SidePanesAfterFirstCable {

    static final Duration LONGEST_WAIT = Duration.seconds(1);

    private SidePanesAfterFirstCable() {
    }

    static void arrange(MainWindow window) {
        SidePanes panes = window.view().panes();
        panes.emptyUntilFilled();
        CorrectorModel model = window.model();
        model.addOnScreenListener(panes::fill);
        model.addStartedListener(() -> {
            if (model.workspace() != null && model.workspace().size() == 0) {
                panes.fill(); // no cable will be on screen: the problems pane says why
            }
        });
        PauseTransition fallback = new PauseTransition(LONGEST_WAIT);
        fallback.setOnFinished(e -> panes.fill());
        // counted from the window on the screen, not from here: showing the window lays out and paints its first
        // frame first (about a second on a cold start), and a wait started before it ran out before the text's
        // frame reached the screen; the panes then filled at once and held that frame back until they were built
        javafx.stage.Window stage = window.scene().getWindow();
        if (stage == null || stage.isShowing()) {
            fallback.play();
        } else {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
                @Override
                public void handle(javafx.stage.WindowEvent shown) {
                    stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                    fallback.play();
                }
            });
        }
    }
}
