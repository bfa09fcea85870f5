package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * docs/KEYS.md, the menus and the F1 sheet say the same keys as the list that handles them: a key
 * changed in WindowActions without the docs fails here.
 */
@ExtendWith(ApplicationExtension.class)
class KeysDocTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage);
    }

    private static String doc() throws Exception {
        return Files.readString(Path.of("docs/KEYS.md"));
    }

    /** The rows of the markdown table between the markers, as {keys, action}. */
    private static List<String[]> docTable(String doc) {
        int begin = doc.indexOf(WindowActions.TABLE_BEGIN);
        int end = doc.indexOf(WindowActions.TABLE_END);
        assertThat(begin).as("docs/KEYS.md has the table's begin marker").isNotNegative();
        assertThat(end).as("docs/KEYS.md has the table's end marker").isGreaterThan(begin);
        List<String[]> rows = new ArrayList<>();
        for (String line : doc.substring(begin, end).split("\n")) {
            if (line.startsWith("|") && !line.startsWith("|---") && !line.equals("| Keys | Action |")) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", 2);
                rows.add(new String[] {cells[0].trim(), cells[1].trim()});
            }
        }
        return rows;
    }

    @Test
    void theDocsKeyTableListsExactlyTheActionsKeys() throws Exception {
        List<String> docKeys = docTable(doc()).stream().map(r -> r[0]).toList();
        List<String> actionKeys = window.actions().sheetRows().stream().map(WindowAction::keys).toList();
        assertThat(docKeys).as("the keys column of docs/KEYS.md, in order").containsExactlyElementsOf(actionKeys);
    }

    @Test
    void theDocsKeyTableIsTheGeneratedOne() throws Exception {
        String doc = doc();
        String inDoc = doc.substring(doc.indexOf(WindowActions.TABLE_BEGIN),
                doc.indexOf(WindowActions.TABLE_END) + WindowActions.TABLE_END.length());
        assertThat(inDoc).as("paste this table into docs/KEYS.md:\n" + window.actions().keysTable())
                .isEqualTo(window.actions().keysTable());
    }

    @Test
    void everyMenuItemShowsItsActionsKeys() {
        MenuBar bar = (MenuBar) window.scene().lookup("#menu-bar");
        List<MenuItem> items = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getId() != null && i.getId().startsWith("action-")).toList();
        assertThat(items).hasSizeGreaterThan(20);
        for (MenuItem item : items) {
            WindowAction action = window.actions().get(item.getId().substring("action-".length()));
            assertThat(item.getText()).isEqualTo(action.menuText());
            assertThat(item.getText()).isEqualTo(Stream.of(action.name(), action.keys()).filter(s -> !s.isEmpty())
                    .reduce((n, k) -> n + "    (" + k + ")").orElseThrow());
        }
        // every action with a menu place is in that menu
        for (WindowAction action : window.actions().all()) {
            if (action.menu() != WindowAction.Place.NONE && action.menu() != WindowAction.Place.LABEL) {
                Menu menu = bar.getMenus().stream().filter(m -> m.getText().equals(action.menu().title())).findFirst().orElseThrow();
                assertThat(menu.getItems()).extracting(MenuItem::getId).as(action.id()).contains("action-" + action.id());
            }
        }
    }

    @Test
    void everyRunnableActionHasAKeyOrAMenu() {
        for (WindowAction action : window.actions().all()) {
            if (action.runnable()) {
                assertThat(!action.combinations().isEmpty() || action.menu() != WindowAction.Place.NONE)
                        .as(action.id()).isTrue();
                assertThat(action.combinations().isEmpty()).as("%s has keys exactly when it shows keys", action.id())
                        .isEqualTo(action.keys().isEmpty());
            }
        }
    }
}
