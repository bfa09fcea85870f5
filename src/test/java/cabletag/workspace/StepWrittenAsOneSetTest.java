package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.io.FileSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step over many cables reaches the store as one set (ADR 0013): a write that fails half way, or a process
 * killed half way, leaves every cable of the step with it or none, once the store is next opened (the window's
 * route and the commands' alike), and the opening says which in one line.
 */
class StepWrittenAsOneSetTest {

    @TempDir
    Path temp;

    private static final int CABLES = 6;

    /** Six new cables, each with "Erbil" tagged LOC. */
    private TwoCableCorpus sixCables() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        for (int i = 0; i < CABLES; i++) {
            Files.writeString(corpus.resolve("c" + i + ".txt"), "[LOC Erbil  ] met [PER Rubaie  ] " + i + " .\n");
        }
        return new TwoCableCorpus(corpus, new StoreLocation(temp.resolve("home")));
    }

    private static Span erbil(Workspace workspace) {
        return workspace.document(0).spans().get(0);
    }

    /** How many cables the store has with Erbil as MISC, read as the commands read it (a fresh opening). */
    private static long withTheStep(TwoCableCorpus corpus, List<String> notes) throws IOException {
        CorrectedDocuments store = CorrectedDocuments.open(corpus.store());
        notes.addAll(store.storeNotes());
        long count = 0;
        Path cables = corpus.store().root().resolve("store").resolve("cables");
        if (!Files.isDirectory(cables)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(cables)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).contains("\"MISC\"")) {
                    count++;
                }
            }
        }
        return count;
    }

    private static List<String> setFiles(TwoCableCorpus corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus.store().root().resolve("store").resolve("cables"))) {
            return files.map(file -> file.getFileName().toString()).filter(FileSet::isSetFile).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void aWriteThatFailsAfterKOfItsRenamesIsFinishedByTheNextOpeningWhichSaysSo(int renamed) throws IOException {
        TwoCableCorpus corpus = sixCables();
        Workspace workspace = corpus.open();
        try {
            workspace.storeCheckpoint(point -> {
                if (point.equals("renamed " + renamed)) {
                    throw new IOException("No space left on device");
                }
            });
            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS);
            assertThat(workspace.problems()).anySatisfy(line -> assertThat(line)
                    .startsWith("Could not save corrections to").contains("No space left on device")
                    .contains("the next write or opening there completes it"));

            // a command opening the store meanwhile (or the window's next start) finishes it, and says so
            List<String> notes = new java.util.ArrayList<>();
            assertThat(withTheStep(corpus, notes)).isEqualTo(CABLES);
            assertThat(notes).singleElement().asString()
                    .startsWith("store: finished writing a step over 6 cables (Tag 6 occurrences of “Erbil” as MISC in 6 cables)"
                            + " that was cut short (")
                    .endsWith("): every one of them has it now");
            assertThat(setFiles(corpus)).isEmpty();
        } finally {
            workspace.storeCheckpoint(FileSet.NO_CHECKPOINT);
            workspace.close();
        }
    }

    @Test
    void aWriteThatFailsBeforeItsJournalLeavesNoCableWithTheStepAndTheNextSaveWritesThemAll() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            workspace.storeCheckpoint(point -> {
                if (point.equals("written 4")) {
                    throw new IOException("No space left on device");
                }
            });
            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS);
            assertThat(workspace.problems()).anySatisfy(line -> assertThat(line).contains("No space left on device"));
            List<String> notes = new java.util.ArrayList<>();
            assertThat(withTheStep(corpus, notes)).as("none of the step").isZero();
            assertThat(notes).as("nothing was cut short: the failure was said when it happened").isEmpty();
            assertThat(setFiles(corpus)).isEmpty();
            assertThat(workspace.isDirty()).isTrue();

            workspace.storeCheckpoint(FileSet.NO_CHECKPOINT);
            workspace.save(); // the disk has room again: the step is written, as one set again
            assertThat(withTheStep(corpus, notes)).isEqualTo(CABLES);
        }
    }

    @Test
    void aLaterEditOfACableOfTheStepIsNotOvertakenByTheStepLeftHalfWritten() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            workspace.storeCheckpoint(point -> {
                if (point.equals("renamed 2")) {
                    throw new IOException("Input/output error");
                }
            });
            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS);
            workspace.storeCheckpoint(FileSet.NO_CHECKPOINT);
            // the disk is back: the next edit finishes the set before it writes its own cable
            Span misc = workspace.document(0).spans().get(0);
            workspace.relabel(0, misc, Label.ORG);
        }
        try (Workspace reopened = corpus.open()) {
            assertThat(reopened.storeNotes()).isEmpty();
            assertThat(reopened.document(0).spans().get(0).label()).isEqualTo(Label.ORG);
            for (int i = 1; i < CABLES; i++) {
                assertThat(reopened.document(i).spans().get(0).label()).as("cable %d", i).isEqualTo(Label.MISC);
            }
        }
    }

    @Test
    void aStepUndoneOverCablesThatHadNoFileIsOneSetToo() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS);
            List<String> points = new java.util.ArrayList<>();
            workspace.storeCheckpoint(points::add);
            workspace.undo(); // six files deleted, as one set
            assertThat(points).contains("journal written", "deleted", "journal deleted").noneMatch(p -> p.startsWith("written"));
        }
        assertThat(withTheStep(corpus, new java.util.ArrayList<>())).isZero();
    }

    @Test
    void anEditOfOneCableWritesNoJournal() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            List<String> points = new java.util.ArrayList<>();
            workspace.storeCheckpoint(points::add);
            workspace.relabel(0, erbil(workspace), Label.MISC);
            workspace.applyToAll(0, workspace.document(0).spans().get(1), Label.ORG, OccurrenceScope.CABLE);
            assertThat(points).as("one cable each: written as always").isEmpty();
        }
    }

    @Test
    void inTheWindowTheSetWaitsOnTheStoreThreadAndALaterEditOfOneOfItsCablesComesAfterIt() throws IOException {
        TwoCableCorpus corpus = sixCables();
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the writes wait here until the test runs them
        try (Workspace workspace = corpus.open()) {
            workspace.saveInBackground(writerThread::add);
            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS);
            workspace.relabel(3, workspace.document(3).spans().get(0), Label.ORG);
            assertThat(writerThread).as("one task drains the queue").hasSize(1);
            assertThat(withTheStep(corpus, new java.util.ArrayList<>())).as("nothing written by the edits themselves").isZero();
            writerThread.remove().run();
            assertThat(workspace.storeWriteCount()).as("six cables in the set, then the one edited after it").isEqualTo(7);
        }
        try (Workspace reopened = corpus.open()) {
            assertThat(reopened.document(3).spans().get(0).label()).isEqualTo(Label.ORG);
            for (int i = 0; i < CABLES; i++) {
                if (i != 3) {
                    assertThat(reopened.document(i).spans().get(0).label()).as("cable %d", i).isEqualTo(Label.MISC);
                }
            }
        }
    }

    @Test
    void aStepCutShortBeforeItsJournalIsTakenBackByTheWindowsOpeningWhichSaysSo() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            workspace.relabel(0, erbil(workspace), Label.ORG); // one cable stored before the step
        }
        // a process killed while it wrote a step: its new files are there, its journal is not
        Path cables = corpus.store().root().resolve("store").resolve("cables");
        FileSet killed = FileSet.begin(cables, "a step over 6 cables (Tag 6 occurrences of “Erbil” as MISC in 6 cables)",
                FileSet.NO_CHECKPOINT);
        killed.write("c0_txt.0000000000000000.000000000000.json", "{ cut".getBytes(StandardCharsets.UTF_8));
        killed.abandon();

        try (Workspace reopened = Workspace.openStreaming(List.of(corpus.corpus()), corpus.store(), Runnable::run)) {
            assertThat(reopened.storeNotes()).singleElement().asString().isEqualTo("store: took back a step over 6 cables"
                    + " (Tag 6 occurrences of “Erbil” as MISC in 6 cables), which was cut short before it was written whole ("
                    + cables + "): none of them has it; do it again if it is still wanted");
            assertThat(reopened.problemsOfNoCable()).containsAll(reopened.storeNotes());
            reopened.readAll(null);
            assertThat(reopened.document(0).spans().get(0).label()).as("the cable as stored before").isEqualTo(Label.ORG);
        }
        assertThat(setFiles(corpus)).isEmpty();
    }

    @Test
    void aStepOfAnotherProcessThatALaterSetWriteTakesBackLeavesTheCountOfProblemsAsListed() throws IOException {
        TwoCableCorpus corpus = sixCables();
        try (Workspace workspace = corpus.open()) {
            assertThat(workspace.storeNews()).isEmpty();
            // another process, killed since this store was opened, left a step before its journal
            Path cables = Files.createDirectories(corpus.store().root().resolve("store").resolve("cables"));
            FileSet killed = FileSet.begin(cables, "another window's step", FileSet.NO_CHECKPOINT);
            killed.write("c0_txt.0000000000000000.000000000000.json", "{ cut".getBytes(StandardCharsets.UTF_8));
            killed.abandon();

            workspace.applyToAll(0, erbil(workspace), Label.MISC, OccurrenceScope.CORPUS); // its set write takes it back

            assertThat(workspace.storeNews()).as("the news of the opening, as listed").isEmpty();
            assertThat(workspace.problemCountOfNoCable()).as("none listed, none counted: not one taken away")
                    .isEqualTo(workspace.problemsOfNoCable().size());
        }
    }
}
