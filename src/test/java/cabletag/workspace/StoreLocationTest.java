package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cabletag.core.SourceFormat;
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

        String key = CableKey.of(cable, "004", SourceFormat.INLINE);

        assertThat(CableKey.of(temp.resolve("corpus/sub/../sub/004.txt"), "004", SourceFormat.INLINE)).isEqualTo(key);
        assertThat(CableKey.of(link.resolve("sub/004.txt"), "004", SourceFormat.INLINE)).isEqualTo(key);
        assertThat(CableKey.of(cable, "005", SourceFormat.INLINE)).isNotEqualTo(key);
        // a link to the file with another name gave the cable the link's id; the key holds the file's own
        Path alias = java.nio.file.Files.createSymbolicLink(temp.resolve("alias.txt"), cable);
        Path again = java.nio.file.Files.createSymbolicLink(temp.resolve("again.html"), alias);
        assertThat(CableKey.of(alias, "alias", SourceFormat.INLINE)).isEqualTo(key);
        assertThat(CableKey.of(again, "again", SourceFormat.INLINE)).isEqualTo(key);
        Path conll = java.nio.file.Files.writeString(folder.resolve("d.conll"), "x _ _ O\n");
        Path other = java.nio.file.Files.createSymbolicLink(temp.resolve("other.conll"), conll);
        assertThat(CableKey.of(other, "other-2", SourceFormat.CONLL)).isEqualTo(CableKey.of(conll, "d-2", SourceFormat.CONLL));
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
