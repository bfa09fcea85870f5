package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ExportFormat;
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
 * A cable file written again while the window is open: the window shows what it read, and exporting from it wrote
 * that old text and its entities with exit-0 words, where {@code cabletag export} writes the file as it is now.
 * The window's export now names the file and writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FileChangedOnDiskExportWindowTest {

    @TempDir
    static Path temp;

    private WindowDriver w;

    @Start
    void start(Stage stage) throws Exception {
        w = WindowDriver.open(stage, temp, "a.txt", "[PER Rubaie  ] met officials .\n", "b.txt", "[PER Ali  ] met [LOC Basra  ] .\n");
    }

    @Test
    void aFileWrittenAgainSinceTheWindowReadItStopsTheExportAndIsNamed(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        Path b = w.corpus.resolve("b.txt");
        Files.writeString(b, "[PER Ali  ] met [ORG Basra Council  ] today .\n");

        Path target = temp.resolve("window-" + System.nanoTime() + ".jsonl");
        ExportDialog dialog = onFx(() -> w.window.showExport());
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(target.toString());
        });
        ExportCorpus.runExport(robot, dialog);
        String summary = onFx(() -> dialog.summary().getText());
        robot.interact(() -> dialog.stage().close());

        assertThat(summary).contains(b + ": changed on disk (32 bytes then, 46 now) since the window read it",
                "nothing is exported: open the folder again to read them as they are now");
        assertThat(target).as("nothing written").doesNotExist();
    }
}
