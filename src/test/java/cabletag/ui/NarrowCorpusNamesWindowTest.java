package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * At 1024×700 a corpus of many cables showed their names cut to "00…": the name column got some 24 px while the
 * counts and the review mark kept 145 px of the list. The names now show ten characters or so beside them, with
 * the vertical scroll bar of a long list, and the list does not scroll sideways.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowCorpusNamesWindowTest {

    @TempDir
    static Path temp;

    private Stage stage;
    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        List<String> files = new ArrayList<>();
        for (int i = 1200; i < 1240; i++) {
            files.add("09BAGHDAD" + i + ".txt");
            files.add("[LOC Baghdad  ] met [PER Rubaie  ] .\n");
        }
        w = WindowDriver.open(stage, temp, files.toArray(String[]::new));
    }

    /** The names as drawn, "…" where they are cut (a cell's text node holds what it shows). */
    private static List<String> drawnNames(TableView<?> table) {
        return onFx(() -> {
            table.layout();
            return table.lookupAll(".table-cell").stream()
                    .filter(node -> node instanceof CorpusPane.NameCell cell && cell.getText() != null && cell.isVisible())
                    .map(node -> ((Text) node.lookup(".text")).getText()).toList();
        });
    }

    @Test
    void at1024By700TheNamesShowTenCharactersBesideTheCountsAndTheMarks() throws Exception {
        w.awaitOpened();
        WindowDriver.resize(stage, 1024, 700);
        TableView<?> table = w.window.corpusPane().table();
        assertThat(WindowDriver.scrollBarShown(table, Orientation.VERTICAL)).as("a list longer than the pane").isTrue();
        assertThat(WindowDriver.scrollBarShown(table, Orientation.HORIZONTAL)).as("the list scrolls sideways").isFalse();
        List<String> drawn = drawnNames(table);
        assertThat(drawn).as("the names as drawn").isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("09BAGHDAD1"));
    }
}
