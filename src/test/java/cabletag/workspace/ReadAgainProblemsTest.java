package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cable let go (ADR 0010) is read again from its file, which may have changed on disk meanwhile: what
 * putting its stored corrections back finds is told as on a first read — in the problems, on the cable's
 * row, as the commands say it — and what was told already is not told again. Before, a correction that
 * no longer fitted the changed file was left out without a word.
 */
class ReadAgainProblemsTest {

    @TempDir
    Path temp;

    /** a.txt to d.txt; b.txt is "[ORG GoI  ] said so ." and gets a stored MISC over "said"; b.txt is let go. */
    private Workspace openWithCable1Corrected() throws IOException {
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Files.writeString(two.corpus().resolve("c.txt"), "[LOC Erbil  ] and [PER Rubaie  ] .\n");
        Files.writeString(two.corpus().resolve("d.txt"), "[ORG GoI  ] met [LOC Erbil  ] officials .\n");
        Workspace workspace = two.open();
        workspace.boundParsedCables(2, Long.MAX_VALUE);
        workspace.focus(1);
        int said = workspace.document(1).text().indexOf("said");
        workspace.add(1, said, said + 4, Label.MISC); // written at once (no background writer here)
        workspace.focus(3); // 1 is no neighbour of 3, and written: over the bound of 2 with 3 and 2, it goes
        workspace.original(2);
        workspace.focus(3);
        assertThat(workspace.isParsed(1)).as("the corrected cable is let go").isFalse();
        return workspace;
    }

    private Path cableB() {
        return temp.resolve("corpus").resolve("b.txt");
    }

    @Test
    void aCorrectionThatNoLongerFitsTheChangedFileIsToldWhenTheCableIsReadAgain() throws IOException {
        try (Workspace workspace = openWithCable1Corrected()) {
            int noCable = workspace.problemCountOfNoCable();
            Files.writeString(cableB(), "[ORG GoI  ] told so .\n"); // the stored entity's text is gone

            workspace.focus(1);
            assertThat(workspace.document(1).spans()).hasSize(1); // the MISC is not put on other words
            List<String> asTheCommandsSay = CorrectedDocuments.open(new StoreLocation(temp.resolve("home")))
                    .correct(cableB(), workspace.original(1)).problems();

            assertThat(asTheCommandsSay).anySatisfy(line -> assertThat(line).startsWith(cableB() + ": error: could not re-apply MISC “said”"));
            assertThat(workspace.problems()).containsAll(asTheCommandsSay);
            assertThat(workspace.notes()).anySatisfy(line -> assertThat(line).contains("the corrections as they were are kept in"));
            // the row counts each problem once, as the commands do; the copy kept is news, not counted
            assertThat(workspace.entry(1).problemCount()).isEqualTo(asTheCommandsSay.size());
            assertThat(workspace.problemCountOfNoCable()).isEqualTo(noCable);
        }
    }

    @Test
    void aCableReadAgainAwayFromTheScreenTellsItsRowToTheListeners() throws IOException {
        try (Workspace workspace = openWithCable1Corrected()) {
            Files.writeString(cableB(), "[ORG GoI  ] told so .\n"); // the stored entity's text is gone
            List<WorkspaceChange> heard = new java.util.ArrayList<>();
            workspace.addListener(heard::add);
            Span erbil = workspace.document(3).spans().stream()
                    .filter(span -> span.label().equals(Label.LOC)).findFirst().orElseThrow();

            // a corpus-wide edit from cable 3 reads every cable, b.txt among them, without showing it
            workspace.applyToAll(3, erbil, Label.ORG, OccurrenceScope.CORPUS);

            // the edit stores b.txt anew too: the MISC left out is in the copy only, a note, as the commands no longer name it
            assertThat(workspace.notes()).anySatisfy(line -> assertThat(line).startsWith(cableB() + ": note: could not re-apply MISC “said”"));
            assertThat(workspace.problems()).noneSatisfy(line -> assertThat(line).contains("could not re-apply"));
            assertThat(heard).as("the listeners hear of b.txt's row, which the edit did not change")
                    .anySatisfy(change -> assertThat(change.cables()).contains(1));
            int rows = 0;
            for (CableEntry entry : workspace.cables()) {
                rows += Math.max(0, entry.problemCount());
            }
            assertThat(rows + workspace.problemCountOfNoCable()).isEqualTo(workspace.problems().size());
        }
    }

