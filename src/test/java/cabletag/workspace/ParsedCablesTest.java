package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.inline.CableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace keeps only the cables in use parsed: a cable let go is read again from its file with its
 * stored corrections and is the same document, edits and undo included; a corpus of many cables never has
 * more parsed at once than the cache allows. Decided by the parse counter (a test hook), not by memory.
 */
class ParsedCablesTest {

    @TempDir
    Path temp;

    /** What a document is, byte for byte: its lossless inline writing, and its parts. */
    private static String fingerprint(Document document) {
        return document.id() + "|" + document.source().name() + "|" + document.text() + "|" + document.spans()
                + "|" + document.metadata() + "|" + document.diagnostics() + "|"
                + new String(new CableWriter().write(document), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Four cables: a.txt and b.txt of {@link TwoCableCorpus}, c.txt and d.txt. */
    private Workspace openFour(int cacheSize) throws IOException {
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Files.writeString(two.corpus().resolve("c.txt"), "[LOC Erbil  ] and [PER Rubaie  ] .\n");
        Files.writeString(two.corpus().resolve("d.txt"), "[ORG GoI  ] met [LOC Erbil  ] officials .\n");
        Workspace workspace = two.open();
        workspace.boundParsedCables(cacheSize, Long.MAX_VALUE);
        return workspace;
    }

    @Test
    void aCableLetGoIsReadAgainAsTheSameDocument() throws IOException {
        try (Workspace workspace = openFour(2)) {
            workspace.focus(0);
            String first = fingerprint(workspace.document(0));
            String original = fingerprint(workspace.original(0));
            workspace.original(1); // in use too: the cache holds 0 and 1
            workspace.focus(2); // 0 is the least recently used and no neighbour of 2: over the bound of 2, it goes
            assertThat(workspace.isParsed(0)).isFalse();
            int loads = workspace.loadCount();

            assertThat(fingerprint(workspace.document(0))).isEqualTo(first);
            assertThat(fingerprint(workspace.original(0))).isEqualTo(original);
            assertThat(workspace.loadCount()).isGreaterThan(loads);
            assertThat(workspace.problems()).isEmpty();
        }
    }

    @Test
    void anEditedCableLetGoKeepsItsEditAndItsUndo() throws IOException {
        try (Workspace workspace = openFour(2)) {
            workspace.focus(1);
            Document before = workspace.document(1);
            Span org = before.spans().get(0);
            workspace.relabel(1, org, Label.LOC);
            String edited = fingerprint(workspace.document(1));
            int entitiesBefore = workspace.entry(1).entityCount();

            workspace.focus(3); // 1 is no neighbour of 3, and written: over the bound of 2 with 3 and 2, it goes
            workspace.original(2);
            workspace.focus(3);
            assertThat(workspace.isParsed(1)).as("the edited cable is written, so it may go").isFalse();
            assertThat(workspace.entry(1).entityCount()).isEqualTo(entitiesBefore); // the summary stays
            assertThat(workspace.status(1)).isEqualTo(ReviewStatus.IN_PROGRESS);

            assertThat(fingerprint(workspace.document(1))).isEqualTo(edited);
            assertThat(workspace.canUndo()).isTrue();
            workspace.undo();
            assertThat(fingerprint(workspace.document(1))).isEqualTo(fingerprint(before));
            assertThat(workspace.isParsed(1)).isFalse();
            workspace.redo();
            assertThat(fingerprint(workspace.document(1))).isEqualTo(edited);
        }
        try (Workspace reopened = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home")).open()) {
            assertThat(reopened.document(1).spans().get(0).label()).isEqualTo(Label.LOC);
        }
    }

    @Test
    void aCorpusWideEditOfCablesLetGoIsUndoneAsOneStep() throws IOException {
        try (Workspace workspace = openFour(1)) {
            String[] before = new String[4];
            for (int i = 0; i < 4; i++) {
                before[i] = fingerprint(workspace.document(i));
            }
            workspace.focus(0);
            Span erbil = workspace.document(2).spans().get(0);
            workspace.focus(2);
            workspace.applyToAll(2, erbil, Label.MISC, OccurrenceScope.CORPUS);
            workspace.focus(0);
            assertThat(workspace.parsedCount()).isLessThanOrEqualTo(3);

            workspace.undo();
            workspace.focus(1);
            for (int i = 0; i < 4; i++) {
                assertThat(fingerprint(workspace.document(i))).as("cable %d", i).isEqualTo(before[i]);
            }
        }
    }

    @Test
    @Timeout(60)
    void aCableLetGoBeforeItsWriteRanIsReadAgainWithWhatTheWriteWillStore() throws IOException {
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the writes wait here until the test runs them
        Workspace workspace = openFour(1);
        Span org = workspace.document(0).spans().get(0);
        try {
            workspace.saveInBackground(writerThread::add);
            workspace.focus(0);
            workspace.relabel(0, org, Label.MISC);
            String edited = fingerprint(workspace.document(0));

            workspace.focus(3);
            assertThat(workspace.isParsed(0)).as("its corrections are handed to the writer: it may go").isFalse();
            assertThat(writerThread).as("the write has not run").isNotEmpty();
            assertThat(fingerprint(workspace.document(0))).isEqualTo(edited);
            workspace.undo();
            assertThat(workspace.document(0).spans()).contains(org);
        } finally {
            while (!writerThread.isEmpty()) {
                writerThread.remove().run();
            }
            workspace.close();
        }
        try (Workspace reopened = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home")).open()) {
            assertThat(reopened.document(0).spans()).contains(org);
        }
    }

    @Test
    @Timeout(120)
    void aLargeCorpusNeverHoldsMoreParsedCablesThanTheBound() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), "[PER Rubaie  ] met [LOC Tehran  ] on day " + i + " .\n");
        }
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        int bound = 5;
        int readers = Runtime.getRuntime().availableProcessors(); // each reader holds one cable while it reads it
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Workspace workspace = Workspace.openLazily(List.of(folder), store, uiThread::add)) {
            workspace.boundParsedCables(bound, Long.MAX_VALUE);
            for (int i = 0; i < 400; i++) {
                workspace.focus(i);
                assertThat(workspace.document(i).spans()).hasSize(2);
                assertThat(workspace.parsedCount()).isLessThanOrEqualTo(bound + readers);
            }
            while (workspace.readCount() < 400) {
                uiThread.take().run();
            }
            workspace.relabel(399, Span.of(0, 6, "PER"), Label.ORG);
            workspace.planApplyToAll(399, Span.of(8, 11, "LOC"), Label.LOC, OccurrenceScope.CORPUS);
            workspace.deleteOccurrences(399, Span.of(11, 17, "LOC"), OccurrenceScope.CORPUS);
            assertThat(workspace.document(3).spans()).hasSize(1);
            workspace.undo();
            workspace.focus(0);
            assertThat(workspace.document(3).spans()).hasSize(2);
            assertThat(workspace.parsedPeak()).as("parsed at once, ever").isLessThanOrEqualTo(bound + readers);
            assertThat(workspace.parsedCount()).isLessThanOrEqualTo(bound);
            assertThat(workspace.cables()).allSatisfy(entry -> assertThat(entry.entityCount()).isEqualTo(2));
        }
    }
}
