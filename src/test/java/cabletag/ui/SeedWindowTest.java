package cabletag.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window tests on seed 004: the seed is copied once per test class, each test opens it in a new
 * window with a fresh store. A subclass declares its own {@code @Start} calling {@link #open}: TestFX
 * looks for {@code @Start} only among the test class's own methods.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SeedWindowTest {

    static final String SEED_004 = "004_139b5bbd77eb63a8.txt";

    @TempDir
    static Path temp;
    static Path corpus;

    MainWindow window;

    @BeforeAll
    static void seed004() throws Exception {
        corpus = WindowDriver.seedCorpus(temp, SEED_004);
    }

    void open(javafx.stage.Stage stage) {
        window = WindowDriver.openWithFreshStore(stage, temp, corpus).window;
    }
}
