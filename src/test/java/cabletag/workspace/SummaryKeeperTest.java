package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summaries are written as the reading goes on: a batch once the interval has passed since the last
 * write (not per cable), everything once all is read, the rest when the session closes; a batch keeps the
 * earlier summaries of the cables not reached yet, so a process killed half-way (which writes nothing more)
 * leaves the last batch for the next opening. Timed by a clock the test moves, not by the real one.
 */
class SummaryKeeperTest {

    private static final long INTERVAL = 1_000;

    @TempDir
    Path temp;

    private final AtomicLong clock = new AtomicLong();

    private static CableSummaries.Summary summary(long size) {
        return new CableSummaries.Summary(size, 99, 7, 2, List.of());
    }

    private SummaryKeeper keeper(Path file, Problems problems) {
        return new SummaryKeeper(() -> CableSummaries.open(file, problems), problems, INTERVAL, clock::get);
    }

    /** What a process killed now would leave for the next opening: the file as it is on disk. */
    private static CableSummaries onDisk(Path file) {
        return CableSummaries.open(file, new Problems());
    }

    @Test
    void aBatchIsWrittenOnceTheIntervalHasPassedAndNotForEachCable() {
        Path file = temp.resolve("summaries/x.bin");
        SummaryKeeper keeper = keeper(file, new Problems());
        keeper.found("/corpus/first.txt", summary(10)); // the first cable, read before the summaries are opened
        keeper.open();
        keeper.found("/corpus/a.txt", summary(11));
        keeper.cableRead();
        assertThat(file).as("no write per cable").doesNotExist();

        clock.addAndGet(INTERVAL);
        keeper.found("/corpus/b.txt", summary(12));
        keeper.cableRead();
        CableSummaries killedNow = onDisk(file);
        assertThat(killedNow.find("/corpus/first.txt", 10, 99, 7)).isEqualTo(summary(10));
        assertThat(killedNow.find("/corpus/a.txt", 11, 99, 7)).isEqualTo(summary(11));
        assertThat(killedNow.find("/corpus/b.txt", 12, 99, 7)).isEqualTo(summary(12));

        keeper.found("/corpus/c.txt", summary(13));
        keeper.cableRead();
        assertThat(onDisk(file).find("/corpus/c.txt", 13, 99, 7)).as("the next batch waits for the interval").isNull();
        clock.addAndGet(INTERVAL);
        keeper.cableRead();
        assertThat(onDisk(file).find("/corpus/c.txt", 13, 99, 7)).isEqualTo(summary(13));
    }

    @Test
    void aBatchKeepsTheEarlierSummariesOfTheCablesNotReachedYetAndTheLastWriteDropsFilesGone() throws IOException {
        Path file = temp.resolve("summaries/x.bin");
        CableSummaries earlier = CableSummaries.open(file, new Problems());
        earlier.put("/corpus/a.txt", summary(11));
        earlier.put("/corpus/b.txt", summary(12));
        earlier.put("/corpus/gone.txt", summary(13));
        earlier.write();

        SummaryKeeper keeper = keeper(file, new Problems());
        keeper.open();
        keeper.found("/corpus/a.txt", summary(21)); // changed since
        clock.addAndGet(INTERVAL);
        keeper.cableRead();
        CableSummaries killedNow = onDisk(file);
        assertThat(killedNow.find("/corpus/a.txt", 21, 99, 7)).isEqualTo(summary(21));
        assertThat(killedNow.find("/corpus/b.txt", 12, 99, 7)).as("not reached yet: kept as it was").isEqualTo(summary(12));
        assertThat(killedNow.find("/corpus/gone.txt", 13, 99, 7)).isEqualTo(summary(13));

        keeper.found("/corpus/b.txt", summary(12));
        keeper.allRead();
        CableSummaries done = onDisk(file);
        assertThat(done.find("/corpus/a.txt", 21, 99, 7)).isEqualTo(summary(21));
        assertThat(done.find("/corpus/b.txt", 12, 99, 7)).isEqualTo(summary(12));
        assertThat(done.find("/corpus/gone.txt", 13, 99, 7)).as("every cable read: a file gone is not kept").isNull();
    }

