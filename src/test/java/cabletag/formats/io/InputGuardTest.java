package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputGuardTest {

    @TempDir
    Path temp;

    @Test
    void anInputFileIsRefusedHoweverItIsNamed() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path cable = Files.writeString(corpus.resolve("a.txt"), "cable");
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), cable);
        InputGuard guard = InputGuard.of(List.of(cable));
        assertThatThrownBy(() -> guard.checkFile(cable)).isInstanceOf(OverwritesInputException.class).hasMessageContaining("is the input");
        assertThatThrownBy(() -> guard.checkFile(temp.resolve("corpus/../corpus/a.txt"))).hasMessageContaining("is the input");
        assertThatThrownBy(() -> guard.checkFile(link)).hasMessageContaining("is the input");
        assertThatCode(() -> guard.checkFile(corpus.resolve("b.txt"))).doesNotThrowAnyException();
    }

    @Test
    void insideAnInputFolderExistingFilesAndNewOnesAreRefused() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path cable = Files.writeString(corpus.resolve("a.txt"), "cable");
        InputGuard guard = InputGuard.of(List.of(corpus));
        assertThatThrownBy(() -> guard.checkFile(cable)).hasMessageContaining("refusing to overwrite input")
                .hasMessageContaining("inside the input folder");
        // the next reading of the folder would read a new out.jsonl as a dataset
        assertThatThrownBy(() -> guard.checkFile(corpus.resolve("out.jsonl"))).hasMessageContaining("refusing to write")
                .hasMessageContaining("inside the input folder").hasMessageContaining("would take it for an input");
        assertThatCode(() -> guard.checkFile(temp.resolve("out.jsonl"))).doesNotThrowAnyException();
    }

    @Test
    void aFolderOutputThatIsOrHoldsAnInputIsRefused() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path cable = Files.writeString(Files.createDirectories(out.resolve("deep")).resolve("a.txt"), "cable");
        InputGuard guard = InputGuard.of(List.of(cable));
        assertThatThrownBy(() -> guard.checkFolder(out)).hasMessageContaining("inside the output folder");
        assertThatThrownBy(() -> InputGuard.of(List.of(out)).checkFolder(out)).hasMessageContaining("is the input");
        assertThatCode(() -> guard.checkFolder(temp.resolve("elsewhere"))).doesNotThrowAnyException();
        assertThatCode(() -> InputGuard.none().checkFolder(out)).doesNotThrowAnyException();
    }

    @Test
    void aFolderOutputInsideAnInputFolderIsRefused() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "cable");
        InputGuard guard = InputGuard.of(List.of(corpus));
        // every file written into it would be read as a cable by the next reading of the corpus
        assertThatThrownBy(() -> guard.checkFolder(corpus.resolve("out"))).hasMessageContaining("refusing to write")
                .hasMessageContaining("inside the input folder " + corpus);
        assertThatThrownBy(() -> guard.checkFolder(corpus.resolve("deeper/out"))).hasMessageContaining("inside the input folder");
        assertThatCode(() -> guard.checkFolder(temp.resolve("corpus-out"))).doesNotThrowAnyException();
    }
}
