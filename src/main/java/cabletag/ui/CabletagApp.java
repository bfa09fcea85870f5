package cabletag.ui;

import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The corrector's JavaFX application. Arguments are files and folders to open; without any, the
 * bundled seeds open (see {@link SeedLocator}).
 */
public class CabletagApp extends Application {

    public static final String STYLESHEET = CabletagApp.class.getResource("/cabletag/ui/cabletag.css").toExternalForm();

    private MainWindow window;

    @Override
    public void start(Stage stage) throws IOException {
        StartupTrace.step("toolkit started");
        EarlyOpening early = EarlyOpening.take(getParameters().getRaw());
        List<Path> inputs = getParameters().getRaw().stream().map(Path::of).toList();
        window = new MainWindow(stage);
        StartupTrace.step("window built");
        DeferredIcons icons = DeferredIcons.start(stage);
        new WindowPlacement(cabletag.workspace.StoreLocation.defaultLocation()).attach(stage);
        // The warm-up starts once the first cable is on screen: a large file named on the command line must
        // not share the processor with it.
        boolean[] warming = {false};
        window.model().addOnScreenListener(() -> {
            if (!warming[0]) {
                warming[0] = true;
                icons.firstCableShown();
                if (StartupTrace.wanted()) {
                    StartupTrace.firstCableOnScreen();
                }
                if (StartupTrace.exitWanted()) {
                    javafx.application.Platform.runLater(stage::close);
                    return;
                }
                // after the side panes' own frame, when stand-ins held their places in the first (SidePanes)
                window.view().panes().whenFilled(() -> StartupWarmUp.start(stage::isShowing));
            }
        });
        show(stage, window, early, inputs);
    }

    /**
     * Shows the window and opens what it was started on: the corpus the early opening listed, else {@code inputs}
     * (the seeds when none). A corpus listed while the window was built, with small first cables, goes in before
     * the first frame, so the window's first layout pass is also the cable's, not one for the empty window and
     * another for the cable; otherwise the window shows at once and the cable follows. The first cable's entity
     * list follows its text by a frame, so that the text's frame is not also the list's.
     */
    static void show(Stage stage, MainWindow window, EarlyOpening early, List<Path> inputs) throws IOException {
        Workspace listed = early != null ? early.workspaceToShowAtOnce() : null;
        window.entityTable().listNextAfterText();
        if (listed != null) {
            SidePanesAfterFirstCable.arrange(window);
            window.showOpened(early.inputs(), listed);
        }
        stage.show();
        StartupTrace.step("window shown");
        window.cableView().area().requestFocus();
        if (listed == null && early != null) {
            window.open(early.inputs(), early::workspace); // still being listed, large, or failed (the window says so)
        } else if (listed == null) {
            window.open(inputs.isEmpty() ? SeedLocator.defaultInputs() : inputs);
        }
    }

    public MainWindow window() {
        return window;
    }
}
