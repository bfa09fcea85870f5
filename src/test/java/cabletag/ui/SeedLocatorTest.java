package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedLocatorTest {

    @TempDir
    Path temp;

    @Test
    void copiesTheBundledSeedsOnceAndNeverOverwritesTheAnalystsCopy() throws Exception {
        Path target = temp.resolve("seeds");
        assertThat(SeedLocator.copyBundledSeeds(target)).extracting(p -> p.getFileName().toString())
                .contains("004_139b5bbd77eb63a8.txt", "000_cb2ef8ccb40cf302.txt");
        assertThat(Files.readAllBytes(target.resolve("004_139b5bbd77eb63a8.txt")))
                .isEqualTo(Files.readAllBytes(Path.of(System.getProperty("cabletag.seeds", "seeds"), "004_139b5bbd77eb63a8.txt")));

        Files.writeString(target.resolve("000_cb2ef8ccb40cf302.txt"), "mine");
        assertThat(SeedLocator.copyBundledSeeds(target)).isEmpty();
        assertThat(Files.readString(target.resolve("000_cb2ef8ccb40cf302.txt"))).isEqualTo("mine");
    }
}
