package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output path through a link and {@code ..} means what the system makes of it: {@code lnk/..} is the folder
 * above where {@code lnk} points, not the folder {@code lnk} is in, as reading the path as text would say.
 */
class OutputPathTest {

    @TempDir
    Path temp;

    private Path corpus;
    private Path link;

    @BeforeEach
    void aLinkIntoASubfolder() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(Files.createDirectories(corpus.resolve("sub")).resolve("a.txt"), "A [PER Ann  ] .\n");
        link = Files.createSymbolicLink(temp.resolve("lnk"), corpus.resolve("sub"));
    }

    @Test
    void theFolderIsResolvedWithItsLinksAsTheSystemDoes() throws IOException {
        assertThat(OutputPath.resolve(temp.resolve("lnk/../out.jsonl"))).isEqualTo(corpus.toRealPath().resolve("out.jsonl"));
        assertThat(OutputPath.resolve(temp.resolve("lnk/.."))).isEqualTo(corpus.toRealPath());
        assertThat(OutputPath.resolve(temp.resolve("corpus/../out.jsonl"))).isEqualTo(temp.toRealPath().resolve("out.jsonl"));
    }

    @Test
    void aLinkAtTheOutputItselfIsNotFollowed() throws IOException {
        // the target's own link is refused by the export's checks, so it must still be seen as the link
        assertThat(OutputPath.resolve(link)).isEqualTo(temp.toRealPath().resolve("lnk"));
    }

    @Test
    void aFolderThatDoesNotExistStaysAsWrittenBelowTheLastOneThatDoes() throws IOException {
        // the system finds no folder "nope" to go up from either: the check after says the folder does not exist
        assertThat(OutputPath.resolve(temp.resolve("lnk/nope/../out.jsonl")))
                .isEqualTo(corpus.resolve("sub").toRealPath().resolve("nope/../out.jsonl"));
    }

    @Test
    void theInputGuardSeesAnOutputThroughALinkInsideTheInputFolder() {
        InputGuard guard = InputGuard.of(List.of(corpus));
        assertThatThrownBy(() -> guard.checkFile(temp.resolve("lnk/../r2.html")))
                .isInstanceOf(OverwritesInputException.class)
                .hasMessageContaining("inside the input folder")
                .hasMessageContaining("(that is " + corpus.resolve("r2.html") + ")");
        assertThatThrownBy(() -> guard.checkFolder(temp.resolve("lnk/.."))).hasMessageContaining("is the input");
    }

    @Test
    void anAtomicFileIsWrittenInTheFolderItLandsInNotBesideTheLink() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path link2 = Files.createSymbolicLink(elsewhere.resolve("lnk2"), corpus.resolve("sub"));
        AtomicFile.write(link2.resolveSibling("lnk2/../page.html"), out -> {
            // while it is written: the temporary file is in the folder the rename goes to, which is forced after it
            try (Stream<Path> files = Files.list(corpus)) {
                assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith(".page.html."));
            }
            out.write("page".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(corpus.resolve("page.html")).hasContent("page");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(link2);
        }
    }
}
