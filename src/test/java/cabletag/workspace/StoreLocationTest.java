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
    void theSameInputsInAnyOrderOrSpellingShareAWorkspaceFolder() {
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");

        Path dir = store.workspaceDir(List.of(a, b));

        assertThat(store.workspaceDir(List.of(b, a))).isEqualTo(dir);
        assertThat(store.workspaceDir(List.of(temp.resolve("x/../a"), b, b))).isEqualTo(dir);
        assertThat(store.workspaceDir(List.of(a))).isNotEqualTo(dir);
        assertThat(dir.getParent()).isEqualTo(temp.resolve("home").resolve("workspaces"));
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
