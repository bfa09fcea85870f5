package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.ChangedSinceListed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's text view did not notice that the shown cable's file changed on disk: the workspace now says how it
 * changed since it was read, and reads it again on the analyst's word, with the corrections put back by the route
 * of every cable whose file changed, whether they were on disk yet or not.
 */
class ReadAgainFromDiskTest {

    private static final String CABLE = "[PER Rubaie  ] met officials in [LOC Najaf  ] .\n";

    @TempDir
    Path temp;

    private Path corpus;

    private Workspace open() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        if (!Files.exists(corpus.resolve("a.txt"))) {
            Files.writeString(corpus.resolve("a.txt"), CABLE);
            Files.writeString(corpus.resolve("b.txt"), "[LOC Erbil  ] .\n");
        }
        return Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
    }

    @Test
    void aChangedFileIsToldAndReadAgainWithTheCorrectionsNotYetOnDisk() throws IOException {
        Queue<Runnable> writerThread = new ArrayDeque<>(); // the store's writes wait here: nothing reaches the disk
        Workspace workspace = open();
        try {
            workspace.saveInBackground(writerThread::add);
            int a = workspace.indexOf("a.txt").orElseThrow();
            String text = workspace.document(a).text();
            int officials = text.indexOf("officials");
            workspace.add(a, officials, officials + "officials".length(), Label.MISC);
            assertThat(workspace.changeOnDisk(a)).isNull();

            Files.writeString(corpus.resolve("a.txt"), "ADDED LINE .\n" + CABLE); // edited in another program
            assertThat(workspace.changeOnDisk(a)).startsWith("changed on disk (");
            assertThat(ChangedSinceListed.lines(workspace.listedFiles())).as("the export refuses it").hasSize(1);

            Workspace.ReadAgain done = workspace.readAgain(a);

            int shift = "ADDED LINE .\n".length();
            assertThat(workspace.document(a).text()).startsWith("ADDED LINE .\n");
            assertThat(workspace.document(a).spans()).as("the MISC, never on disk, put back on the new text")
                    .contains(Span.of(officials + shift, officials + shift + "officials".length(), "MISC"));
            assertThat(done.textChanged()).isTrue();
            assertThat(done.stepsForgotten()).as("the add, made on the old text").isEqualTo(1);
            assertThat(done.notPutBack()).isZero();
            assertThat(workspace.canUndo()).isFalse();
            assertThat(workspace.changeOnDisk(a)).isNull();
            assertThat(ChangedSinceListed.lines(workspace.listedFiles())).as("listed as read now").isEmpty();
        } finally {
            while (!writerThread.isEmpty()) {
                writerThread.remove().run();
            }
            workspace.close();
        }
        try (Workspace reopened = open()) {
            int a = reopened.indexOf("a.txt").orElseThrow();
            assertThat(reopened.document(a).spans()).extracting(Span::label).contains(Label.MISC);
            assertThat(reopened.problems()).isEmpty();
        }
    }

    @Test
    void theStepsOfOtherCablesMadeAfterItStayUndoable() throws IOException {
        try (Workspace workspace = open()) {
            int a = workspace.indexOf("a.txt").orElseThrow();
            int b = workspace.indexOf("b.txt").orElseThrow();
            String text = workspace.document(a).text();
            int officials = text.indexOf("officials");
            workspace.add(a, officials, officials + "officials".length(), Label.MISC);
            Span erbil = workspace.document(b).spans().get(0);
            workspace.relabel(b, erbil, Label.ORG);
            Files.writeString(corpus.resolve("a.txt"), "ADDED LINE .\n" + CABLE);

            assertThat(workspace.readAgain(a).stepsForgotten()).isEqualTo(1);

            assertThat(workspace.undoDescription()).contains("Erbil");
            workspace.undo();
            assertThat(workspace.document(b).spans()).containsExactly(erbil);
            assertThat(workspace.canUndo()).isFalse();
        }
    }

    /**
     * Found from outside: F5 on b said "2 undo steps of the old text dropped" where one step was b's, and a's first
     * relabel, made before it, could no longer be undone.
     */
    @Test
    void theStepsOfOtherCablesMadeBeforeItStayUndoableToo() throws IOException {
        try (Workspace workspace = open()) {
            int a = workspace.indexOf("a.txt").orElseThrow();
            int b = workspace.indexOf("b.txt").orElseThrow();
            List<Span> before = workspace.document(a).spans().stream().toList();
            Span first = before.get(0);
            workspace.relabel(a, first, Label.ORG);
            Span erbil = workspace.document(b).spans().get(0);
            workspace.relabel(b, erbil, Label.ORG);
            Span second = workspace.document(a).spans().get(1);
            workspace.relabel(a, second, Label.MISC);
            Files.writeString(corpus.resolve("b.txt"), "ADDED LINE .\n" + Files.readString(corpus.resolve("b.txt")));

            assertThat(workspace.readAgain(b).stepsForgotten()).as("b's one step").isEqualTo(1);

            workspace.undo();
            workspace.undo();
            assertThat(workspace.document(a).spans()).as("both of a's steps undone").containsExactlyElementsOf(before);
            assertThat(workspace.canUndo()).isFalse();
        }
    }

    @Test
    void anUnchangedTextKeepsItsUndoStepsAndARemovedFileIsNotReadAgain() throws IOException {
        try (Workspace workspace = open()) {
            int a = workspace.indexOf("a.txt").orElseThrow();
            Span rubaie = workspace.document(a).spans().get(0);
            workspace.relabel(a, rubaie, Label.ORG);
            Files.writeString(corpus.resolve("a.txt"), CABLE); // written again, the same bytes
            Files.setLastModifiedTime(corpus.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
            assertThat(workspace.changeOnDisk(a)).isEqualTo("changed on disk (written again)");

            Workspace.ReadAgain done = workspace.readAgain(a);
            assertThat(done.textChanged()).isFalse();
            assertThat(done.stepsForgotten()).isZero();
            assertThat(workspace.document(a).spans()).contains(rubaie.withLabel(Label.ORG));
            assertThat(workspace.canUndo()).isTrue();

            Files.delete(corpus.resolve("a.txt"));
            assertThat(workspace.changeOnDisk(a)).isEqualTo("removed");
            assertThatThrownBy(() -> workspace.readAgain(a)).isInstanceOf(EditRejectedException.class)
                    .hasMessageContaining("cannot be read now");
            assertThat(workspace.document(a).spans()).contains(rubaie.withLabel(Label.ORG));
        }
    }

    /** A correction the new text no longer holds is named and kept in a copy, and the read says how many. */
    @Test
    void aCorrectionTheNewTextNoLongerHoldsIsCountedNamedAndKept() throws IOException {
        try (Workspace workspace = open()) {
            int a = workspace.indexOf("a.txt").orElseThrow();
            String text = workspace.document(a).text();
            int officials = text.indexOf("officials");
            workspace.add(a, officials, officials + "officials".length(), Label.MISC);
            Files.writeString(corpus.resolve("a.txt"), CABLE.replace("officials", "ministers"));

            Workspace.ReadAgain done = workspace.readAgain(a);

            assertThat(done.notPutBack()).isEqualTo(1);
            assertThat(workspace.problems()).anySatisfy(line -> assertThat(line).contains("could not re-apply MISC “officials”"));
            assertThat(workspace.notes()).anySatisfy(line -> assertThat(line).contains("the corrections as they were are kept in"));
        }
    }
}
