package cabletag.cli;

import cabletag.workspace.TemporaryStoreHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands read the stored corrections: each test of a subclass gets an empty store of its own
 * under {@code dir/home}, never the user's, and the store location is put back afterwards. JUnit runs
 * this set-up before the subclass's own {@code @BeforeEach} and this clean-up after its {@code @AfterEach}.
 */
abstract class WithTemporaryStore {

    @TempDir
    Path dir;

    private TemporaryStoreHome home;

    @BeforeEach
    final void useATemporaryStore() throws IOException {
        home = TemporaryStoreHome.at(Files.createDirectories(dir.resolve("home")));
    }

    @AfterEach
    final void restoreTheStore() {
        home.close();
    }
}
