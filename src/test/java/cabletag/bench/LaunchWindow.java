package cabletag.bench;

import cabletag.ui.CabletagApp;
import javafx.application.Application;

/** Manual runs: opens the corrector window on the given files/folders (or the seeds). */
public final class LaunchWindow {

    private LaunchWindow() {
    }

    public static void main(String[] args) {
        Application.launch(CabletagApp.class, args);
    }
}
