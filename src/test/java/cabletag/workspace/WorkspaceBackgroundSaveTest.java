package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's way of saving: each edit is written by the store's own thread, at once. */
class WorkspaceBackgroundSaveTest {

    @TempDir
    Path store;

    private Workspace open() {
        return InMemoryCorpus.open(store,
                Docs.tagged("a.txt", "[PER Rubaie  ] met [LOC Tehran  ]"),
                Docs.tagged("b.txt", "[PER Erbil  ] 3"));
    }

    private long storedCables() throws IOException {
        Path cables = store.resolve(CorrectionStore.CABLES);
        if (!Files.isDirectory(cables)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cables)) {
            return files.filter(file -> file.toString().endsWith(".json")).count();
        }
    }

    @Test
    void anEditIsHandedToTheWriterAtOnceAndReachesTheDiskWithoutASave() throws Exception {
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the writes wait here until the test runs them
        Workspace workspace = open();
        workspace.saveInBackground(writerThread::add);

        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);

        // started as the edit is made, neither done by the edit itself nor left for a timer or a save
        assertThat(writerThread).as("writes handed to the writer thread by the edit").hasSize(1);
        assertThat(storedCables()).as("the edit does not wait for the disk").isZero();
        writerThread.remove().run();
        assertThat(storedCables()).isEqualTo(1);
        try (Workspace reopened = open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "LOC"));
        }
    }

    /**
     * Corrections re-applied to a cable whose file changed must be stored anew (the new fingerprint): the
     * window left that write for Ctrl+S or closing, showing "Unsaved changes" meanwhile with nothing edited.
     * Now reading hands it to the writer as an edit does.
     */
    @Test
    void correctionsReappliedToAChangedFileAreHandedToTheWriterWithoutASave() throws Exception {
        TwoCableCorpus two = TwoCableCorpus.write(store.resolve("corpus"), store.resolve("home"));
        Path before;
        try (Workspace first = two.open()) {
            first.relabel(1, Span.of(0, 3, "ORG"), Label.LOC); // "GoI"
            before = first.storedFileOf(first.cableKey(1));
        }
        Path cable = two.corpus().resolve("b.txt");
        Files.writeString(cable, "A LINE ADDED AT THE TOP\n" + Files.readString(cable));

        Queue<Runnable> writerThread = new ArrayDeque<>();
        try (Workspace workspace = Workspace.openStreaming(List.of(two.corpus()), two.store(), Runnable::run)) {
            workspace.saveInBackground(writerThread::add);
            assertThat(workspace.document(1).spans()).contains(Span.of(24, 27, "LOC"));
            workspace.writeReappliedCorrections();

            assertThat(writerThread).as("the re-applied corrections handed to the writer").hasSize(1);
            assertThat(workspace.isDirty()).as("nothing left for a save").isFalse();
            writerThread.remove().run();
            Path after = workspace.storedFileOf(workspace.cableKey(1));
            assertThat(after).isNotEqualTo(before).exists();
            assertThat(before).as("the file under the old fingerprint, replaced").doesNotExist();
        }
    }

    @Test
    void manyEditsInABurstEndOnDiskAsTheLastOneLeftThem() {
        Workspace workspace = open();
        workspace.saveInBackground();
        Span span = Span.of(0, 5, "PER");
        for (int n = 1; n <= 300; n++) {
            span = workspace.relabel(1, span, Label.of("E" + n)).span();
        }
        workspace.close();

        try (Workspace reopened = open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "E300"));
            assertThat(reopened.problems()).isEmpty();
        }
    }

    @Test
    void aFailedBackgroundWriteIsReportedKeptDirtyAndWrittenBySave() throws Exception {
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the writes wait here until the test runs them
        Workspace workspace = open();
        workspace.saveInBackground(writerThread::add);
        Path cables = store.resolve(CorrectionStore.CABLES);
        Files.writeString(cables, "a file where the folder should be");

        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);

        assertThat(workspace.problems()).as("nothing written yet").isEmpty();
        writerThread.remove().run();
        assertThat(workspace.problems()).singleElement().asString().contains("Could not save corrections");
        assertThat(workspace.isDirty()).isTrue();
        assertThatThrownBy(workspace::save).isInstanceOf(java.io.UncheckedIOException.class);

        Files.delete(cables);
        workspace.save();
        assertThat(workspace.isDirty()).isFalse();
        try (Workspace reopened = open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "LOC"));
        }
    }

    @Test
    void theStoreFileOfAMovedCableIsDeletedWhenItsCableIsRewrittenThroughBurstsOfEdits() throws Exception {
        Path corpus = Files.createDirectories(store.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Erbil  ] is far .\n");
        StoreLocation location = new StoreLocation(store.resolve("home"));
        try (Workspace first = Workspace.open(List.of(corpus), location, null)) {
            first.relabel(0, first.document(0).spans().get(0), Label.LOC);
        }
        Path cables = location.root().resolve(CorrectionStore.FOLDER).resolve(CorrectionStore.CABLES);
        Path oldFile = storedFiles(cables).get(0);
        // the folder is renamed: the cable is found again by its fingerprint, its file stored under the old path
        Path moved = store.resolve("corpus-renamed");
        Files.move(corpus, moved);
        corpus = moved;

        // read lazily, after background saving is on: the rewrite under the current name goes through
        // the store's thread, where newer writes of the same cable replace queued ones
        try (Workspace reopened = Workspace.openLazily(List.of(corpus), location, Runnable::run)) {
            reopened.saveInBackground();
            Span span = reopened.document(0).spans().get(0);
            assertThat(span.label()).isEqualTo(Label.LOC);
            for (int n = 1; n <= 300; n++) {
                span = reopened.relabel(0, span, Label.of("E" + n)).span();
            }
        }

        assertThat(storedFiles(cables)).singleElement().satisfies(file -> {
            assertThat(file).isNotEqualTo(oldFile);
            assertThat(Files.readString(file)).contains(moved.toRealPath().resolve("a.txt").toString(), "E300");
        });
        try (Workspace again = Workspace.open(List.of(corpus), location, null)) {
            assertThat(again.document(0).spans().get(0).label()).isEqualTo(Label.of("E300"));
            assertThat(again.problems()).isEmpty();
        }
    }

    private static List<Path> storedFiles(Path cables) throws IOException {
        try (Stream<Path> files = Files.list(cables)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
