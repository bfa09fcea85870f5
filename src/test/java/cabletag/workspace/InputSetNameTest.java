package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.consistency.WorkspaceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One set of cables gets one consistency index (and one file of dismissed findings) however it was named; other
 * sets of cables get others.
 */
class InputSetNameTest {

    @TempDir
    Path temp;

    private Path corpus;
    private Path home;

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(temp.resolve("work/corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Rubaie  ] met Hakim .\n");
        Files.writeString(corpus.resolve("b.txt"), "Rubaie went to [LOC Baghdad  ] .\n");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/c.txt"), "[LOC Basra  ] .\n");
        Files.writeString(corpus.resolve(".hidden.txt"), "not walked\n");
        Files.writeString(corpus.resolve("b.txt~"), "a backup copy, not walked\n");
        home = temp.resolve("home");
    }

    private Path at(Path... inputs) {
        return WorkspaceIndex.location(home, List.of(inputs));
    }

    @Test
    void oneSetOfCablesNamedInEveryWayHasOnePlace() throws IOException {
        Path folder = at(corpus);
        assertThat(at(corpus.resolve("a.txt"), corpus.resolve("b.txt"), corpus.resolve("sub")))
                .as("every entry the walk takes, one by one (corpus/*)").isEqualTo(folder);
        assertThat(at(corpus.resolve("sub"), corpus.resolve("b.txt"), corpus.resolve("a.txt")))
                .as("in another order").isEqualTo(folder);
        assertThat(at(corpus.resolve("a.txt"), corpus.resolve("b.txt"), corpus.resolve("sub/c.txt")))
                .as("the subfolder's only file named in its place").isEqualTo(folder);
        assertThat(at(corpus.resolve("sub/../a.txt"), corpus.resolve("./b.txt"), corpus.resolve("sub")))
                .as("with .. and .").isEqualTo(folder);
        assertThat(at(corpus, corpus.resolve("a.txt"))).as("a file beside its folder").isEqualTo(folder);
        assertThat(at(corpus.getParent())).as("the folder above, which holds nothing else").isEqualTo(folder);
        Path link = Files.createSymbolicLink(temp.resolve("link"), corpus);
        assertThat(at(link)).as("through a link").isEqualTo(folder);
        assertThat(at(link.resolve("a.txt"), link.resolve("b.txt"), link.resolve("sub"))).isEqualTo(folder);
        assertThat(at(corpus.resolve("sub"))).as("one file alone, as its folder or itself")
                .isEqualTo(at(corpus.resolve("sub/c.txt")));
    }

    @Test
    void otherSetsOfCablesHaveOtherPlaces() throws IOException {
        Path folder = at(corpus);
        assertThat(at(corpus.resolve("a.txt"), corpus.resolve("b.txt"))).as("the subfolder left out").isNotEqualTo(folder);
        assertThat(at(corpus, corpus.resolve(".hidden.txt"))).as("a hidden file named beside the folder is one more cable")
                .isNotEqualTo(folder);
        Files.createDirectories(temp.resolve("work/other"));
        Files.writeString(temp.resolve("work/other/d.txt"), "[ORG GoI  ] .\n");
        assertThat(at(corpus.getParent())).as("the folder above now holds another").isNotEqualTo(folder);
        assertThat(at(corpus.getParent())).isEqualTo(at(temp.resolve("work/other"), corpus));
        assertThat(at(temp.resolve("missing"))).isNotEqualTo(folder);
    }

    @Test
    void aFewFilesOfALargeFolderStayAsNamed() throws IOException {
        List<Path> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(Files.writeString(corpus.resolve("f" + i + ".txt"), "x\n"));
        }
        assertThat(at(all.get(0), all.get(1))).isNotEqualTo(at(corpus)).isEqualTo(at(all.get(1), all.get(0)));
    }
}
