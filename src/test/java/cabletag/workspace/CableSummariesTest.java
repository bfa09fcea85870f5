package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries kept beside the store: written once a corpus is read, read back as written, trusted only
 * for files of the same size and modification time with nothing stored, and a damaged file is named and
 * built again. Decided by the parse counter, not by the clock.
 */
class CableSummariesTest {

    @TempDir
    Path temp;

    @Test
    void whatIsWrittenIsReadBackAndChecksSizeAndModificationTime() throws IOException {
        Path file = temp.resolve("summaries/x.bin");
        CableSummaries written = CableSummaries.open(file, new Problems());
        written.put("/corpus/a.txt", new CableSummaries.Summary(120, 1_700_000_000_123L, 7, 1));
        written.put("/corpus/\u00e9t\u00e9.txt", new CableSummaries.Summary(5, 42, 0, 0));
        written.write();

        Problems problems = new Problems();
        CableSummaries read = CableSummaries.open(file, problems);
        assertThat(problems.snapshot()).isEmpty();
        assertThat(read.find("/corpus/a.txt", 120, 1_700_000_000_123L)).isEqualTo(new CableSummaries.Summary(120, 1_700_000_000_123L, 7, 1));
        assertThat(read.find("/corpus/\u00e9t\u00e9.txt", 5, 42)).isNotNull();
        assertThat(read.find("/corpus/a.txt", 121, 1_700_000_000_123L)).as("another size").isNull();
        assertThat(read.find("/corpus/a.txt", 120, 1_700_000_000_124L)).as("another modification time").isNull();
        assertThat(read.find("/corpus/b.txt", 120, 1_700_000_000_123L)).as("another file").isNull();
    }

    @Test
    void aDamagedFileIsNamedAndTheSummariesAreBuiltAgain() throws IOException {
        Path file = temp.resolve("summaries/x.bin");
        CableSummaries written = CableSummaries.open(file, new Problems());
        written.put("/corpus/a.txt", new CableSummaries.Summary(120, 99, 7, 1));
        written.write();
        byte[] bytes = Files.readAllBytes(file);
        bytes[14] ^= 0x20; // one bit flipped inside
        Files.write(file, bytes);

        Problems problems = new Problems();
        CableSummaries read = CableSummaries.open(file, problems);
        assertThat(read.find("/corpus/a.txt", 120, 99)).isNull();
        assertThat(problems.snapshot()).singleElement().asString()
                .contains(file.toString()).contains("damaged").contains("checksum");
        Files.writeString(file, "CTSU");
        assertThat(CableSummaries.open(file, problems).find("/corpus/a.txt", 120, 99)).isNull();
        assertThat(problems.snapshot()).hasSize(2);
    }

    @Test
    @Timeout(60)
    void reopeningReadsOnlyTheCablesThatChangedOrHaveStoredCorrections() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), "[PER Rubaie  ] met [LOC Tehran  ] on day " + i + " .\n");
        }
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        try (Workspace first = readAll(folder, store)) {
            assertThat(first.loadCount()).isEqualTo(20);
        }
        assertThat(Files.list(store.root().resolve(CableSummaries.FOLDER)).count()).isEqualTo(1);

        // one file changes size, one only its modification time, one gets a stored correction
        Files.writeString(folder.resolve("03.txt"), "[PER Rubaie  ] met [LOC Tehran  ] and [LOC Erbil  ] .\n");
        Path touched = folder.resolve("04.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5_000));
        try (Workspace workspace = Workspace.open(List.of(folder), store, null)) {
            workspace.relabel(5, Span.of(0, 6, "PER"), Label.ORG);
        }

        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("03 and 04 changed, 05 has a stored correction").isEqualTo(3);
            assertThat(reopened.entry(3).entityCount()).isEqualTo(3);
            assertThat(reopened.entry(7).entityCount()).isEqualTo(2);
            assertThat(reopened.entry(7).problemCount()).isZero();
            assertThat(reopened.status(5)).isEqualTo(ReviewStatus.IN_PROGRESS);
            assertThat(reopened.document(5).spans().get(0).label()).isEqualTo(Label.ORG);
            assertThat(reopened.problems()).isEmpty();
        }
    }

    /** Opens as the window does and runs the background reader's events until every cable is read. */
    private static Workspace readAll(Path folder, StoreLocation store) throws Exception {
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        Workspace workspace = Workspace.openLazily(List.of(folder), store, uiThread::add);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        workspace.addListener(change -> done.compareAndSet(false, change.cables().isEmpty() && change.spanChanges().isEmpty()));
        while (!done.get()) {
            uiThread.take().run(); // @Timeout bounds a hang
        }
        return workspace;
    }
}
