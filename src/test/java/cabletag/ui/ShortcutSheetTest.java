package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sheet is built from the very list that handles the keys, and the README text names them all. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage);
    }

    @Test
    void everyKeyOfTheWindowIsOnTheSheetAndInTheDocs() throws Exception {
        List<String[]> rows = ShortcutSheet.rows(window.sheetRows(), window.model().palette());
        assertThat(rows).extracting(r -> r[0]).contains("1", "2", "3", "4", "Tab", "Ctrl+Enter", "Alt+Left", "S", "M", "Ctrl+Z");
        String keys = Files.readString(Path.of("docs/KEYS.md"));
        for (WindowAction shortcut : window.sheetRows()) {
            for (String key : shortcut.keys().split(" / ")) {
                if (!key.contains(",") && !key.contains("Click")) {
                    assertThat(keys).as("docs/KEYS.md mentions %s", key).contains(key);
                }
            }
        }
    }
}
