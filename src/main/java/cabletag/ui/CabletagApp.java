package cabletag.ui;

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
        stage.getIcons().setAll(AppIdentity.icons());
        new WindowPlacement(cabletag.workspace.StoreLocation.defaultLocation()).attach(stage);
        stage.show();
        StartupTrace.step("window shown");
        window.cableView().area().requestFocus();
        // The warm-up starts once the first cable is on screen: a large file named on the command line must
        // not share the processor with it.
        boolean[] warming = {false};
        window.model().addOnScreenListener(() -> {
            if (!warming[0]) {
                warming[0] = true;
                if (StartupTrace.wanted()) {
                    StartupTrace.firstCableOnScreen();
                }
                if (StartupTrace.exitWanted()) {
                    javafx.application.Platform.runLater(stage::close);
                    return;
                }
                StartupWarmUp.start();
            }
        });
        if (early != null) {
            window.open(early.inputs(), early::workspace); // listed while the window was being built
        } else {
            window.open(inputs.isEmpty() ? SeedLocator.defaultInputs() : inputs);
        }
    }

    public MainWindow window() {
        return window;
    }
}
