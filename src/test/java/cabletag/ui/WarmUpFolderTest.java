package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.io.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpFolderTest {

    @TempDir
    Path temp;

    @Test
    void theFoldersEarlierRunsLeftGoOnceAnHourOldWhenTheNextIsMade() throws IOException {
        long now = System.currentTimeMillis();
        Path stale = leftBehind("cabletag-warm-up123", now - WarmUpFolder.STALE_AFTER_MILLIS - 1000);
        Path another = leftBehind("cabletag-warm-up456", now - 60_000);
        Path users = leftBehind("cabletag-notes", now - WarmUpFolder.STALE_AFTER_MILLIS - 1000);
        Path aFile = Files.writeString(temp.resolve("cabletag-warm-up.txt"), "not a folder");
        Files.setLastModifiedTime(aFile, FileTime.fromMillis(now - WarmUpFolder.STALE_AFTER_MILLIS - 1000));

        try (WarmUpFolder made = WarmUpFolder.create(temp, now)) {
            assertThat(made.path()).isDirectory().hasParent(temp);
            assertThat(stale).doesNotExist();
            assertThat(another).as("a younger one may be another instance's, warming up now").isDirectory();
            assertThat(users.resolve("cables/warm-up.txt")).exists();
            assertThat(aFile).exists();
        }
    }

    @Test
    void closingRemovesTheFolderAndAllInIt() throws IOException {
        Path made;
        try (WarmUpFolder folder = WarmUpFolder.create(temp, System.currentTimeMillis())) {
            made = folder.path();
            Files.createDirectories(made.resolve("store/cables"));
            Files.writeString(made.resolve("store/cables/x.json"), "{}");
        }
        assertThat(made).doesNotExist();
    }

    @Test
    void aWarmUpThatNeverClosesTheFolderHoldsTheExitUpOnlySoLongAndTheFolderStillGoes() throws IOException {
        WarmUpFolder folder = WarmUpFolder.create(temp, System.currentTimeMillis());
        Files.writeString(Files.createDirectories(folder.path().resolve("cables")).resolve("warm-up.txt"), "a cable");

        folder.removeAtExit(50);

        assertThat(folder.exiting()).isTrue();
        assertThat(folder.path()).doesNotExist();
        folder.close(); // this JVM's own exit should not wait for it
    }

    @Test
    void aProcessEndedWhileWarmingUpLeavesNoFolder() throws Exception {
        endedWhileHolding();
    }

    /**
     * The warm-up's store still writes as the JVM ends, and made the folders again once the removal had gone:
     * the child writes into the folder without a pause until it is told the JVM is ending.
     */
    @Test
    void aProcessEndedWhileTheWarmUpWritesLeavesNoFolder() throws Exception {
        endedWhileHolding(WarmUpFolderHoldingMain.WRITING);
    }

    private void endedWhileHolding(String... arguments) throws Exception {
        Process child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + temp), WarmUpFolderHoldingMain.class, arguments);
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            Path made = Path.of(ChildJvm.readLineStartingWith(output, WarmUpFolderHoldingMain.LINE)
                    .substring(WarmUpFolderHoldingMain.LINE.length()));
            assertThat(made.resolve("cables/warm-up.txt")).exists();
            child.destroy(); // SIGTERM, as a desktop session's end or a `kill` sends it
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(made).doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    private Path leftBehind(String name, long modifiedMillis) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name).resolve("cables"));
        Files.writeString(folder.resolve("warm-up.txt"), "a megabyte of cable");
        Files.setLastModifiedTime(folder.getParent(), FileTime.fromMillis(modifiedMillis));
        return folder.getParent();
    }
}
