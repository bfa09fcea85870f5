package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The context menus of the text and of the entity table on seed 004: right-click (which selects the
 * entity under the mouse first), Shift+F10 and the ContextMenu key open them; every label with its key,
 * then the edits, all from the window's action list; choosing an item edits the workspace.
 */
class ContextMenuWindowTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Document doc() {
        return window.model().document();
    }

    private Span first(String text, Label label) {
        return doc().spans().stream().filter(s -> s.label().equals(label) && doc().textOf(s).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " '" + text + "'"));
    }

    private static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(FxAwait.HANG.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Point2D onScreen(int offset) {
        WaitForAsyncUtils.waitForAsyncFx(FxAwait.HANG.toMillis(), () -> window.cableView().moveTo(offset));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = onFx(() -> window.cableView().area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        return new Point2D(bounds.getMinX() + 2, (bounds.getMinY() + bounds.getMaxY()) / 2);
    }

    private static void awaitShowing(ContextMenu menu) {
        FxAwait.until("the context menu", menu.showingProperty(), Boolean.TRUE::equals);
    }

    private static List<String> texts(ContextMenu menu) {
        return menu.getItems().stream().map(i -> i instanceof SeparatorMenuItem ? "---" : i.getText()).toList();
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + texts(menu)));
    }

    private static void choose(FxRobot robot, ContextMenu menu, String id) {
        MenuItem item = item(menu, id);
        robot.clickOn(item.getStyleableNode());
        FxAwait.until("the menu closed", menu.showingProperty(), Boolean.FALSE::equals);
    }

    @Test
    void rightClickOnAnEntitySelectsItAndItsMenuRelabelsIt(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        Span erbil = first("Erbil", Label.PER);
        assertThat(window.model().selected()).isNull();

        robot.moveTo(onScreen(erbil.start() + 1)).clickOn(MouseButton.SECONDARY);
        ContextMenu menu = window.textMenu();
        awaitShowing(menu);
        assertThat(window.model().selected()).as("right-click selects the entity first").isEqualTo(erbil);

        assertThat(texts(menu)).startsWith("Relabel as PER    (1)", "Relabel as LOC    (2)", "Relabel as ORG    (3)",
                "Relabel as MISC    (4)");
        assertThat(texts(menu)).endsWith("New label…    (N)", "---", "Delete entity    (Delete / Backspace)",
                "Delete all like it in this cable    (Shift+Delete)", "…in the corpus    (Ctrl+Shift+Delete)",
                "Split entity    (S)", "Merge with next    (M)", "All occurrences in this cable…    (A)",
                "…in the corpus    (Shift+A)");
        // each edit item is the action's own: the same name and key as the menu bar, the sheet and KEYS.md
        for (String id : List.of("new-label", "delete", "delete-all-in-cable", "delete-all-in-corpus", "split", "merge",
                "all-in-cable", "all-in-corpus")) {
            assertThat(item(menu, "action-" + id).getText()).isEqualTo(window.actions().get(id).menuText());
        }

        choose(robot, menu, "action-label-LOC");
        Span relabelled = erbil.withLabel(Label.LOC);
        assertThat(doc().spans()).contains(relabelled).doesNotContain(erbil);
        assertThat(window.model().workspace().document(0).spans()).contains(relabelled);
        assertThat(window.model().selected()).isEqualTo(relabelled);
        assertThat(window.statusBar().getText()).isEqualTo("Relabelled “Erbil” as LOC — Ctrl+Z undoes");
    }

    @Test
    void onSelectedTextThatIsNoEntityTheEntityActionsAreGreyedOutInTheMenusAndTheirKeysSayWhy(FxRobot robot)
            throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        Span erbil = first("Erbil", Label.PER);
        robot.clickOn(onScreen(erbil.start() + 1));
        assertThat(window.model().selected()).isEqualTo(erbil);
        int readout = doc().text().indexOf("readout");
        Point2D inside = onScreen(readout + 2);
        robot.interact(() -> window.cableView().area().selectRange(readout, readout + "readout".length()));

        robot.moveTo(inside).clickOn(MouseButton.SECONDARY);
        ContextMenu menu = window.textMenu();
        awaitShowing(menu);
        assertThat(texts(menu)).startsWith("Tag as PER    (1)");
        for (String id : List.of("delete", "delete-all-in-cable", "delete-all-in-corpus", "split", "merge", "all-in-cable",
                "all-in-corpus")) {
            assertThat(item(menu, "action-" + id).isDisable()).as(id + " on text that is no entity").isTrue();
        }
        assertThat(item(menu, "action-new-label").isDisable()).isFalse();
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the menu closed", menu.showingProperty(), Boolean.FALSE::equals);
        robot.interact(() -> window.cableView().area().selectRange(readout, readout + "readout".length()));

        robot.type(KeyCode.DELETE); // the key, like the menu: not the entity selected before the text
        assertThat(doc().spans()).contains(erbil);
        assertThat(window.statusBar().getText()).isEqualTo("“readout” is not an entity: select an entity first (Tab,"
                + " click, or a row of the table), or press a label key to tag it");

        // the menu bar's Edit menu, from the same list, agrees
        robot.clickOn("Edit");
        MenuItem delete = onFx(() -> ((javafx.scene.control.MenuBar) window.scene().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "action-delete".equals(i.getId())).findFirst().orElseThrow());
        FxAwait.until("the Edit menu", delete.getParentMenu().showingProperty(), Boolean.TRUE::equals);
        assertThat(delete.isDisable()).isTrue();
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the Edit menu closed", delete.getParentMenu().showingProperty(), Boolean.FALSE::equals);

        // selected text that is an entity's is that entity: its actions are there, and act on it
        Span tehran = first("Tehran", Label.LOC);
        Point2D onTehran = onScreen(tehran.start() + 1);
        robot.interact(() -> window.cableView().area().selectRange(tehran.start(), tehran.end()));
        robot.moveTo(onTehran).clickOn(MouseButton.SECONDARY);
        awaitShowing(menu);
        assertThat(texts(menu)).startsWith("Relabel as PER    (1)");
        assertThat(item(menu, "action-delete").isDisable()).isFalse();
        choose(robot, menu, "action-delete");
        assertThat(doc().spans()).doesNotContain(tehran).contains(erbil);
        assertThat(window.statusBar().getText()).isEqualTo("Deleted LOC “Tehran” — Ctrl+Z undoes");
    }

    @Test
    void shiftF10OnTheSelectedEntityOpensTheMenuAndItsDeleteDeletes(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        Span marker = first("S", Label.ORG);
        robot.clickOn(onScreen(marker.start()));
        assertThat(window.model().selected()).isEqualTo(marker);

        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        ContextMenu menu = window.textMenu();
        awaitShowing(menu);
        assertThat(texts(menu)).contains("Relabel as PER    (1)", "Delete entity    (Delete / Backspace)");

        choose(robot, menu, "action-delete");
        assertThat(doc().spans()).doesNotContain(marker);
        assertThat(window.model().workspace().document(0).spans()).doesNotContain(marker);
        assertThat(window.statusBar().getText()).isEqualTo("Deleted ORG “S” — Ctrl+Z undoes");
    }

    @Test
    void theEntityTableHasTheSameMenuOnRightClickAndOnTheContextMenuKey(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        Span tehran = first("Tehran", Label.LOC);
        var table = window.entityTable().table();
        FxAwait.until("the entity rows", () -> !table.getItems().isEmpty(), table.getItems());
        robot.interact(() -> {
            var row = table.getItems().stream().filter(r -> r.span().equals(tehran)).findFirst().orElseThrow();
            table.scrollTo(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var cell = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof EntityTable.Row row
                        && row.span().equals(tehran))
                .findFirst().orElseThrow();
        robot.rightClickOn(cell);
        ContextMenu menu = window.tableMenu();
        awaitShowing(menu);
        assertThat(window.model().selected()).as("right-click on a row selects its entity").isEqualTo(tehran);
        assertThat(texts(menu)).startsWith("Relabel as PER    (1)").contains("…in the corpus    (Shift+A)");
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the menu closed", menu.showingProperty(), Boolean.FALSE::equals);

        robot.interact(table::requestFocus);
        robot.type(KeyCode.CONTEXT_MENU);
        awaitShowing(menu);
        choose(robot, menu, "action-label-PER");
        assertThat(window.model().workspace().document(0).spans()).contains(tehran.withLabel(Label.PER)).doesNotContain(tehran);
        assertThat(window.statusBar().getText()).isEqualTo("Relabelled “Tehran” as PER — Ctrl+Z undoes");
    }

    /** The row of {@code span} in the entity table, scrolled into view. */
    private javafx.scene.Node rowOf(FxRobot robot, Span span) {
        var table = window.entityTable().table();
        FxAwait.until("the entity rows", () -> !table.getItems().isEmpty(), table.getItems());
        robot.interact(() -> table.scrollTo(Math.max(0, table.getItems().stream().map(EntityTable.Row::span).toList().indexOf(span) - 2)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof EntityTable.Row row
                        && row.span().equals(span))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + span));
    }

    private void selectRows(FxRobot robot, Span... spans) {
        var table = window.entityTable().table();
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (Span span : spans) {
                table.getItems().stream().filter(r -> r.span().equals(span)).findFirst().ifPresent(table.getSelectionModel()::select);
            }
        });
    }

    @Test
    void theTableMenuActsOnTheRowsRightClickedNotOnTextLeftSelectedInTheText(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        Span corbin = first("Corbin", Label.PER);
        Span marker = first("S", Label.ORG);
        int readout = doc().text().indexOf("readout");

        // a row selected, then text selected in the text; the row right-clicked: its menu relabels the row
        javafx.scene.Node corbinRow = rowOf(robot, corbin);
        robot.clickOn(corbinRow);
        assertThat(window.model().selected()).isEqualTo(corbin);
        robot.interact(() -> window.cableView().area().selectRange(readout, readout + "readout".length()));
        robot.rightClickOn(corbinRow);
        ContextMenu menu = window.tableMenu();
        awaitShowing(menu);
        assertThat(texts(menu)).startsWith("Relabel as PER    (1)");
        assertThat(item(menu, "action-delete").isDisable()).isFalse();
        choose(robot, menu, "action-label-LOC");
        Span corbinLoc = corbin.withLabel(Label.LOC);
        assertThat(window.model().workspace().document(0).spans()).contains(corbinLoc).doesNotContain(corbin)
                .noneMatch(s -> s.start() == readout);
        assertThat(window.statusBar().getText()).isEqualTo("Relabelled “Corbin” as LOC — Ctrl+Z undoes");

        // the text selection one entity's (a find match), then two rows selected: the menu acts on both rows
        robot.interact(() -> window.cableView().area().selectRange(corbinLoc.start(), corbinLoc.end()));
        selectRows(robot, marker, corbinLoc);
        assertThat(window.model().selected()).isEqualTo(corbinLoc);
        robot.rightClickOn(rowOf(robot, marker));
        awaitShowing(menu);
        assertThat(window.entityTable().table().getSelectionModel().getSelectedItems()).hasSize(2);
        choose(robot, menu, "action-label-MISC");
        assertThat(window.model().workspace().document(0).spans())
                .contains(corbin.withLabel(Label.MISC), marker.withLabel(Label.MISC));
    }

    @Test
    void withNothingSelectedTheLabelItemsAreGreyedOutInBothMenusAndTheirKeysSayWhy(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        assertThat(window.model().selected()).isNull();
        int readout = doc().text().indexOf("readout");
        robot.moveTo(onScreen(readout + 2)).clickOn(MouseButton.SECONDARY);
        ContextMenu menu = window.textMenu();
        awaitShowing(menu);
        assertThat(window.model().selected()).as("no entity under the mouse").isNull();
        for (String id : List.of("action-label-PER", "action-label-LOC", "action-label-ORG", "action-label-MISC",
                "action-new-label")) {
            assertThat(item(menu, id).isDisable()).as(id + " with nothing selected").isTrue();
        }
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the menu closed", menu.showingProperty(), Boolean.FALSE::equals);

        // the menu bar's Label menu agrees, and New label's key says why instead of asking for a name
        javafx.scene.control.Menu labels = onFx(() -> ((javafx.scene.control.MenuBar) window.scene().lookup("#menu-bar"))
                .getMenus().stream().filter(m -> m.getText().equals("Label")).findFirst().orElseThrow());
        javafx.scene.Node labelButton = robot.lookup(".menu-bar .menu").match(n -> n instanceof javafx.scene.control.Labeled l
                && "Label".equals(l.getText())).query();
        robot.clickOn(labelButton); // the menu's button, not the entity table's Label column
        FxAwait.until("the Label menu", labels.showingProperty(), Boolean.TRUE::equals);
        assertThat(labels.getItems()).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isTrue());
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the Label menu closed", labels.showingProperty(), Boolean.FALSE::equals);
        robot.type(KeyCode.N);
        assertThat(window.newLabelDialog()).isNull();
        assertThat(window.statusBar().getText()).isEqualTo("Select an entity (Tab) or some text first");

        // an entity selected (Tab): the same items are there to choose
        robot.type(KeyCode.TAB);
        assertThat(window.model().selected()).isNotNull();
        robot.moveTo(onScreen(window.model().selected().start())).clickOn(MouseButton.SECONDARY);
        awaitShowing(menu);
        assertThat(item(menu, "action-label-PER").isDisable()).isFalse();
        assertThat(item(menu, "action-new-label").isDisable()).isFalse();
    }
}
