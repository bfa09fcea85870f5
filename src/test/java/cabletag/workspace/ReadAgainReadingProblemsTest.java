package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cable's reading problems are those of its file as last read: the analyst fixes a broken file on disk, the
 * session reads it again (it was let go, ADR 0010) and the fixed problem is gone, a new one is there, even
 * when there are as many as before. Before, the problems of the whole corpus (a file that could not be read)
 * were kept in a list that only grew, and a cable read again with as many problems as before told nobody.
 */
class ReadAgainReadingProblemsTest {

    private static final String BROKEN_AT_THE_END = "[LOC Erbil  ] is far from Najaf .\n\n[PER Jalili met nobody .\n";
    private static final String BROKEN_AT_THE_START = "[LOC Erbil  ] is far from [ORG Najaf .\n";

    @TempDir
    Path temp;

    private Path corpus;

    /** a.txt to d.txt, b.txt as given; every cable read once, b.txt let go (no neighbour of d.txt, over a bound of 1). */
    private Workspace openWithCable1LetGo(byte[] b) throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        Files.write(corpus.resolve("b.txt"), b);
        Files.writeString(corpus.resolve("c.txt"), "[LOC Erbil  ] and [PER Rubaie  ] .\n");
        Files.writeString(corpus.resolve("d.txt"), "[ORG GoI  ] met [LOC Erbil  ] officials .\n");
        Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
        workspace.boundParsedCables(1, Long.MAX_VALUE);
        workspace.focus(1);
        workspace.focus(3);
        assertThat(workspace.isParsed(1)).as("b.txt is let go").isFalse();
        return workspace;
    }

    @Test
    void oneProblemFixedAndAnotherMadeIsToldAtTheSameCount() throws IOException {
        try (Workspace workspace = openWithCable1LetGo(BROKEN_AT_THE_END.getBytes())) {
            assertThat(workspace.entry(1).problemCount()).isEqualTo(1);
            Files.writeString(corpus.resolve("b.txt"), BROKEN_AT_THE_START);
            List<WorkspaceChange> heard = new ArrayList<>();
            workspace.addListener(heard::add);

            workspace.document(1); // read again away from the screen (a pass over the corpus)

            assertThat(heard).as("b.txt's row is told, though it counts 1 as before")
                    .anySatisfy(change -> assertThat(change.cables()).contains(1));
            assertThat(workspace.entry(1).problemCount()).isEqualTo(1);
            assertThat(workspace.problemsOf(1).read()).extracting(Diagnostic::line).containsExactly(1);
            assertThat(workspace.isParsed(1)).as("let go again").isFalse();
            assertThat(workspace.problemsOf(1).read()).as("known without parsing it").extracting(Diagnostic::code)
                    .containsExactly("unclosed-tag");
        }
    }

    /**
     * A binary file is no cable (the listing skips it and names it, as the commands do); fixed on disk, the
     * next opening of the folder takes it for a cable and names nothing.
     */
    @Test
    void aFileThatCouldNotBeReadAndIsFixedIsNoLongerNamedAtTheNextOpening() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        Files.write(corpus.resolve("b.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 'c'});
        StoreLocation home = new StoreLocation(temp.resolve("home"));
        try (Workspace workspace = Workspace.open(List.of(corpus), home, null)) {
            assertThat(workspace.size()).as("the binary file is no cable").isEqualTo(1);
            assertThat(workspace.problems()).anySatisfy(line -> assertThat(line).startsWith(corpus.resolve("b.txt") + ":1:3: error: binary file"));
        }
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");

        try (Workspace workspace = Workspace.open(List.of(corpus), home, null)) {
            assertThat(workspace.size()).isEqualTo(2);
            workspace.document(1);
            assertThat(workspace.problems()).as("what an export names").isEmpty();
            assertThat(workspace.entry(1).problemCount()).isZero();
            assertThat(workspace.problemsOf(1).isEmpty()).isTrue();
        }
    }

    @Test
    void theProblemsOfACableAreAsManyAsItsRowCounts() throws IOException {
        try (Workspace workspace = openWithCable1LetGo(BROKEN_AT_THE_END.getBytes())) {
            for (int cable = 0; cable < workspace.size(); cable++) {
                assertThat(workspace.problemsOf(cable).count()).isEqualTo(workspace.entry(cable).problemCount());
            }
            assertThat(workspace.problemsOf(1).name()).as("the file as named, as check names it").isEqualTo(corpus.resolve("b.txt").toString());
            assertThat(workspace.problemsOf(1).read()).extracting(Diagnostic::line).containsExactly(3);
        }
    }
}