    @Test
    void closingWritesWhatWasFoundSinceTheLastWriteAndNothingWhenNothingWasRead() throws IOException {
        Path file = temp.resolve("summaries/x.bin");
        keeper(file, new Problems()).close();
        assertThat(file).as("nothing read: no file").doesNotExist();

        SummaryKeeper keeper = keeper(file, new Problems());
        keeper.found("/corpus/first.txt", summary(10)); // read before the summaries were opened, closed before the reader ran
        keeper.close();
        assertThat(onDisk(file).find("/corpus/first.txt", 10, 99, 7)).isEqualTo(summary(10));

        long modified = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 60_000));
        SummaryKeeper again = keeper(file, new Problems());
        again.open();
        again.found("/corpus/first.txt", summary(10)); // read again, unchanged: nothing new to write
        again.close();
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("not written again").isEqualTo(modified - 60_000);
    }

    /**
     * The background reader writes the batches as it goes: held half-way (as a process killed there is, or a
     * machine that stops), the file on disk already holds summaries of the cables read, none of the others.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theBackgroundReaderWritesBatchesBeforeItIsDone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 100; i++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), "[PER Rubaie  ] met [LOC Tehran  ] in " + i + " .\n");
        }
        int threads = ListingChoices.readerThreads(); // the background reader's
        java.util.concurrent.CountDownLatch allHeld = new java.util.concurrent.CountDownLatch(threads);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ReaderCorpus files = new ReaderCorpus(cabletag.formats.CorpusReader.standard(), List.of(folder));
        CorpusSource heldHalfWay = new CorpusSource() {
            @Override
            public List<Entry> list(List<String> problems) {
                return files.list(problems);
            }

            @Override
            public cabletag.core.Document read(Entry entry) {
                if (entry.name().compareTo("050.txt") >= 0) {
                    allHeld.countDown();
                    try {
                        release.await(); // until the loader closes (it interrupts its reader)
                    } catch (InterruptedException closed) {
                        Thread.currentThread().interrupt();
                    }
                }
                return files.read(entry);
            }
        };
        Path file = temp.resolve("summaries/x.bin");
        Problems problems = new Problems();
        CorpusLoader loader = CorpusLoader.list(heldHalfWay, CorrectedDocuments.none(), problems, (cable, replaced, whole) -> { }, cable -> { });
        loader.keepSummaries(new SummaryKeeper(() -> CableSummaries.open(file, problems), problems, 0, clock::incrementAndGet));
        try {
            loader.startReading(Runnable::run, read -> { });
            allHeld.await(); // every reader thread is held: cables 000 to 049 are read, no more

            CableSummaries killedNow = onDisk(file);
            long kept = java.util.stream.IntStream.range(0, 100).filter(i -> {
                Path cable = folder.resolve(String.format("%03d.txt", i));
                try {
                    return killedNow.find(cable.toString(), Files.size(cable), Files.getLastModifiedTime(cable).toMillis(),
                            identity(cable)) != null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            assertThat(kept).as("a batch is on disk, with cables read only").isBetween(1L, 50L);
            assertThat(killedNow.find(folder.resolve("050.txt").toString(), Files.size(folder.resolve("050.txt")),
                    Files.getLastModifiedTime(folder.resolve("050.txt")).toMillis(), identity(folder.resolve("050.txt")))).isNull();
        } finally {
            loader.close();
        }
    }

    @Test
    void aWriteThatFailsIsNamedOnceAndTheReadingGoesOn() throws IOException {
        Path blocked = Files.writeString(temp.resolve("summaries"), "a file where the folder should be");
        Path file = blocked.resolve("x.bin");
        Problems problems = new Problems();
        SummaryKeeper keeper = keeper(file, problems);
        keeper.open();
        keeper.found("/corpus/a.txt", summary(11));
        clock.addAndGet(INTERVAL);
        keeper.cableRead();
        clock.addAndGet(INTERVAL);
        keeper.cableRead();
        keeper.allRead();
        keeper.close();
        assertThat(problems.snapshot()).filteredOn(line -> line.startsWith("Could not keep")).singleElement().asString()
                .startsWith("Could not keep the cable summaries in " + file).endsWith("the next opening reads again every cable they miss.");
    }

    private static long identity(Path file) throws IOException {
        return cabletag.formats.CorpusFile.identityOf(Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class));
    }
}
