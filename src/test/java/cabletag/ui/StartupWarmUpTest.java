package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.TemporaryStoreHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupWarmUpTest {

    @TempDir
    Path home;

    @Test
    void warmsUpOnItsOwnThrowAwayFilesAndLeavesNothingBehind() throws Exception {
        try (TemporaryStoreHome store = TemporaryStoreHome.at(home)) {
            List<Path> before = warmUpFolders();
            StartupWarmUp.start().get(2, TimeUnit.MINUTES);
            assertThat(warmUpFolders()).isEqualTo(before);
            try (Stream<Path> inHome = Files.list(home)) {
                assertThat(inHome).as("the analyst's store is not touched").isEmpty();
            }
        }
    }

    @Test
    void readsTheBundledSeed() throws IOException {
        assertThat(StartupWarmUp.class.getResource(StartupWarmUp.SEED_RESOURCE)).isNotNull();
        StartupWarmUp.run(); // throws if the seed, the reader or the document build fails
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(path -> path.getFileName().toString().startsWith("cabletag-warm-up")).sorted().toList();
        }
    }
}
