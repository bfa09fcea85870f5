package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
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
            StartupWarmUp.start(() -> true).get(2, TimeUnit.MINUTES);
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

    @Test
    void relabelsThroughAWindowModelAndUndoesEachRelabel() throws IOException {
        Path cables = Files.createDirectories(home.resolve("cables"));
        Files.copy(Path.of(System.getProperty("cabletag.seeds", "seeds"), ExportCorpus.SEED_TAGGED),
                cables.resolve(ExportCorpus.SEED_TAGGED));
        try (Workspace workspace = Workspace.open(List.of(cables), new StoreLocation(home.resolve("store")), fraction -> { })) {
            Document document = workspace.document(0);
            assertThat(document.spans().size()).isGreaterThan(20);
            assertThat(StartupWarmUp.warmEditPath(workspace, new LabelPalette())).isEqualTo(20);
            assertThat(workspace.document(0).spans()).isEqualTo(document.spans());
            assertThat(workspace.canUndo()).as("each relabel undone").isFalse();
        }
    }

    private static List<Path> warmUpFolders() throws IOException {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(path -> path.getFileName().toString().startsWith("cabletag-warm-up")).sorted().toList();
        }
    }
}
