package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.TemporaryStoreHome;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warm-up's UI half, with a toolkit: every layout step of the text area and of the entity-like table runs. */
@ExtendWith(ApplicationExtension.class)
class StartupWarmUpWindowTest {

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void laysOutEveryStepOfTheTextAndTheTable() throws Exception {
        try (TemporaryStoreHome store = TemporaryStoreHome.at(home)) {
            assertThat(StartupWarmUp.start(() -> true).get(2, TimeUnit.MINUTES))
                    .as("a step that fails ends the warm-up early")
                    .isEqualTo(StartupWarmUp.layoutSteps());
        }
    }

    @Test
    void stopsAtTheFirstStepAfterItIsNoLongerWanted() throws Exception {
        // as after a quit: the window stops showing after five steps, and the sixth is not laid out
        AtomicInteger asked = new AtomicInteger();
        try (TemporaryStoreHome store = TemporaryStoreHome.at(home)) {
            assertThat(StartupWarmUp.start(() -> asked.incrementAndGet() <= 5).get(2, TimeUnit.MINUTES)).isEqualTo(5);
        }
        assertThat(asked).hasValue(6);
    }
}
