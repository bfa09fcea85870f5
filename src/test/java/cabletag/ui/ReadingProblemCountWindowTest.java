package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file that cannot be read (here: binary) and one read in the legacy encoding are news for the whole
 * corpus, listed in the Problems pane at every cable. The binary file is no cable (as for the commands),
 * so its line is a problem of the listing; the legacy file's line is a problem of its own row too. The
 * status bar counted each twice (its row's count plus the corpus's list: "4 reading problems" for two
 * files), and on a file's own cable the pane listed its line twice.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingProblemCountWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        Files.writeString(corpus.resolve("a.txt"), WindowDriver.TAGGED);
        Files.write(corpus.resolve("b-binary.txt"), new byte[] {'a', 'b', 0, 0, 1, 2, 'c'});
        // a UTF-16 LE byte order mark and one byte: a file cut short, read as UTF-16 (no text) with its byte named
        Files.write(corpus.resolve("c-fallback.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'});
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    /** The counts are final once every cable is read. */
    private void awaitRead() throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
    }

    @Test
    void eachFileThatCouldNotBeReadWellIsCountedOnce(FxRobot robot) throws Exception {
        awaitRead();
        assertThat(w.label(robot, "#status-problems")).isEqualTo("2 reading problems");
        ProblemsPane pane = w.window.problemsPane();
        assertThat(pane.items()).extracting(ProblemsModel.Item::text)
                .satisfiesExactly(
                        binary -> assertThat(binary).startsWith(w.corpus + "/" + "b-binary.txt:1:3: error: binary file"),
                        fallback -> assertThat(fallback).startsWith(w.corpus + "/" + "c-fallback.txt:1:1: error:").endsWith("[damaged-utf16]"));
        assertThat(w.label(robot, "#problems-pane .pane-title")).isEqualTo("Problems (2)");
    }

    @Test
    void theBinaryFileIsNoCableAndOnTheLegacyFilesOwnCableThePaneListsItOnce(FxRobot robot) throws Exception {
        awaitRead();
        assertThat(w.window.model().cables()).extracting(cabletag.workspace.CableEntry::name)
                .containsExactly("a.txt", "c-fallback.txt");
        robot.interact(() -> w.window.model().show(1));
        assertThat(w.doc().source().name()).isEqualTo("c-fallback.txt");
        assertThat(w.window.problemsPane().items()).extracting(ProblemsModel.Item::text)
                .satisfiesExactly(
                        fallback -> assertThat(fallback).startsWith(w.corpus + "/" + "c-fallback.txt:1:1: error:").endsWith("[damaged-utf16]"),
                        binary -> assertThat(binary).startsWith(w.corpus + "/" + "b-binary.txt:1:3: error: binary file"));
        assertThat(w.window.problemsPane().items().get(0).offset()).as("its own line keeps its place").isGreaterThanOrEqualTo(0);
        assertThat(w.label(robot, "#status-problems")).isEqualTo("2 reading problems");
    }
}
