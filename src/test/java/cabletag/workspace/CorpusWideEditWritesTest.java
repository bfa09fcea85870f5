package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus-wide edit writes each cable it changes once per step, with the status the step gives it. Before,
 * a new cable not in use was written during the edit with its old status ("new") and then again for the
 * change to "in progress"; undoing the edit did the same the other way.
 */
class CorpusWideEditWritesTest {

    @TempDir
    Path temp;

    /** Four new cables, each with "Erbil" tagged LOC; only the first is shown, and one cable stays parsed. */
    private TwoCableCorpus fourCables() throws IOException {
        TwoCableCorpus two = TwoCableCorpus.write(temp.resolve("corpus"), temp.resolve("home"));
        Files.writeString(two.corpus().resolve("b.txt"), "[LOC Erbil  ] said so .\n");
        Files.writeString(two.corpus().resolve("c.txt"), "[LOC Erbil  ] and [PER Rubaie  ] .\n");
        Files.writeString(two.corpus().resolve("d.txt"), "[ORG GoI  ] met [LOC Erbil  ] officials .\n");
        Files.writeString(two.corpus().resolve("a.txt"), "[LOC Erbil  ] met [LOC Tehran  ] officials .\n");
        return two;
    }

    @Test
    void eachCableIsWrittenOncePerStepWithItsNewStatus() throws IOException {
        TwoCableCorpus corpus = fourCables();
        try (Workspace workspace = corpus.open()) {
            workspace.boundParsedCables(1, Long.MAX_VALUE);
            workspace.focus(0); // 0 and 1 in use; 2 and 3 are written as the edit goes
            Span erbil = workspace.document(0).spans().get(0);
            int before = workspace.storeWriteCount();

            workspace.applyToAll(0, erbil, Label.MISC, OccurrenceScope.CORPUS);

            assertThat(workspace.storeWriteCount() - before).as("writes for four changed cables").isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                assertThat(workspace.status(i)).isEqualTo(ReviewStatus.IN_PROGRESS);
            }

            int edited = workspace.storeWriteCount();
            workspace.undo();
            assertThat(workspace.storeWriteCount() - edited).as("writes to undo it").isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                assertThat(workspace.status(i)).isEqualTo(ReviewStatus.NEW);
            }
            workspace.redo();
        }
        // what is on disk is the step's result, status included
        try (Workspace reopened = corpus.open()) {
            for (int i = 0; i < 4; i++) {
                assertThat(reopened.status(i)).as("cable %d", i).isEqualTo(ReviewStatus.IN_PROGRESS);
                assertThat(reopened.document(i).spans()).anySatisfy(span -> assertThat(span.label()).isEqualTo(Label.MISC));
            }
        }
    }

    @Test
    void aStepUndoneLeavesNoFileOfANewCable() throws IOException {
        TwoCableCorpus corpus = fourCables();
        try (Workspace workspace = corpus.open()) {
            workspace.boundParsedCables(1, Long.MAX_VALUE);
            workspace.focus(0);
            Span erbil = workspace.document(0).spans().get(0);
            workspace.applyToAll(0, erbil, Label.MISC, OccurrenceScope.CORPUS);
            workspace.undo();
        }
        try (Workspace reopened = corpus.open()) {
            for (int i = 0; i < 4; i++) {
                assertThat(reopened.status(i)).as("cable %d", i).isEqualTo(ReviewStatus.NEW);
                assertThat(reopened.storedFileOf(reopened.cableKey(i))).as("cable %d", i).isNull();
            }
        }
    }
}
