package cabletag.workspace;

import cabletag.formats.ReadingRules;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
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
 * The summaries kept beside the store: written as a corpus is read (every cable, whichever route read it) and
 * when the session closes, read back as written, trusted only
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
        List<Diagnostic> problems = List.of(Diagnostic.warning("unclosed-tag", 43, 1, "tag [PER \u2026] is never closed"),
                Diagnostic.dropped("unknown-label", 2, 17, "label \u00abfoo\u00bb read as text"),
                Diagnostic.warning("unclosed-tag", 50, 3, "tag [PER \u2026] is never closed"));
        HeaderSummary header = new HeaderSummary("Embassy Baghdad", "2008-09-12", "CONFIDENTIAL");
        written.put("/corpus/a.txt", new CableSummaries.Summary(120, 1_700_000_000_123L, 11, 7, problems, header));
        written.put("/corpus/b.txt", new CableSummaries.Summary(121, 1_700_000_000_123L, 12, 2, problems.subList(0, 1)));
        written.put("/corpus/\u00e9t\u00e9.txt", new CableSummaries.Summary(5, 42, 13, 0, List.of()));
        written.write();

        Problems named = new Problems();
        CableSummaries read = CableSummaries.open(file, named);
        assertThat(named.snapshot()).isEmpty();
        assertThat(read.find("/corpus/a.txt", 120, 1_700_000_000_123L, 11)).isEqualTo(new CableSummaries.Summary(120, 1_700_000_000_123L, 11, 7, problems, header));
        assertThat(read.find("/corpus/b.txt", 121, 1_700_000_000_123L, 12).problems()).containsExactly(problems.get(0));
        assertThat(read.find("/corpus/\u00e9t\u00e9.txt", 5, 42, 13)).isNotNull();
        assertThat(read.find("/corpus/a.txt", 121, 1_700_000_000_123L, 11)).as("another size").isNull();
        assertThat(read.find("/corpus/a.txt", 120, 1_700_000_000_124L, 11)).as("another modification time").isNull();
        assertThat(read.find("/corpus/a.txt", 120, 1_700_000_000_123L, 14))
                .as("a file written anew with its size and time kept (touch -r): another identity").isNull();
        assertThat(read.find("/corpus/b.txt", 120, 1_700_000_000_123L, 12)).as("another file").isNull();
    }

    /** A summaries file holding a.txt's summary (120 bytes, modified at 99, 7 entities). */
    private Path writtenWithOneCable() throws IOException {
        Path file = temp.resolve("summaries/x.bin");
        CableSummaries written = CableSummaries.open(file, new Problems());
        written.put("/corpus/a.txt", new CableSummaries.Summary(120, 99, 11, 7, List.of()));
        written.write();
        return file;
    }

    @Test
    void theTemporaryFileOfAWriteKilledAnHourAgoIsRemovedWhenTheSummariesAreOpened() throws IOException {
        Path file = writtenWithOneCable();
        // as a kill during a batch leaves it (AtomicFile's name), and one of a write still going on
        Path killed = Files.write(file.resolveSibling(".x.bin.2k9f.tmp"), new byte[4096]);
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path going = Files.write(file.resolveSibling(".y.bin.7q1.tmp"), new byte[16]);

        CableSummaries read = CableSummaries.open(file, new Problems());

        assertThat(killed).doesNotExist();
        assertThat(going).exists();
        assertThat(read.find("/corpus/a.txt", 120, 99, 11)).isNotNull();
    }

    @Test
    void aDamagedFileIsNamedAndTheSummariesAreBuiltAgain() throws IOException {
        Path file = writtenWithOneCable();
        byte[] bytes = Files.readAllBytes(file);
        bytes[14] ^= 0x20; // one bit flipped inside
        Files.write(file, bytes);

        Problems problems = new Problems();
        CableSummaries read = CableSummaries.open(file, problems);
        assertThat(read.find("/corpus/a.txt", 120, 99, 11)).isNull();
        assertThat(problems.snapshot()).singleElement().asString()
                .contains(file.toString()).contains("damaged").contains("checksum");
        Files.writeString(file, "CTSU");
        assertThat(CableSummaries.open(file, problems).find("/corpus/a.txt", 120, 99, 11)).isNull();
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

    /**
     * A file of an earlier version (1 kept counts only, 2 no generation of the reading rules, 3 no file identity) is outdated, not
     * damaged: nothing is taken from it, so every cable is read again by today's rules, and no problem is said.
     */
    @Test
    void aFileOfAnEarlierVersionGivesNothingAndIsNoProblem() throws IOException {
        for (int version = 1; version <= 3; version++) {
            Path file = summariesFile("v" + version + ".bin", version, version == 3 ? ReadingRules.GENERATION : null);
            Problems problems = new Problems();
            CableSummaries read = CableSummaries.open(file, problems);
            assertThat(problems.snapshot()).as("version %d", version).isEmpty();
            assertThat(read.find("/corpus/clean.txt", 120, 99, 11)).as("version %d", version).isNull();
        }
    }

    /**
     * Summaries kept by a program that read files by other rules give nothing (the same unchanged file may give
     * other counts and problem lines now); those of the same rules give their cables.
     */
    @Test
    void summariesReadByOtherRulesGiveNothingAndThoseOfTheseRulesGiveTheirCables() throws IOException {
        Problems problems = new Problems();
        CableSummaries other = CableSummaries.open(
                summariesFile("other.bin", CableSummaries.VERSION, ReadingRules.GENERATION + 1), problems);
        assertThat(other.find("/corpus/clean.txt", 120, 99, 11)).isNull();
        // kept by the cabletag before this one (generation 2 read a script's contents as text): read again
        CableSummaries earlier = CableSummaries.open(
                summariesFile("earlier.bin", CableSummaries.VERSION, ReadingRules.GENERATION - 1), problems);
        assertThat(earlier.find("/corpus/clean.txt", 120, 99, 11)).isNull();
        CableSummaries same = CableSummaries.open(
                summariesFile("same.bin", CableSummaries.VERSION, ReadingRules.GENERATION), problems);
        assertThat(same.find("/corpus/clean.txt", 120, 99, 11))
                .isEqualTo(new CableSummaries.Summary(120, 99, 11, 7, List.of(), new HeaderSummary("", "", "")));
        assertThat(problems.snapshot()).isEmpty();
    }

    /** One cable without problems, {@code /corpus/clean.txt}, in a file of this version and generation (none: null). */
    private Path summariesFile(String name, int version, Integer generation) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(0x43545355);
            out.writeInt(version);
            if (generation != null) {
                out.writeInt(generation);
            }
            out.writeInt(1);
            out.writeUTF("/corpus/clean.txt");
            out.writeLong(120);
            out.writeLong(99);
            if (version >= 4) {
                out.writeLong(11);
            }
            out.writeInt(7);
            out.writeInt(0);
            if (version >= 2) {
                out.writeInt(0); // the header's three fields: one empty text, written once, then named by its number
                out.writeInt(0);
                out.writeInt(0);
                out.writeInt(0);
            }
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes.toByteArray());
        new java.io.DataOutputStream(bytes).writeLong(crc.getValue());
        Path file = Files.createDirectories(temp.resolve("summaries")).resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /**
     * A corpus where half the cables have a reading problem (a tag left open) opens again without parsing
     * any cable whose file is unchanged: the Problems pane's lines, the rows' counts and their header fields
     * come from the kept summaries, the same as the first opening read them; a file changed since (size, or
     * only its modification time) is read again and says what it says now.
     */
    @Test
    @Timeout(60)
    void reopeningTakesTheReadingProblemsFromTheSummariesWithoutParsing() throws Exception {
        String seed = Files.readString(Path.of("seeds", "004_139b5bbd77eb63a8.txt"));
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), seed + "\nCopy " + i + " .\n"
                    + (i % 2 == 0 ? "[PER Unclosed name\n" : ""));
        }
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        List<CableProblems> firstProblems = new java.util.ArrayList<>();
        List<CableEntry> firstRows;
        List<String> firstNews;
        try (Workspace first = readAll(folder, store)) {
            assertThat(first.loadCount()).isEqualTo(20);
            for (int i = 0; i < 20; i++) {
                firstProblems.add(first.problemsOf(i));
            }
            firstRows = first.cables();
            firstNews = first.problems();
        }
        assertThat(firstProblems.get(4).read()).singleElement().extracting(Diagnostic::code).isEqualTo("unclosed-tag");
        assertThat(firstProblems.get(5).isEmpty()).isTrue();
        assertThat(firstRows.get(4).header()).as("the seed's header fields").isNotEqualTo(HeaderSummary.NONE);

        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("no file changed: no cable parsed").isZero();
            for (int i = 0; i < 20; i++) {
                assertThat(reopened.problemsOf(i)).as("cable %d", i).isEqualTo(firstProblems.get(i));
            }
            assertThat(reopened.cables()).as("counts and header fields").isEqualTo(firstRows);
            assertThat(reopened.problems()).isEqualTo(firstNews);
        }

        Files.writeString(folder.resolve("04.txt"), seed + "\nCopy 4, put right.\n");
        Path touched = folder.resolve("06.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5_000));
        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("04 and 06 changed").isEqualTo(2);
            assertThat(reopened.problemsOf(4).isEmpty()).isTrue();
            assertThat(reopened.entry(4).problemCount()).isZero();
            assertThat(reopened.problemsOf(6)).isEqualTo(firstProblems.get(6));
            assertThat(reopened.problemsOf(8)).isEqualTo(firstProblems.get(8));
        }
        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("what the last opening read is kept too").isZero();
            assertThat(reopened.problemsOf(4).isEmpty()).isTrue();
        }

        // found from outside: 05 written anew (its tag left open) with its size and modification time kept
        // (touch -r, cp -p, an editor that saves by renaming): another file, so read again, as check reads it
        Path same = folder.resolve("05.txt");
        String text = Files.readString(same);
        FileTime time = Files.getLastModifiedTime(same);
        Path replacement = folder.resolve("05.new");
        Files.writeString(replacement, text.replace("Copy 5 .", "[PER C5."));
        assertThat(Files.size(replacement)).isEqualTo(Files.size(same));
        Files.setLastModifiedTime(replacement, time);
        Files.move(replacement, same, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("05 is another file now").isEqualTo(1);
            assertThat(reopened.problemsOf(5).read()).extracting(Diagnostic::code).contains("unclosed-tag");
        }
    }

    /**
     * A cable read before the background reader reaches it (the first cable the window shows, one the analyst
     * opens while the reading goes on) gives its summary as it is read: the next opening parses none of them.
     */
    @Test
    @Timeout(60)
    void cablesReadBeforeTheReaderReachesThemAreNotParsedAgainNextTime() throws Exception {
        Path folder = corpus(100);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Workspace first = Workspace.openStreaming(List.of(folder), store, uiThread::add)) {
            first.focus(3); // the first cable shown, before anything is read in the background
            first.document(40); // and another the analyst opens
            first.carryOnInBackground();
            while (!first.isListed() || first.readCount() < first.size() || !uiThread.isEmpty()) {
                uiThread.take().run(); // @Timeout bounds a hang
            }
            assertThat(first.loadCount()).isEqualTo(100);
        }

        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("every cable was summarized, those read before the reader too").isZero();
            assertThat(reopened.entry(3).entityCount()).isEqualTo(2);
            assertThat(reopened.entry(40).entityCount()).isEqualTo(2);
        }
    }

    /**
     * Closed before the reading is done (here before the background reader even starts), the window keeps
     * the summaries of the cables read so far: the next opening parses only the others.
     */
    @Test
    @Timeout(60)
    void closingBeforeEveryCableIsReadKeepsWhatWasRead() throws Exception {
        Path folder = corpus(100);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        try (Workspace first = Workspace.openStreaming(List.of(folder), store, Runnable::run)) {
            first.focus(3);
            first.document(40);
            assertThat(first.readCount()).isEqualTo(2);
        }

        try (Workspace reopened = readAll(folder, store)) {
            assertThat(reopened.loadCount()).as("cables 3 and 40 are kept").isEqualTo(98);
            assertThat(reopened.entry(3).entityCount()).isEqualTo(2);
        }
        try (Workspace again = readAll(folder, store)) {
            assertThat(again.loadCount()).as("all kept once all were read").isZero();
        }
    }

    private Path corpus(int cables) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < cables; i++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), "[PER Rubaie  ] met [LOC Tehran  ] in " + i + " .\n");
        }
        return folder;
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
