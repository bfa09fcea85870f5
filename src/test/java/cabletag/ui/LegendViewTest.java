package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LegendViewTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met [PER Satterfield  ] on [DATE Monday  ] .\n");
        LegendView legend = new LegendView(model);
        Scene scene = new Scene(legend, 700, 80);
        scene.getStylesheets().add(CabletagApp.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsEveryLabelWithItsCountKeyAndColourClass(FxRobot robot) {
        assertThat(robot.lookup("#legend-count-PER").queryLabeled().getText()).isEqualTo("2");
        assertThat(robot.lookup("#legend-count-LOC").queryLabeled().getText()).isEqualTo("0");
        assertThat(robot.lookup("#legend-count-DATE").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#legend-DATE .swatch").queryLabeled().getStyleClass()).contains("sw-x0");
        assertThat(robot.lookup("#legend-DATE .key").queryLabeled().getText()).isEqualTo("[5]");

        robot.interact(() -> {
            model.select(model.document().spans().get(0));
            model.applyLabel(Label.LOC, 0, 0);
        });
        assertThat(robot.lookup("#legend-count-PER").queryLabeled().getText()).isEqualTo("1");
        assertThat(robot.lookup("#legend-count-LOC").queryLabeled().getText()).isEqualTo("1");
    }
}
