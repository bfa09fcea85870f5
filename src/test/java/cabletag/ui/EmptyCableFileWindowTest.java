package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * A 0-byte cable file in the opened folder opened as an empty cable and nothing said so, while
 * {@code cabletag check} warns of it. The Problems pane lists the same line at every cable, and the
 * status bar counts it.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyCableFileWindowTest {

    /** The line of the empty file, named under its folder as given. */
    private String checkLine() {
        return corpus.resolve("empty.txt") + ":1:1: warning: empty file: no text, read as an empty cable [empty-file]";
    }

    @TempDir
    static Path temp;

    private WindowDriver w;
    private Path corpus;

    @Start
    void start(Stage stage) throws Exception {
        corpus = Files.createDirectories(temp.resolve("corpus-" + System.nanoTime()));
        Files.writeString(corpus.resolve("a.txt"), WindowDriver.TAGGED);
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    @Test
    void theEmptyFileIsNamedInTheProblemsPaneAtEveryCable(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        assertThat(w.doc().source().name()).isEqualTo("a.txt");
        assertThat(w.window.problemsPane().items()).extracting(ProblemsModel.Item::text).containsExactly(checkLine());
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");

        robot.interact(() -> w.window.model().show(1));
        assertThat(w.doc().source().name()).isEqualTo("empty.txt");
        assertThat(w.window.problemsPane().items()).extracting(ProblemsModel.Item::text).containsExactly(checkLine());
        assertThat(w.label(robot, "#status-counts")).isEqualTo("0 entities, 1 problem here");
    }

    @Test
    void checkSaysTheSameLineForTheSameFolder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()),
                "check", "--no-corrections", corpus.toString());
        assertThat(code).isEqualTo(Cli.PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).as("the pane's line").containsExactly(checkLine());
    }
}
