package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocationTest {

    @TempDir
    Path temp;

    @Test
    void aCableHasOneKeyHoweverItsFileIsReached() throws java.io.IOException {
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("corpus/sub"));
        Path cable = java.nio.file.Files.writeString(folder.resolve("004.txt"), "x");
        Path link = java.nio.file.Files.createSymbolicLink(temp.resolve("link"), temp.resolve("corpus"));

        String key = CableKey.of(cable, "004");

        assertThat(CableKey.of(temp.resolve("corpus/sub/../sub/004.txt"), "004")).isEqualTo(key);
        assertThat(CableKey.of(link.resolve("sub/004.txt"), "004")).isEqualTo(key);
        assertThat(CableKey.of(cable, "005")).isNotEqualTo(key);
    }

    @Test
    void withoutTheEnvironmentVariableTheSystemPropertyDecides() {
        assumeTrue(System.getenv(StoreLocation.ENVIRONMENT_VARIABLE) == null, "CABLETAG_HOME is set here");
        String before = System.getProperty(StoreLocation.SYSTEM_PROPERTY);
        try {
            System.setProperty(StoreLocation.SYSTEM_PROPERTY, temp.toString());
            assertThat(StoreLocation.defaultLocation().root()).isEqualTo(temp);
            System.clearProperty(StoreLocation.SYSTEM_PROPERTY);
            assertThat(StoreLocation.defaultLocation().root())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".cabletag").toAbsolutePath().normalize());
        } finally {
            if (before == null) {
                System.clearProperty(StoreLocation.SYSTEM_PROPERTY);
            } else {
                System.setProperty(StoreLocation.SYSTEM_PROPERTY, before);
            }
        }
    }
}
