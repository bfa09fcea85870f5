package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder export replaces its folder whole: never the working folder, the home folder, the root, or what holds them. */
class FoldersNeverReplacedTest {

    @TempDir
    Path temp;

    @Test
    void theWorkingFolderAndTheFoldersAboveItAreNotReplacedHoweverTheyAreNamed() throws IOException {
        Path work = Files.createDirectories(temp.resolve("users/ann/work"));
        Path link = Files.createSymbolicLink(temp.resolve("here"), work);
        FoldersNeverReplaced kept = FoldersNeverReplaced.of(work, temp.resolve("elsewhere"));
        assertThatThrownBy(() -> kept.check(work)).isInstanceOf(OutputRefusedException.class)
                .hasMessage(work.toRealPath() + " is the current folder; a folder export replaces its folder whole, which would"
                        + " leave the shell working in it in a deleted folder; choose a new folder inside or beside it");
        assertThatThrownBy(() -> kept.check(work.resolve("."))).hasMessageContaining("is the current folder");
        assertThatThrownBy(() -> kept.check(link.resolve("../work/."))).hasMessageContaining("is the current folder");
        assertThatThrownBy(() -> kept.check(temp.resolve("users"))).hasMessageStartingWith(temp.resolve("users").toRealPath()
                + " holds the current folder " + work.toRealPath() + ";");
        assertThatCode(() -> kept.check(work.resolve("out"))).doesNotThrowAnyException();
        assertThatCode(() -> kept.check(temp.resolve("users/ann/out"))).doesNotThrowAnyException();
    }

    @Test
    void theHomeFolderTheFoldersAboveItAndTheRootAreNotReplaced() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home/ann"));
        FoldersNeverReplaced kept = FoldersNeverReplaced.of(temp.resolve("work"), home, null);
        assertThatThrownBy(() -> kept.check(home)).hasMessageContaining("is the home folder");
        assertThatThrownBy(() -> kept.check(temp.resolve("home"))).hasMessageContaining("holds the home folder " + home.toRealPath());
        assertThatThrownBy(() -> kept.check(Path.of("/"))).hasMessageStartingWith("/ is the root folder;");
        assertThatCode(() -> kept.check(home.resolve("brat-out"))).doesNotThrowAnyException();
    }

    @Test
    void thisProcessKeepsItsOwnWorkingFolder() {
        assertThatThrownBy(() -> FoldersNeverReplaced.ofThisProcess().check(Path.of("")))
                .hasMessageContaining("is the current folder");
        assertThatThrownBy(() -> FoldersNeverReplaced.ofThisProcess().check(Path.of(".")))
                .hasMessageContaining("is the current folder");
    }
}
