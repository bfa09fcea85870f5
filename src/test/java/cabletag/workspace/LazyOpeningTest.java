package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LazyOpeningTest {

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
    void aLazilyOpenedCorpusIsListedAtOnceAndReadInTheBackground() throws Exception {
        Path folder = corpus(300);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        try (Workspace first = Workspace.open(List.of(folder), store, null)) {
            first.relabel(250, Span.of(0, 6, "PER"), Label.ORG);
            first.setStatus(251, ReviewStatus.REVIEWED);
        }

        Set<Integer> announced = ConcurrentHashMap.newKeySet();
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>(); // events wait here, as on Platform.runLater
        try (Workspace workspace = Workspace.openLazily(List.of(folder), store, uiThread::add)) {
            workspace.addListener(change -> announced.addAll(change.cables()));
            assertThat(workspace.size()).isEqualTo(300);
            assertThat(workspace.cables().get(299).name()).isEqualTo("299.txt");
            assertThat(workspace.status(251)).isEqualTo(ReviewStatus.REVIEWED); // known before reading

            // whatever the background reader has done, asking for a cable reads it with its corrections
            assertThat(workspace.document(250).spans()).containsExactly(Span.of(0, 6, "ORG"), Span.of(11, 17, "LOC"));

            while (announced.size() < 299) {
                uiThread.take().run(); // waits for the reader's next event; @Timeout bounds a hang
            }
            assertThat(workspace.readCount()).isEqualTo(300);
            assertThat(workspace.cables()).allSatisfy(entry -> assertThat(entry.entityCount()).isEqualTo(2));
            assertThat(workspace.problems()).isEmpty();
        }
    }

    @Test
    void anUnreadCableCountsAsMinusOne() throws Exception {
        Path folder = corpus(3);
        Workspace workspace = Workspace.list(new ReaderCorpus(cabletag.formats.CorpusReader.standard(), List.of(folder)),
                CorrectedDocuments.of(CorrectionStore.openFolder(temp.resolve("store"))), List.of(folder));

        assertThat(workspace.cables()).extracting(CableEntry::entityCount).containsExactly(-1, -1, -1);
        assertThat(workspace.document(1).spans()).hasSize(2);
        assertThat(workspace.cables()).extracting(CableEntry::entityCount).containsExactly(-1, 2, -1);
        assertThat(workspace.readCount()).isEqualTo(1);
        workspace.readAll(null);
        assertThat(workspace.readCount()).isEqualTo(3);
        workspace.close();
    }

    /**
     * A binary file is no cable: the commands skip it with one problem line, and so does the window's
     * workspace, whichever way it opens. It was a blank cable (a row, counted, exported as an empty
     * document) whose only diagnostic said it was skipped.
     */
    @Test
    @Timeout(60)
    void aBinaryFileIsNoCableOnlyAProblemAsForTheCommands() throws Exception {
        Path folder = corpus(3);
        Files.write(folder.resolve("001.txt"), new byte[] {'a', 0, 'b'});
        String skipped = folder.resolve("001.txt") + ":1:2: error: binary file (NUL byte at offset 1) skipped";

        try (Workspace workspace = Workspace.open(List.of(folder), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(workspace.cables()).extracting(CableEntry::name).containsExactly("000.txt", "002.txt");
            assertThat(workspace.problems()).containsExactly(skipped);
            assertThat(workspace.problemCountOfNoCable()).as("no row counts it").isEqualTo(1);
            assertThat(workspace.exportSource().problems()).containsExactly(skipped);
        }
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
        try (Workspace workspace = Workspace.openStreaming(List.of(folder), new StoreLocation(temp.resolve("home2")), uiThread::add)) {
            workspace.carryOnInBackground();
            while (!workspace.isListed()) {
                uiThread.take().run(); // @Timeout bounds a hang
            }
            assertThat(workspace.cables()).extracting(CableEntry::name).containsExactly("000.txt", "002.txt");
            assertThat(workspace.problems()).containsExactly(skipped);
        }
    }

    /**
     * What a cable's document says itself (read as Windows-1252, empty) is told for the whole corpus and
     * counted on its row; an export counts it from the document, so the export's own problems leave it out,
     * as {@code cabletag export} does: the window's export said "10 problems" where the command said 7.
     */
    @Test
    void theExportCountsADocumentsOwnProblemOnceAsTheCommandDoes() throws Exception {
        Path folder = corpus(2);
        Files.write(folder.resolve("001.txt"), "Caf\u00e9 .\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.write(folder.resolve("002-empty.txt"), new byte[0]);

        try (Workspace workspace = Workspace.open(List.of(folder), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(workspace.problems()).hasSize(2).allSatisfy(line -> assertThat(line).matches(java.util.regex.Pattern.quote(folder + "/") + "00[12].*\\[(encoding-fallback|empty-file)]"));
            assertThat(workspace.exportSource().problems()).isEmpty();
            List<String> diagnostics = new java.util.ArrayList<>();
            workspace.exportSource().documents().forEachRemaining(document ->
                    document.diagnostics().forEach(diagnostic -> diagnostics.add(diagnostic.format(document.source().shown()))));
            assertThat(diagnostics).as("what the export counts instead, from the documents")
                    .containsExactlyInAnyOrderElementsOf(workspace.problems()); // read in parallel: told in any order
        }
    }

    @Test
    void anUnreadableFilesProblemKeepsItsOwnPlaceOrStartsAtTheFirstCharacter() {
        assertThat(ReaderCorpus.problem("b.txt", "b.txt:3:7: warning: odd").format("b.txt"))
                .isEqualTo("b.txt:3:7: warning: odd [unreadable]");
        assertThat(ReaderCorpus.problem("b.txt", "b.txt holds 2 documents where one cable was expected").format("b.txt"))
                .isEqualTo("b.txt:1:1: error: b.txt holds 2 documents where one cable was expected [unreadable]");
        String two = "b.txt:3:7: error: bad line; b.txt:9:1: error: bad line";
        assertThat(ReaderCorpus.problem("b.txt", two).message()).as("several problems stay together").isEqualTo(two);
        assertThat(ReaderCorpus.problem("b.txt", "a.txt:3:7: error: another file's").line()).isEqualTo(1);
    }

    @Test
    void damagedUtf8IsAProblemOfTheCorpusAsForTheCommands() throws Exception {
        Path folder = corpus(2);
        byte[] bytes = "[PER Jos\u00e9  ] met .\u20AC".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("001.txt"), java.util.Arrays.copyOf(bytes, bytes.length - 1));

        try (Workspace workspace = Workspace.open(List.of(folder), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(workspace.problems()).singleElement().asString()
                    .startsWith(folder.resolve("001.txt") + ":1:19: error: the file holds UTF-8 but has 2 bytes that are not")
                    .endsWith("[damaged-utf8]");
        }
    }

    @Test
    void aFileReadAsWindows1252IsReportedForTheCorpus() throws Exception {
        Path folder = corpus(2);
        Files.write(folder.resolve("001.txt"), "[PER Jos\u00e9  ] met .".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        try (Workspace workspace = Workspace.open(List.of(folder), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(workspace.document(1).textOf(workspace.document(1).spans().get(0))).isEqualTo("Jos\u00e9");
            assertThat(workspace.problems()).singleElement().asString()
                    .startsWith(folder.resolve("001.txt") + ":1:").contains("read as Windows-1252").endsWith("[encoding-fallback]");
        }
    }

    @Test
    void theSameNameInTwoOpenedFoldersKeepsItsOwnCorrections() throws Exception {
        Path first = Files.createDirectories(temp.resolve("2005"));
        Path second = Files.createDirectories(temp.resolve("2006"));
        Files.writeString(first.resolve("x.txt"), "[PER Rubaie  ] .");
        Files.writeString(second.resolve("x.txt"), "[LOC Iran  ] .");

        StoreLocation home = new StoreLocation(temp.resolve("home"));
        try (Workspace workspace = Workspace.open(List.of(first, second), home, null)) {
            assertThat(workspace.size()).isEqualTo(2);
            assertThat(workspace.problems()).isEmpty(); // each cable has its own key: its file's real path
            workspace.relabel(0, workspace.document(0).spans().get(0), cabletag.core.Label.LOC);
        }
        try (Workspace workspace = Workspace.open(List.of(second, first), home, null)) {
            int fromFirst = workspace.document(0).text().startsWith("Rubaie") ? 0 : 1;
            assertThat(workspace.document(fromFirst).spans().get(0).label().name()).isEqualTo("LOC");
            assertThat(workspace.document(1 - fromFirst).spans().get(0).label().name()).isEqualTo("LOC"); // Iran, as read
            assertThat(workspace.status(1 - fromFirst)).isEqualTo(ReviewStatus.NEW);
        }
    }

    @Test
    void progressRunsFromZeroToOne() throws Exception {
        Path folder = corpus(50);
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Workspace workspace = Workspace.open(List.of(folder), new StoreLocation(temp.resolve("home")), seen::add)) {
            assertThat(workspace.readCount()).isEqualTo(50);
        }
        assertThat(seen).isNotEmpty().allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }
}
