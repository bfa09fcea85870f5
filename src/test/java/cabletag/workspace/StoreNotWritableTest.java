package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store the session cannot write: the analyst is told so when the cables are opened, a save that fails names
 * the store and the reason (and throws nothing a caller did not ask for), closing never throws, and the edits
 * stay in the session until the store can be written, when a save writes them. A file where {@code cables/}
 * should be fails every write even for root; a folder the user may not write needs a user other than root
 * (root writes every folder), so that case skips itself under root and CI runs it as its own user.
 */
class StoreNotWritableTest {

    @TempDir
    Path temp;

    private Workspace openInMemory(Path store) {
        return InMemoryCorpus.open(store,
                Docs.tagged("a.txt", "[PER Rubaie  ] met [LOC Tehran  ]"),
                Docs.tagged("b.txt", "[PER Erbil  ] 3"));
    }

    @Test
    void aSaveThatCannotWriteNamesTheStoreAndTheReasonAndKeepsTheEdit() throws IOException {
        Path store = temp.resolve("store");
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the writes wait here until the test runs them
        Workspace workspace = openInMemory(store);
        workspace.saveInBackground(writerThread::add);
        Path cables = store.resolve(CorrectionStore.CABLES);
        Files.writeString(cables, "a file where the folder should be");

        List<java.util.Set<Integer>> told = new java.util.ArrayList<>();
        workspace.addListener(change -> told.add(change.cables()));
        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);
        told.clear();
        writerThread.remove().run();

        // the failure is news of the cable, so the window's save state follows it at once
        assertThat(told).containsExactly(java.util.Set.of(1));
        assertThat(workspace.isDirty()).isTrue();
        assertThat(workspace.saveFailure()).isPresent();

        assertThat(workspace.problemsOfNoCable()).singleElement().asString()
                .isEqualTo("Could not save corrections to " + store + ": a file is in the way (" + cables + ");"
                        + " they are kept in this session and saved with the next edit or save.");
        assertThatThrownBy(workspace::save)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("The corrections of 1 cable could not be saved to " + store + ": a file is in the way (" + cables + ")");
        assertThat(workspace.problemsOfNoCable()).as("the same failure, said once").hasSize(1);
        assertThat(workspace.isDirty()).isTrue();
        assertThat(workspace.document(1).spans()).as("the edit stays").containsExactly(Span.of(0, 5, "LOC"));

        Files.delete(cables);
        workspace.save();
        assertThat(workspace.isDirty()).isFalse();
        workspace.close();
        try (Workspace reopened = openInMemory(store)) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 5, "LOC"));
        }
    }

    @Test
    void closingWithCorrectionsThatCannotBeSavedThrowsNothingAndSaysWhatWasLost() throws IOException {
        Path store = temp.resolve("store");
        Workspace workspace = openInMemory(store);
        Path cables = store.resolve(CorrectionStore.CABLES);
        Files.writeString(cables, "a file where the folder should be");
        workspace.relabel(0, Span.of(0, 6, "PER"), Label.ORG);
        workspace.relabel(1, Span.of(0, 5, "PER"), Label.LOC);

        assertThatCode(workspace::close).as("the window's close and quit must not meet an exception").doesNotThrowAnyException();
        assertThat(workspace.problemsOfNoCable()).last().asString()
                .isEqualTo("Closed without saving: the corrections of 2 cables could not be saved to " + store
                        + ": a file is in the way (" + cables + ")");
    }

    @Test
    void aStoreThatCannotBeLockedButCanBeWrittenSaysEditsAreSavedAndSavesThem() throws IOException {
        TwoCableCorpus fixture = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Path store = fixture.store().root().resolve("store");
        Path locks = store.resolve(SessionLock.FOLDER);
        Files.createDirectories(store);
        Files.writeString(locks, "a file where the locks folder should be");
        try (Workspace workspace = fixture.open()) {
            assertThat(workspace.problemsOfNoCable()).containsExactly("Could not lock the store " + store
                    + " (a file is in the way (" + locks + ")): edits are saved, but another window or process"
                    + " opening the same files is not warned.");
            workspace.relabel(0, CorrectionStoreTest.ERBIL, Label.LOC);
            workspace.save();
        }
        Files.delete(locks);
        try (Workspace reopened = fixture.open()) {
            assertThat(reopened.document(0).spans()).contains(CorrectionStoreTest.ERBIL.withLabel(Label.LOC));
            assertThat(reopened.problemsOfNoCable()).isEmpty();
        }
    }

    @Test
    void aStoreTheUserMayNotWriteIsSaidSoAtOpeningAndSavedOnceItCanBe() throws IOException {
        TwoCableCorpus fixture = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        try (Workspace first = fixture.open()) {
            first.relabel(0, CorrectionStoreTest.ERBIL, Label.LOC); // the store and its cables folder are there
        }
        Path store = fixture.store().root().resolve("store");
        Path cables = store.resolve(CorrectionStore.CABLES);
        List<Path> folders = List.of(store, cables, store.resolve(SessionLock.FOLDER));
        setWritable(folders, false);
        try {
            Assumptions.assumeFalse(Files.isWritable(cables), "running as root: every folder can be written");
            Workspace workspace = fixture.open();
            assertThat(workspace.problemsOfNoCable()).containsExactly("The corrections store " + store
                    + " cannot be written: permission denied (" + cables + "). Edits are not saved until it can be:"
                    + " put its permissions right (or choose another CABLETAG_HOME), then save.");

            workspace.relabel(1, Span.of(0, 3, "ORG"), Label.LOC);
            assertThatThrownBy(workspace::save)
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("The corrections of 1 cable could not be saved to " + store + ": permission denied (" + cables + ")");

            setWritable(folders, true);
            workspace.save();
            assertThat(workspace.isDirty()).isFalse();
            assertThat(workspace.problemsOfNoCable()).as("a save that wrote everything ends what the lines said").isEmpty();
            workspace.close();
        } finally {
            setWritable(folders, true);
        }
        try (Workspace reopened = fixture.open()) {
            assertThat(reopened.document(1).spans()).containsExactly(Span.of(0, 3, "LOC"));
            assertThat(reopened.problemsOfNoCable()).isEmpty();
        }
    }

    private static void setWritable(List<Path> folders, boolean writable) throws IOException {
        for (Path folder : folders) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(writable ? "rwx------" : "r-x------"));
        }
        try (Stream<Path> locks = Files.list(folders.get(2))) { // the first session's lock file, kept for the next
            for (Path lock : locks.toList()) {
                Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString(writable ? "rw-------" : "r--------"));
            }
        }
    }
}
