package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A cable file named with a tab or an escape character: the problem lines escaped it, but the corpus list, the title
 * and the status bar drew a gap or a box (and an escape sequence could reach a terminal that logs the title). Every
 * place of the window shows such a name as the problem lines do, {@code tab\tname.txt}.
 */
@ExtendWith(ApplicationExtension.class)
class ControlCharacterNamesWindowTest {

    @TempDir
    static Path temp;

    private static final String ESCAPED = "esc\u001B[31mred.txt";
    private static final String TABBED = "tab\tname.txt";

    private WindowDriver w;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        w = WindowDriver.open(stage, temp, ESCAPED, "[PER Rubaie  ] met [LOC Tehran  ] .\n",
                TABBED, "[LOC Erbil  ] .\n");
    }

    @Test
    void theListTheTitleTheStatusBarAndTheMessagesEscapeControlCharacters(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(WindowDriver.shownRows(w.window.corpusPane().table()).stream().map(cells -> cells.get(0)))
                .containsExactly("esc\\u001B[31mred.txt", "tab\\tname.txt");
        assertThat(onFx(stage::getTitle)).contains("esc\\u001B[31mred.txt").doesNotContain("\u001B");
        assertThat(w.label(robot, "#status-file")).isEqualTo("esc\\u001B[31mred.txt (1/2)");

        robot.interact(w.window.model()::nextCable);
        FxAwait.until("the tabbed cable is shown", w.window.model().documentProperty(),
                d -> d != null && d.source().name().equals(TABBED));
        assertThat(w.label(robot, "#status-file")).isEqualTo("tab\\tname.txt (2/2)");
        assertThat(onFx(stage::getTitle)).contains("tab\\tname.txt");
        robot.interact(() -> w.window.model().workspace().setStatus(1, cabletag.workspace.ReviewStatus.REVIEWED));
        robot.interact(w.window.model()::markUnreviewed);
        assertThat(w.window.model().messageProperty().get()).as("a message naming the cable")
                .startsWith("Marked unreviewed: tab\\tname.txt is in progress again");
    }
}
