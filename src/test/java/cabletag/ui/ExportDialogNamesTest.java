package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog's progress line named the cable being exported raw: a file named with a line break or an
 * escape broke the line in two or drew a box, while the rest of the window showed {@code esc\u001B[31mred.txt}.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogNamesTest {

    @TempDir
    static Path temp;

    private static final String ESCAPED = "esc\u001B[31mred.txt";
    private static final String BROKEN = "line\nbreak.txt";

    private CorrectorModel model;
    private ExportDialog dialog;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, ESCAPED, "[PER Rubaie  ] met [LOC Tehran  ] .\n", BROKEN, "[LOC Erbil  ] .\n");
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new ExportDialog(stage, model);
        dialog.show();
    }

    @Test
    void theProgressLineEscapesControlCharactersInTheNamesItShows(FxRobot robot) {
        List<String> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            dialog.currentLine().textProperty().addListener((o, was, now) -> {
                if (now != null && !now.isEmpty()) {
                    shown.add(now);
                }
            });
            dialog.target().setText(temp.resolve("out.jsonl").toString());
        });
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);

        assertThat(shown).as("the names the progress line showed").isNotEmpty()
                .allSatisfy(line -> assertThat(line).isIn("esc\\u001B[31mred.txt", "line\\nbreak.txt"));
    }
}
