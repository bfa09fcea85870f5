package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at the sizes analysts use, with seed 004 open: room for 70 characters a line at 1024×700,
 * nothing cut off at 800×600; side panes hidden and shown again with their dividers, remembered by the
 * next window; the theme and the text size, switched and remembered.
 */
class WindowLayoutTest extends SeedWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    private void awaitCable(MainWindow shown) {
        FxAwait.until("the first cable", shown.model().documentProperty(), Objects::nonNull);
    }

    private void resize(double width, double height) {
        WindowDriver.resize(stage, width, height);
    }

    /** The font the cable text is drawn in, as laid out now. */
    private static Font cableFont(MainWindow shown) {
        return onFx(() -> {
            shown.cableView().area().applyCss();
            shown.cableView().area().layout();
            return ((Text) shown.cableView().area().lookup(".text")).getFont();
        });
    }

    private static Bounds inScene(Node node) {
        return onFx(() -> node.localToScene(node.getBoundsInLocal()));
    }

    private void assertInside(Node node, String what) {
        Bounds bounds = inScene(node);
        Scene scene = onFx(() -> stage.getScene());
        assertThat(bounds.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMinY()).as(what + " top edge").isGreaterThanOrEqualTo(0);
        assertThat(bounds.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(scene.getWidth());
        assertThat(bounds.getMaxY()).as(what + " bottom edge").isLessThanOrEqualTo(scene.getHeight());
    }

    /**
     * A stage that gets a new window (as each window test's stage does) leaves the saving of preferences
     * to that window: closing it must not write into the store of the window it replaced, which may be
     * gone (the test run's temporary folders came back that way, one per earlier window).
     */
    @Test
    void aReplacedWindowNoLongerSavesIntoItsStoreWhenTheStageCloses() throws Exception {
        awaitCable(window);
        Path replacedHome = Path.of(System.getProperty("cabletag.home"));
        MainWindow next = onFx(() -> WindowDriver.openWithFreshStore(stage, temp, corpus).window);
        awaitCable(next);
        Path nextHome = Path.of(System.getProperty("cabletag.home"));
        Path replacedFile = WindowPreferences.fileUnder(replacedHome);
        Files.deleteIfExists(replacedFile);
        onFx(() -> {
            stage.close();
            return null;
        });
        assertThat(WindowPreferences.fileUnder(nextHome)).as("the window now on the stage saves its panes").exists();
        assertThat(replacedFile).as("the window it replaced saves nothing").doesNotExist();
    }

    @Test
    void at1024By700TheTextPaneHoldsSeventyCharactersOfTheCableFont() {
        awaitCable(window);
        resize(1024, 700);
        Font font = cableFont(window);
        double seventy = onFx(() -> {
            Text line = new Text("M".repeat(70));
            line.setFont(font);
            return line.getLayoutBounds().getWidth();
        });
        double room = onFx(() -> {
            Region area = window.cableView().area();
            return area.getWidth() - area.getInsets().getLeft() - area.getInsets().getRight();
        });
        assertThat(font.getFamily()).as("the cable font").containsIgnoringCase("mono");
        assertThat(room).as("the text's width at 1024×700 against 70 characters of %s", font).isGreaterThanOrEqualTo(seventy);
    }

    /**
     * Also the test of the status bar's minimum width: when it was its message's and its counters' width, the
     * window's panes were laid out wider than the window (the menu bar's right edge at 1018 in 800), and a side
     * pane shown again after a restart landed past the window's edge, so Alt+3 seemed to do nothing.
     */
    @Test
    void at800By600TheMenusTheStatusBarAndTheTablesAreWhole() {
        awaitCable(window);
        resize(800, 600);
        MenuBar bar = (MenuBar) onFx(() -> stage.getScene().lookup("#menu-bar"));
        assertInside(bar, "the menu bar");
        List<Node> menus = onFx(() -> List.copyOf(bar.lookupAll(".menu")));
        assertThat(menus).hasSize(6);
        for (Node menu : menus) {
            assertInside(menu, "the menu " + ((Labeled) menu).getText());
        }
        assertInside(window.statusBar(), "the status bar");
        List<Node> items = onFx(() -> List.copyOf(window.statusBar().getRightItems()));
        for (Node item : items) {
            assertInside(item, "the status bar's " + ((Labeled) item).getText());
            assertThat(onFx(() -> ((Labeled) item).getWidth() >= ((Labeled) item).prefWidth(-1) - 0.5))
                    .as("'%s' in the status bar is shown whole", ((Labeled) item).getText()).isTrue();
        }
        for (Node pane : List.of(window.corpusPane(), window.problemsPane(), window.entityTable(), window.cableView())) {
            assertInside(pane, pane.getClass().getSimpleName());
        }
        for (Node header : onFx(() -> List.copyOf(stage.getScene().getRoot().lookupAll(".column-header-background")))) {
            assertInside(header, "a table's column headers");
        }
        // a column squeezed below its minimum width shows "76" for 760 or vanishes: each one keeps its width,
        // and the table scrolls sideways when the pane is narrower than its columns
        for (Node node : onFx(() -> List.copyOf(stage.getScene().getRoot().lookupAll(".table-view")))) {
            TableView<?> table = (TableView<?>) node;
            double columns = 0;
            double minimums = 0;
            for (TableColumn<?, ?> column : onFx(() -> List.copyOf(table.getVisibleLeafColumns()))) {
                assertThat(onFx(() -> column.getWidth())).as("the width of the column %s of %s", column.getText(), table.getId())
                        .isGreaterThanOrEqualTo(onFx(() -> column.getMinWidth()) - 0.5);
                columns += onFx(() -> column.getWidth());
                minimums += onFx(() -> column.getMinWidth());
            }
            double room = onFx(() -> table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight());
            boolean scrolls = onFx(() -> table.lookupAll(".scroll-bar").stream()
                    .anyMatch(part -> part instanceof ScrollBar scrollBar
                            && scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible()));
            assertThat(columns <= room || scrolls)
                    .as("%s: columns %.0f px wide in %.0f px, and no horizontal scroll bar", table.getId(), columns, room)
                    .isTrue();
            // and it scrolls no further than the columns' minimum widths need: a first column at its preferred
            // width once hid every other column of a narrow pane
            assertThat(columns).as("%s: columns %.0f px wide in %.0f px, their minimums %.0f px", table.getId(), columns, room, minimums)
                    .isLessThanOrEqualTo(Math.max(room, minimums + 18) + 0.5);
        }
    }

    /**
     * At 1024×700 the corpus list scrolled sideways to show its last column, the review mark: every column fits,
     * no horizontal scroll bar, the names taking the room the counts and the mark leave (cut to "…" if need be).
     */
    @Test
    void at1024By700TheCorpusListsColumnsAllFitWithoutScrollingSideways() {
        awaitCable(window);
        // and as wide as the headless test screen (1280×800) allows: the mark is not widened there either
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}}) {
            resize(size[0], size[1]);
            TableView<?> table = window.corpusPane().table();
            String at = (int) size[0] + "×" + (int) size[1];
            assertThat(horizontalScrollBarShown(table)).as("the corpus list scrolls sideways at %s", at).isFalse();
            double room = onFx(() -> table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight());
            List<TableColumn<?, ?>> columns = onFx(() -> List.copyOf(table.getVisibleLeafColumns()));
            double widths = 0;
            for (TableColumn<?, ?> column : columns) {
                assertThat(onFx(column::getWidth)).as("%s: the column %s keeps its minimum", at, column.getText())
                        .isGreaterThanOrEqualTo(onFx(column::getMinWidth) - 0.5);
                widths += onFx(column::getWidth);
            }
            assertThat(widths).as("%s: the columns within the list's %.0f px", at, room).isLessThanOrEqualTo(room + 0.5);
            TableColumn<?, ?> last = columns.get(columns.size() - 1);
            assertThat(onFx(last::getText)).isEqualTo(CorpusPane.MARK_REVIEWED);
            double others = widths - onFx(columns.get(0)::getWidth);
            assertThat(onFx(last::getWidth)).as("%s: the review mark is not widened", at).isLessThanOrEqualTo(onFx(last::getPrefWidth) + 0.5);
            assertThat(onFx(columns.get(0)::getWidth)).as("%s: the names take what the others leave", at)
                    .isGreaterThanOrEqualTo(room - others - 20);
        }
    }

    /**
     * At 1024×700 the entity table scrolled sideways: its offset columns kept room for seven digits and its label
     * column 64 px, 300 px of a 206 px pane, and the End column was out of sight. Its columns fit now, each
     * at least as wide as its minimum, the label and the offsets whole, and the text gets what they leave.
     */
    @Test
    void at1024By700TheEntityTablesColumnsAllFitWithoutScrollingSideways() {
        awaitCable(window);
        // and at 800×600, where the pane's share of the window was below its minimum and the End column scrolled out
        // of sight (found from outside)
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}, {800, 600}}) {
            resize(size[0], size[1]);
            TableView<EntityTable.Row> table = window.entityTable().table();
            String at = (int) size[0] + "×" + (int) size[1];
            assertThat(horizontalScrollBarShown(table)).as("the entity table scrolls sideways at %s", at).isFalse();
            List<TableColumn<EntityTable.Row, ?>> columns = onFx(() -> List.copyOf(table.getVisibleLeafColumns()));
            assertThat(columns).extracting(TableColumn::getText).containsExactly("Text", "Label", "Start", "End");
            for (TableColumn<EntityTable.Row, ?> column : columns) {
                assertThat(onFx(column::getWidth)).as("%s: the column %s keeps its minimum", at, column.getText())
                        .isGreaterThanOrEqualTo(onFx(column::getMinWidth) - 0.5);
            }
            int length = onFx(() -> window.model().document().text().length());
            assertThat(onFx(columns.get(3)::getWidth)).as("%s: the End column fits the cable's largest offset", at)
                    .isGreaterThan(NumberCell.widthOf(NumberCell.format(length)));
            assertThat(onFx(columns.get(1)::getWidth)).as("%s: the Label column fits MISC", at)
                    .isGreaterThan(NumberCell.widthOf("MISC"));
        }
    }

    private static boolean horizontalScrollBarShown(TableView<?> table) {
        return onFx(() -> table.lookupAll(".scroll-bar").stream().anyMatch(part -> part instanceof ScrollBar scrollBar
                && scrollBar.getOrientation() == Orientation.HORIZONTAL && scrollBar.isVisible()));
    }

    /** Each control's width is at least its preferred width: its text is not cut to "…". */
    private static void assertWhole(Node control, String what) {
        Region region = (Region) control;
        String text = control instanceof Labeled labeled ? labeled.getText() : control.getId();
        assertThat(onFx(() -> region.getWidth() >= region.prefWidth(-1) - 0.5))
                .as("%s '%s': %.1f px wide, %.1f wanted", what, text, onFx(region::getWidth), onFx(() -> region.prefWidth(-1)))
                .isTrue();
    }

    /**
     * At 1024×700 the find bar's label and buttons were cut to "…": the text field, wider than it needs,
     * kept its room. The buttons stay whole, the field gives way and still shows what was typed.
     */
    @Test
    void at1024By700TheFindBarsLabelAndButtonsAreWhole(FxRobot robot) {
        awaitCable(window);
        resize(1024, 700);
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F);
        robot.write("erbil");
        resize(1024, 700);
        FindBar bar = window.findBar();
        assertInside(bar, "the find bar");
        for (Node child : onFx(() -> List.copyOf(bar.getChildren()))) {
            if (child != bar.field()) {
                assertWhole(child, "the find bar's");
                assertInside(child, "the find bar's " + (child instanceof Labeled l ? l.getText() : child.getId()));
            }
        }
        double typed = onFx(() -> {
            Text erbil = new Text("erbil");
            erbil.setFont(bar.field().getFont());
            return erbil.getLayoutBounds().getWidth();
        });
        assertThat(onFx(() -> bar.field().getWidth())).as("the find field still shows 'erbil'").isGreaterThan(typed * 2);
    }

    /**
     * The corpus pane's header filters say what they take in their prompts ("From 2005", "To 2006"); in
     * one row of four each had a quarter of the narrow pane, and the prompts were cut to "Oriç", "Fror".
     */
    @Test
    void at1024By700TheCorpusFiltersPromptsAreWhole() {
        awaitCable(window);
        resize(1024, 700);
        for (String id : List.of("#corpus-origin-filter", "#corpus-classification-filter", "#corpus-from-filter", "#corpus-to-filter")) {
            javafx.scene.control.TextField field = onFx(() -> (javafx.scene.control.TextField) stage.getScene().lookup(id));
            double room = onFx(() -> field.getWidth() - field.snappedLeftInset() - field.snappedRightInset());
            double prompt = onFx(() -> {
                Text text = new Text(field.getPromptText());
                text.setFont(field.getFont());
                return text.getLayoutBounds().getWidth();
            });
            assertThat(room).as("room for the prompt '%s'", onFx(field::getPromptText)).isGreaterThanOrEqualTo(prompt);
            assertInside(field, id);
        }
    }

    /** At 1024×700 the entity pane's label filter was cut to "La…"; it keeps "Labels (0/4)", the text field gives way. */
    @Test
    void at1024By700TheEntityFiltersAreWhole() {
        awaitCable(window);
        resize(1024, 700);
        EntityTable entities = window.entityTable();
        assertWhole(entities.labelFilter(), "the entity pane's label filter");
        assertInside(entities.labelFilter(), "the entity pane's label filter");
        javafx.scene.control.TextField field = onFx(() -> (javafx.scene.control.TextField) entities.lookup(".text-field"));
        double room = onFx(() -> field.getWidth() - field.snappedLeftInset() - field.snappedRightInset());
        double prompt = onFx(() -> {
            Text text = new Text(field.getPromptText());
            text.setFont(field.getFont());
            return text.getLayoutBounds().getWidth();
        });
        assertThat(room).as("room for the prompt '%s'", onFx(field::getPromptText)).isGreaterThanOrEqualTo(prompt);
    }

    /** The text a label draws now: its text, or the part of it left when cut, ending in "…". */
    private static String drawn(Labeled label) {
        return onFx(() -> {
            label.applyCss();
            label.layout();
            return ((Text) label.lookup(".text")).getText();
        });
    }

    /**
     * The status bar's message had about 270 px of a 1024 px window, the counters on the right keeping all
     * the rest: an edit of a reviewed cable lost the note that the cable was back in progress. The message
     * now has the room first, the note comes before the undo key, and the whole message is in its tooltip.
     */
    @Test
    void at1024By700AnEditsNoteThatTheCableIsInProgressAgainIsShownWhole() {
        awaitCable(window);
        resize(1024, 700);
        cabletag.core.Span erbil = onFx(() -> window.model().document().spans().stream()
                .filter(s -> window.model().document().textOf(s).equals("Erbil")).findFirst().orElseThrow());
        String message = onFx(() -> {
            window.model().workspace().setStatus(window.model().currentCable(), cabletag.workspace.ReviewStatus.REVIEWED);
            window.model().select(erbil);
            window.model().applyLabel(erbil.label().equals(cabletag.core.Label.LOC) ? cabletag.core.Label.PER
                    : cabletag.core.Label.LOC, 0, 0);
            return window.model().messageProperty().get();
        });
        assertThat(message).contains("was marked reviewed; it is in progress again");
        resize(1024, 700);
        Labeled shown = onFx(() -> ((MessageFirstStatusBar) window.statusBar()).messageLabel());
        assertThat(drawn(shown)).as("the status bar's message as drawn").contains("it is in progress again");
        assertThat(onFx(() -> shown.getTooltip().getText())).as("the whole message in its tooltip").isEqualTo(message);
        assertInside(window.statusBar(), "the status bar");
        for (Node item : onFx(() -> List.copyOf(window.statusBar().getRightItems()))) {
            if (onFx(item::isVisible)) {
                assertInside(item, "the status bar's " + ((Labeled) item).getText());
            }
        }
        for (String whole : List.of("#status-progress", "#status-save")) {
            Labeled item = (Labeled) onFx(() -> window.statusBar().lookup(whole));
            assertThat(onFx(item::isVisible)).as(whole + " stays").isTrue();
            assertThat(drawn(item)).as(whole + " is never cut").isEqualTo(onFx(item::getText));
        }
        Node file = onFx(() -> window.statusBar().lookup("#status-file"));
        assertThat(onFx(file::isVisible)).as("the file's name steps aside for the long message").isFalse();
        double messageEnd = onFx(() -> {
            Node text = shown.lookup(".text"); // the drawn text, ellipsis included, not the label's cell
            return text.localToScene(text.getLayoutBounds()).getMaxX();
        });
        double firstItem = onFx(() -> window.statusBar().getRightItems().stream().filter(Node::isVisible)
                .mapToDouble(item -> item.localToScene(item.getLayoutBounds()).getMinX()).min().orElseThrow());
        assertThat(firstItem - messageEnd).as("room between the cut message and the first counter")
                .isGreaterThanOrEqualTo(MessageFirstStatusBar.GAP - 1);

        onFx(() -> {
            window.model().say("Text size 100 %");
            return null;
        });
        resize(1024, 700);
        for (Node item : onFx(() -> List.copyOf(window.statusBar().getRightItems()))) {
            assertThat(onFx(item::isVisible)).as("after a short message, '%s' is back", ((Labeled) item).getText()).isTrue();
            assertInside(item, "the status bar's " + ((Labeled) item).getText());
            assertThat(drawn((Labeled) item)).isEqualTo(onFx(((Labeled) item)::getText));
        }
        assertThat(onFx(() -> shown.getTooltip().getText())).isEqualTo("Text size 100 %");
    }

    /** Puts the window at the top left of the screen, 1024×700: where a 1024×700 screen without a window manager has it. */
    private void atTopLeft() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            stage.setX(0);
            stage.setY(0);
        });
        resize(1024, 700);
    }

    private static void assertOnScreen(Stage shown, String what) {
        javafx.geometry.Rectangle2D screen = onFx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        javafx.geometry.Rectangle2D at = onFx(() -> new javafx.geometry.Rectangle2D(shown.getX(), shown.getY(),
                shown.getWidth(), shown.getHeight()));
        assertThat(at.getMinX()).as("%s at %s: left edge on %s", what, at, screen).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(at.getMinY()).as("%s at %s: top edge on %s", what, at, screen).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(at.getMaxX()).as("%s at %s: right edge on %s", what, at, screen).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(at.getMaxY()).as("%s at %s: bottom edge on %s", what, at, screen).isLessThanOrEqualTo(screen.getMaxY());
    }

    /**
     * Opens a secondary window from the cable text with {@code keys}, checks that it opens inside the screen, then
     * presses Escape in it once it has the focus and waits for it to close.
     */
    private void opensOnScreenAndEscapeCloses(FxRobot robot, String what, Runnable keys, java.util.function.Supplier<Stage> opened) {
        robot.interact(() -> window.cableView().area().requestFocus());
        keys.run();
        FxAwait.until(what + " is shown", () -> {
            Stage shown = opened.get();
            return shown != null && shown.isShowing();
        }, javafx.stage.Window.getWindows());
        Stage shown = onFx(opened::get);
        assertOnScreen(shown, what);
        WaitForAsyncUtils.waitForAsyncFx(10_000, shown::requestFocus);
        FxAwait.until(what + " has the focus", shown.focusedProperty(), Boolean.TRUE::equals);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        FxAwait.until("Escape closed " + what, shown.showingProperty(), Boolean.FALSE::equals);
    }

    /**
     * The consistency view (1100×640), the report card (1280×900) and the key sheet (960×720) were centred on
     * the window at their own size: over a window at the top left of the screen they opened partly off it
     * (x = −38; −128, −67; y = −10), beyond the reach of the mouse. Each now opens inside the screen the
     * window is on, no larger than it; and Escape closes each, the consistency view included.
     */
    @Test
    void theSecondaryWindowsOpenInsideTheScreenAndEscapeClosesThem(FxRobot robot) {
        awaitCable(window);
        atTopLeft();
        opensOnScreenAndEscapeCloses(robot, "the consistency view",
                () -> chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.K),
                () -> window.consistencyView() == null ? null : window.consistencyView().stage());
        opensOnScreenAndEscapeCloses(robot, "the report card",
                () -> chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.R),
                () -> window.reportView() == null ? null : window.reportView().stage());
        opensOnScreenAndEscapeCloses(robot, "the key sheet", () -> robot.type(javafx.scene.input.KeyCode.F1),
                () -> javafx.stage.Window.getWindows().stream()
                        .filter(shown -> shown instanceof Stage s && "cabletag keys".equals(s.getTitle()) && s.isShowing())
                        .map(Stage.class::cast).findFirst().orElse(null));
    }

    private SplitPane mainSplit(MainWindow shown) {
        return shown.view().panes().node();
    }

    @Test
    void aHiddenPaneComesBackWithItsDividerAndTheNextWindowRemembersBoth(FxRobot robot) {
        awaitCable(window);
        SplitPane main = mainSplit(window);
        // drag the left column's divider to the right and the entity pane's to the left
        List<Node> dividers = onFx(() -> List.copyOf(main.lookupAll(".split-pane-divider")).stream()
                .filter(d -> d.getParent() == main).toList());
        assertThat(dividers).hasSize(2);
        double[] before = onFx(() -> main.getDividerPositions());
        robot.drag(dividers.get(0)).dropBy(120, 0);
        robot.drag(dividers.get(1)).dropBy(-90, 0);
        double[] dragged = onFx(() -> main.getDividerPositions());
        assertThat(dragged[0]).as("dragged right").isGreaterThan(before[0] + 0.05);
        assertThat(dragged[1]).as("dragged left").isLessThan(before[1] - 0.03);
        chord(robot, javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DIGIT3);
        assertThat(onFx(() -> window.entityTable().getScene())).as("the entity pane is hidden").isNull();
        assertThat(onFx(() -> main.getDividerPositions())).hasSize(1);
        // the keys said nothing: a pane gone without a word looked lost (the status bar names the key that brings it back)
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Entity pane hidden — Alt+3 shows it again (remembered)");
        chord(robot, javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DIGIT3);
        assertThat(onFx(() -> window.entityTable().getScene())).as("the entity pane is back").isNotNull();
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Entity pane shown (remembered)");
        chord(robot, javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DIGIT2);
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Problems pane hidden — Alt+2 shows it again (remembered)");
        chord(robot, javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.DIGIT2);
        assertThat(onFx(() -> window.problemsPane().getScene())).as("the problems pane is back").isNotNull();
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Problems pane shown (remembered)");
        double[] back = onFx(() -> main.getDividerPositions());
        assertThat(back).hasSize(2);
        assertThat(back[0]).isCloseTo(dragged[0], within(0.005));
        assertThat(back[1]).as("the entity pane's divider where it was").isCloseTo(dragged[1], within(0.005));

        // the View menu does the same as the key
        MenuItem corpusItem = viewMenuItem(window, "action-pane-corpus");
        onFx(() -> {
            corpusItem.fire();
            return null;
        });
        assertThat(onFx(() -> window.corpusPane().getScene())).as("the corpus pane is hidden").isNull();
        assertThat(onFx(() -> window.problemsPane().getScene())).as("the problems pane stays").isNotNull();
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Corpus pane hidden — Alt+1 shows it again (remembered)");

        MainWindow next = reopen();
        assertThat(onFx(() -> next.corpusPane().getScene())).as("the next window has the corpus pane hidden").isNull();
        assertThat(onFx(() -> next.entityTable().getScene())).isNotNull();
        double[] remembered = onFx(() -> mainSplit(next).getDividerPositions());
        assertThat(remembered[0]).as("the left column's width").isCloseTo(dragged[0], within(0.005));
        assertThat(remembered[1]).isCloseTo(dragged[1], within(0.005));
        onFx(() -> {
            viewMenuItem(next, "action-pane-corpus").fire();
            return null;
        });
        assertThat(onFx(() -> next.corpusPane().getScene())).as("shown again in the next window").isNotNull();
    }

    private static MenuItem viewMenuItem(MainWindow shown, String id) {
        MenuBar bar = (MenuBar) onFx(() -> shown.scene().lookup("#menu-bar"));
        return onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    /** Closes this test's window (which saves the preferences) and opens the same corpus in a new one, same home. */
    private MainWindow reopen() {
        onFx(() -> {
            stage.close();
            return null;
        });
        Stage second = onFx(Stage::new);
        MainWindow next = onFx(() -> WindowDriver.openIn(second, corpus).window);
        awaitCable(next);
        return next;
    }

    private static Paint pageColour(MainWindow shown) {
        return onFx(() -> {
            Region area = shown.cableView().area();
            area.applyCss();
            return area.getBackground().getFills().get(0).getFill();
        });
    }

    @Test
    void theDarkThemeChangesTheLookedUpColoursAndIsRemembered() throws Exception {
        awaitCable(window);
        Paint light = pageColour(window);
        assertThat(LabelContrastTest.luminance((Color) light)).as("the light page").isGreaterThan(0.8);
        onFx(() -> {
            viewMenuItem(window, "action-theme-dark").fire();
            return null;
        });
        Paint dark = pageColour(window);
        assertThat(LabelContrastTest.luminance((Color) dark)).as("the dark page").isLessThan(0.05);
        assertThat(onFx(() -> window.scene().getRoot().getStyleClass())).contains("theme-dark");
        // the menu marks the theme that is on, and the status bar says the switch was taken
        assertThat(onFx(() -> ((javafx.scene.control.RadioMenuItem) viewMenuItem(window, "action-theme-dark")).isSelected())).isTrue();
        assertThat(onFx(() -> ((javafx.scene.control.RadioMenuItem) viewMenuItem(window, "action-theme-light")).isSelected())).isFalse();
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Theme: Dark (remembered)");
        Path preferences = WindowPreferences.fileUnder(cabletag.workspace.StoreLocation.defaultLocation().root());
        assertThat(Files.readString(preferences)).contains("theme=dark");

        MainWindow next = reopen();
        assertThat(pageColour(next)).as("the next window opens dark").isEqualTo(dark);
        assertThat(onFx(() -> ((javafx.scene.control.RadioMenuItem) viewMenuItem(next, "action-theme-dark")).isSelected()))
                .as("marked from the start").isTrue();
        onFx(() -> {
            viewMenuItem(next, "action-theme-light").fire();
            return null;
        });
        assertThat(pageColour(next)).isEqualTo(light);
    }

    /**
     * In the dark theme the header strip kept its near-white background while its values took the theme's
     * white text: each text on the strip reaches 4.5:1 against the strip's background, in both themes.
     */
    @Test
    void theHeaderStripsTextIsLegibleOnItsBackgroundInBothThemes() {
        awaitCable(window);
        HeaderStrip strip = window.headerStrip();
        for (String theme : List.of("action-theme-light", "action-theme-dark")) {
            onFx(() -> {
                viewMenuItem(window, theme).fire();
                return null;
            });
            Color background = onFx(() -> {
                strip.applyCss();
                return (Color) strip.getBackground().getFills().get(0).getFill();
            });
            List<Labeled> texts = onFx(() -> strip.lookupAll(".label").stream()
                    .filter(node -> node.isVisible() && node instanceof Labeled).map(node -> (Labeled) node).toList());
            assertThat(texts).as("the strip's keys and values for seed 004").hasSizeGreaterThanOrEqualTo(5);
            for (Labeled text : texts) {
                Color fill = onFx(() -> (Color) text.getTextFill());
                assertThat(LabelContrastTest.contrast(fill, background))
                        .as("%s: '%s' in %s on the strip's %s", theme, onFx(text::getText), fill, background)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void ctrlPlusMinusAndZeroZoomTheCableTextAndTheSizeIsRemembered(FxRobot robot) {
        awaitCable(window);
        double normal = cableFont(window).getSize();
        assertThat(normal).as("the system's default size").isEqualTo(Font.getDefault().getSize());
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
        assertThat(cableFont(window).getSize()).isCloseTo(normal * 1.10, within(0.05));
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.MINUS);
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.MINUS);
        assertThat(cableFont(window).getSize()).isCloseTo(normal * 0.90, within(0.05));
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0);
        assertThat(cableFont(window).getSize()).isCloseTo(normal, within(0.05));
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
        chord(robot, javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.EQUALS);
        assertThat(window.model().messageProperty().get()).isEqualTo("Text size 125 %");
        double larger = cableFont(window).getSize();
        assertThat(larger).isCloseTo(normal * 1.25, within(0.05));

        MainWindow next = reopen();
        assertThat(cableFont(next).getSize()).as("the next window's text size").isCloseTo(larger, within(0.01));
    }
}
