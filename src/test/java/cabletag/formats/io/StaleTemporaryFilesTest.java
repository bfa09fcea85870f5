package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleTemporaryFilesTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheTemporaryFilesOfAKilledWriterThatAreAnHourOldGo() throws IOException {
        long now = System.currentTimeMillis();
        Path stale = Files.writeString(folder.resolve(".s.bin.k3j2.tmp"), "half a write");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(now - StaleTemporaryFiles.AGE_MILLIS - 1000));
        Path live = Files.writeString(folder.resolve(".s.bin.x9.tmp"), "a write going on");
        Files.setLastModifiedTime(live, FileTime.fromMillis(now - 60_000));
        Path users = Files.writeString(folder.resolve("notes.tmp"), "not hidden: not one of ours");
        Files.setLastModifiedTime(users, FileTime.fromMillis(now - StaleTemporaryFiles.AGE_MILLIS - 1000));
        Path kept = Files.writeString(folder.resolve("s.bin"), "kept");
        Files.setLastModifiedTime(kept, FileTime.fromMillis(now - StaleTemporaryFiles.AGE_MILLIS - 1000));

        StaleTemporaryFiles.removeFrom(folder, now);

        assertThat(stale).doesNotExist();
        assertThat(live).exists();
        assertThat(users).exists();
        assertThat(kept).exists();
    }

    @Test
    void aFolderThatIsNotThereIsNothingToRemove() {
        StaleTemporaryFiles.removeFrom(folder.resolve("none"));
        assertThat(folder.resolve("none")).doesNotExist();
    }
}