    /**
     * The window writes the store on its own thread: a cable may be let go while its write still waits (or
     * failed and waits for the next one), and it is then read again with what that write will store. When
     * those corrections no longer fit the changed file, they are kept as they were, as when they come from
     * the disk: before, no copy was made (there was no file to copy yet), and the rewrite against the new
     * file replaced the queued write, so the corrections that could not be put back were gone.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aCableReadAgainWhileItsWriteIsStillQueuedKeepsTheCorrectionsAsTheyWere() throws IOException {
        java.util.Queue<Runnable> writerThread = new java.util.ArrayDeque<>(); // the writes wait here until the test runs them
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Files.writeString(two.corpus().resolve("c.txt"), "[LOC Erbil  ] and [PER Rubaie  ] .\n");
        Files.writeString(two.corpus().resolve("d.txt"), "[ORG GoI  ] met [LOC Erbil  ] officials .\n");
        Workspace workspace = two.open();
        try {
            workspace.saveInBackground(writerThread::add);
            workspace.boundParsedCables(2, Long.MAX_VALUE);
            workspace.focus(1);
            int said = workspace.document(1).text().indexOf("said");
            workspace.add(1, said, said + 4, Label.MISC);
            workspace.focus(3);
            workspace.original(2);
            workspace.focus(3);
            assertThat(workspace.isParsed(1)).as("handed to the writer, the cable may go").isFalse();
            assertThat(writerThread).as("its write has not run").isNotEmpty();
            Files.writeString(cableB(), "[ORG GoI  ] told so .\n"); // the stored entity's text is gone

            workspace.focus(1);
            workspace.document(1);

            String kept = workspace.notes().stream()
                    .filter(line -> line.startsWith(cableB() + ": note: the corrections as they were are kept in "))
                    .findFirst().orElseThrow(() -> new AssertionError("no copy named in " + workspace.notes()));
            Path copy = Path.of(kept.substring((cableB() + ": note: the corrections as they were are kept in ").length(), kept.length() - 1));
            assertThat(copy.getFileName().toString()).contains(".before-reapply-").endsWith(".bak");
            StoredCorrection asTheyWere = CorrectionJson.parse(Files.readAllBytes(copy));
            assertThat(asTheyWere.added()).singleElement().satisfies(span -> {
                assertThat(span.span()).isEqualTo(Span.of(said, said + 4, "MISC"));
                assertThat(span.text()).isEqualTo("said");
            });
        } finally {
            while (!writerThread.isEmpty()) {
                writerThread.remove().run();
            }
            workspace.close();
        }
    }

    @Test
    void aCableReadAgainFromAnUnchangedFileTellsNothingAgain() throws IOException {
        try (Workspace workspace = openWithCable1Corrected()) {
            Files.writeString(cableB(), "[ORG GoI  ] told so .\n");
            workspace.focus(1);
            workspace.document(1);
            workspace.save(); // the corrections are written anew against the changed file
            List<String> told = workspace.problems();
            int count = workspace.entry(1).problemCount();

            workspace.focus(3);
            workspace.original(2);
            workspace.focus(3);
            assertThat(workspace.isParsed(1)).isFalse();
            workspace.focus(1);
            workspace.document(1);

            assertThat(workspace.problems()).isEqualTo(told);
            assertThat(workspace.entry(1).problemCount()).isEqualTo(count);
        }
    }
}
