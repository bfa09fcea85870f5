package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every count the window shows is grouped by commas, as the corpus list and the tables write them: on a cable of
 * 2,000 entities the status bar said "2000 entities", the entity pane "2000" and the legend "1000" beside a
 * corpus row of "2,000".
 */
@ExtendWith(ApplicationExtension.class)
class GroupedCountsWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        StringBuilder cable = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            cable.append("[PER Rubaie  ] met [LOC Tehran  ] officials .\n");
        }
        w = WindowDriver.open(stage, temp, "many.txt", cable.toString());
    }

    @Test
    void theStatusBarThePanesAndTheLegendGroupTheirCounts(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        assertThat(w.label(robot, "#status-counts")).isEqualTo("2,000 entities, 0 problems here");
        assertThat(WindowDriver.onFx(() -> ((Labeled) w.window.scene().lookup("#legend-count-PER")).getText())).isEqualTo("1,000");
        assertThat(WindowDriver.onFx(() -> w.window.entityTable().lookupAll(".label").stream()
                .filter(node -> node instanceof Labeled labeled && "2,000".equals(labeled.getText())).count())).isEqualTo(1L);
    }
}
