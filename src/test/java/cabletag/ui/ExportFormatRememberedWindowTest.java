package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ExportFormat;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog opened again in the same window starts with the format chosen last, not JSONL again: an
 * analyst who had chosen CoNLL, closed the dialog and typed a {@code .conll} target into the next one got JSON
 * lines in it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFormatRememberedWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.openThreeCables(stage, temp);
    }

    @Test
    void theNextDialogStartsWithTheFormatChosenLast(FxRobot robot) throws Exception {
        w.awaitOpened();
        ExportDialog first = onFx(() -> w.window.showExport());
        assertThat(onFx(() -> first.format().getValue())).as("a window's first dialog").isEqualTo(ExportFormat.JSONL);
        robot.interact(() -> first.format().setValue(ExportFormat.CONLL));
        robot.interact(() -> first.stage().close());

        ExportDialog second = onFx(() -> w.window.showExport());
        assertThat(onFx(() -> second.format().getValue())).isEqualTo(ExportFormat.CONLL);
        robot.interact(() -> second.stage().close());
    }
}
