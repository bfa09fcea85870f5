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
        fallback.play();
    }
}
