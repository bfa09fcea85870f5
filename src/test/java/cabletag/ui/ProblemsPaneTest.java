package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProblemsPaneTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private ProblemsPane pane;
    private final List<Integer> jumps = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "First line is fine .\nThen [PER Rubaie met officials\n");
        pane = new ProblemsPane(model);
        pane.setJumper(jumps::add);
        stage.setScene(new Scene(pane, 600, 300));
        stage.show();
    }

    @Test
    void listsTheCablesReadingProblemsAndJumpsToTheirPlace(FxRobot robot) {
        assertThat(model.document().diagnostics()).isNotEmpty();
        assertThat(pane.items()).hasSameSizeAs(model.document().diagnostics());
        ProblemsPane.Item first = pane.items().get(0);
        assertThat(first.text()).startsWith("a.txt:2:");

        robot.clickOn(first.text());
        assertThat(jumps).containsExactly(first.offset());
        assertThat(first.offset()).isBetween(model.document().text().indexOf("Then"), model.document().text().length());
    }
}
