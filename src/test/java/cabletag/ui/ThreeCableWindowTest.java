package cabletag.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window tests on {@link WindowDriver#openThreeCables}: each test gets the three cables in a new
 * folder and a new window with a fresh store. A subclass declares its own {@code @Start} calling
 * {@link #open}: TestFX looks for {@code @Start} only among the test class's own methods.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ThreeCableWindowTest {

    @TempDir
    static Path temp;

    WindowDriver w;

    void open(javafx.stage.Stage stage) throws Exception {
        w = WindowDriver.openThreeCables(stage, temp);
    }
}
