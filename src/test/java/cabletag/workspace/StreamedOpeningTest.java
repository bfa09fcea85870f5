package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A folder opened for the window: the first batch of cables at once, the rest listed in the background. */
class StreamedOpeningTest {

    @TempDir
    Path temp;

    private Path corpus(int cables) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < cables; i++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), "[PER Rubaie  ] met [LOC Tehran  ] in " + i + " .\n");
        }
        return folder;
    }

    @Test
    @Timeout(60)
    void theFirstCablesAreThereAtOnceAndTheRestJoinInCorpusOrderThenAreRead() throws Exception {
        Path folder = corpus(300);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        try (Workspace first = Workspace.open(List.of(folder), store, null)) {
            first.relabel(250, Span.of(0, 6, "PER"), Label.ORG);
            first.setStatus(251, ReviewStatus.REVIEWED);
        }

        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>(); // events wait here, as on Platform.runLater
        try (Workspace workspace = Workspace.openStreaming(List.of(folder), store, uiThread::add)) {
            assertThat(workspace.size()).as("the first batch; the listing holds there").isEqualTo(64);
            assertThat(workspace.isListed()).isFalse();
            assertThat(workspace.mayHaveLastPosition()).isFalse();
            assertThat(workspace.document(3).spans()).hasSize(2);
            assertThat(workspace.readCount()).as("nothing read in the background yet").isEqualTo(1);
            assertThat(workspace.size()).as("still held").isEqualTo(64);

            workspace.carryOnInBackground();
            while (!workspace.isListed()) {
                uiThread.take().run();
            }
            assertThat(workspace.size()).isEqualTo(300);
            assertThat(workspace.cables()).extracting(CableEntry::name)
                    .isEqualTo(java.util.stream.IntStream.range(0, 300).mapToObj(i -> String.format("%03d.txt", i)).toList());
            assertThat(workspace.status(251)).isEqualTo(ReviewStatus.REVIEWED); // known before reading
            assertThat(workspace.document(250).spans()).containsExactly(Span.of(0, 6, "ORG"), Span.of(11, 17, "LOC"));

            while (workspace.readCount() < 300 || !uiThread.isEmpty()) {
                uiThread.take().run();
            }
            assertThat(workspace.cables()).allSatisfy(entry -> assertThat(entry.entityCount()).isEqualTo(2));
            assertThat(workspace.problems()).isEmpty();
        }
    }

    /**
     * The listing tells what each file is from its first bytes, as the commands do (a binary file is no
     * cable), which opens every file; a file an earlier opening read as one cable, unchanged since (its kept
     * summary), is listed as one without being opened, so a second opening costs no more than before.
     * Only the first batch is opened regardless: the kept summaries are loaded once it is shown.
     */
    @Test
    @Timeout(60)
    void aSecondOpeningListsTheCablesReadBeforeWithoutOpeningThem() throws Exception {
        Path folder = corpus(300);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        CountDownLatch everyCableRead = new CountDownLatch(1);
        try (Workspace first = Workspace.openLazily(List.of(folder), store, Runnable::run)) {
            first.addListener(change -> {
                if (change.cables().isEmpty()) {
                    everyCableRead.countDown(); // the reader's last event: the summaries are kept
                }
            });
            assertThat(first.filesOpenedToList()).isEqualTo(300);
            everyCableRead.await();
        }
        Files.write(folder.resolve("250.txt"), new byte[] {'a', 0, 'b'}); // changed since: opened, and skipped

        CountDownLatch listed = new CountDownLatch(1);
        try (Workspace again = Workspace.openStreaming(List.of(folder), store, Runnable::run)) {
            again.addListener(change -> {
                if (again.isListed()) {
                    listed.countDown();
                }
            });
            again.carryOnInBackground();
            listed.await();
            assertThat(again.filesOpenedToList()).as("the first batch and the changed file").isEqualTo(64 + 1);
            assertThat(again.size()).isEqualTo(299);
            assertThat(again.problems()).containsExactly(folder.resolve("250.txt") + ":1:2: error: binary file (NUL byte at offset 1) skipped");
        }
    }

    @Test
    @Timeout(60)
    void whereTheAnalystIsIsWrittenOnlyOnceEveryCableIsListed() throws Exception {
        Path folder = corpus(200);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        CountDownLatch listed = new CountDownLatch(1);
        try (Workspace workspace = Workspace.openStreaming(List.of(folder), store, Runnable::run)) {
            workspace.addListener(change -> {
                if (workspace.isListed()) {
                    listed.countDown();
                }
            });
            workspace.rememberPosition(10, Span.of(0, 6, "PER"));
            workspace.carryOnInBackground();
            listed.await();
            workspace.rememberPosition(12, Span.of(0, 6, "PER"));
        }
        try (var written = Files.list(temp.resolve("home").resolve(PositionStore.FOLDER))) {
            assertThat(written.toList()).as("one file, named by all 200 cables: none for the first 64").hasSize(1);
        }
        try (Workspace again = Workspace.open(List.of(folder), store, null)) {
            assertThat(again.mayHaveLastPosition()).isTrue();
            assertThat(again.lastPosition()).map(Position::cable).contains(12);
        }
    }

    @Test
    @Timeout(60)
    void aCablesFileSizeIsTheListedOneOrAskedOfAFileNamedDirectly() throws Exception {
        Path folder = corpus(3);
        Files.writeString(folder.resolve("001.txt"), "[PER Rubaie  ] met officials .\n".repeat(1000));
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        try (Workspace listed = Workspace.openStreaming(List.of(folder), store, Runnable::run)) {
            for (int cable = 0; cable < 3; cable++) {
                assertThat(listed.fileSize(cable)).isEqualTo(Files.size(folder.resolve(String.format("%03d.txt", cable))));
            }
        }
        Path named = folder.resolve("001.txt");
        try (Workspace direct = Workspace.openStreaming(List.of(named), store, Runnable::run)) {
            assertThat(direct.fileSize(0)).as("not in a listing: asked of the file").isEqualTo(31_000);
            Files.delete(named);
            assertThat(direct.fileSize(0)).as("gone since").isEqualTo(-1);
        }
    }
}
