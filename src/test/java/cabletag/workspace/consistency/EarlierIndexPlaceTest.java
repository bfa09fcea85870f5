package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What versions before 2026-12-05 kept under the inputs exactly as named is carried over, once, to the place of
 * the set of cables: the index copied where there is none, the dismissed findings added to those there.
 */
class EarlierIndexPlaceTest {

    @TempDir
    Path temp;

    @Test
    void indexAndDismissalsKeptUnderAnotherNamingAreCarriedOverOnce() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met Hakim .\n");
        Files.writeString(corpus.resolve("b.txt"), "Rubaie went to [LOC Baghdad  ] .\n");
        Path home = temp.resolve("home");
        List<Path> oneByOne = List.of(corpus.resolve("b.txt"), corpus.resolve("a.txt"));
        Path earlier = IndexFile.location(home, EarlierIndexPlace.naming(oneByOne));
        Path located = WorkspaceIndex.location(home, oneByOne);
        assertThat(located).isEqualTo(WorkspaceIndex.location(home, List.of(corpus))).isNotEqualTo(earlier);

        Files.createDirectories(earlier.getParent());
        Files.writeString(earlier, "an index's bytes");
        Dismissals.beside(earlier).dismiss("labels:rubaie");
        Dismissals.beside(located).dismiss("untagged:hakim");

        List<String> problems = new ArrayList<>();
        assertThat(WorkspaceIndex.locate(home, oneByOne, problems::add)).isEqualTo(located);
        assertThat(problems).isEmpty();
        assertThat(Files.readString(located)).isEqualTo("an index's bytes");
        assertThat(Dismissals.beside(located).keys()).containsExactly("untagged:hakim", "labels:rubaie");
        Path dismissedBefore = Dismissals.beside(earlier).file();
        assertThat(dismissedBefore).doesNotExist();
        assertThat(dismissedBefore.resolveSibling(dismissedBefore.getFileName() + ".carried")).hasContent("labels:rubaie");

        // carried once: a finding restored at the new place does not come back from the old file
        Dismissals.beside(located).restore("labels:rubaie");
        Files.writeString(earlier, "an older index");
        WorkspaceIndex.locate(home, oneByOne, problems::add);
        assertThat(Dismissals.beside(located).keys()).containsExactly("untagged:hakim");
        assertThat(Files.readString(located)).as("an index there is not replaced").isEqualTo("an index's bytes");
    }

    @Test
    void aFolderNamedAsBeforeHasTheSamePlace() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "x\n");
        Files.writeString(corpus.resolve("b.txt"), "y\n");
        Path home = temp.resolve("home");
        assertThat(WorkspaceIndex.location(home, List.of(corpus)))
                .as("the usual naming: nothing to carry over")
                .isEqualTo(IndexFile.location(home, EarlierIndexPlace.naming(List.of(corpus.toRealPath()))));
    }
}
