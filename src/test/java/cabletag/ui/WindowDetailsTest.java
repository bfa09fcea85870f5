package cabletag.ui;

import static cabletag.ui.WindowDriver.chord;
import static cabletag.ui.WindowDriver.onFx;
import static cabletag.ui.WindowDriver.shownRows;
import static javafx.scene.input.KeyCode.CONTROL;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parts of the window an audit found untested, driven with the mouse and keys in the real window:
 * the hover popup over an entity, sorting and filtering the entity table and its two-way link with the
 * text, the corpus pane's counts and filters, and jumping to a reading problem.
 */
class WindowDetailsTest extends ThreeCableWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    // ---- hover ----

    /** The hover popup's text while it shows, or empty. */
    private static Optional<String> hoverShown() {
        return onFx(() -> Window.getWindows().stream()
                .filter(win -> win instanceof PopupWindow && win.isShowing() && win.getScene() != null)
                .map(win -> win.getScene().getRoot().lookup(".hover-popup"))
                .filter(box -> box != null)
                .map(box -> ((Labeled) box.lookup(".label")).getText())
                .findFirst());
    }

    /** The hover events of the text area, as the area sends them (the popup's own handlers have run first). */
    private BlockingQueue<MouseOverTextEvent> recordHovers(FxRobot robot) {
        BlockingQueue<MouseOverTextEvent> hovers = new LinkedBlockingQueue<>();
        robot.interact(() -> {
            w.window.cableView().area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, hovers::add);
            w.window.cableView().area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, hovers::add);
        });
        return hovers;
    }

    /**
     * Waits until the area says the mouse rests over a character in [start, end) (the hover delay has
     * passed there), skipping what it said on the way, then for the handlers of that event to finish.
     */
    private static void awaitRestingOver(BlockingQueue<MouseOverTextEvent> hovers, int start, int end) {
        while (true) {
            MouseOverTextEvent event = FxAwait.next("the mouse to rest over " + start + "-" + end, hovers);
            if (event.getEventType() == MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN
                    && event.getCharacterIndex() >= start && event.getCharacterIndex() < end) {
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
        }
    }

    /**
     * Waits until the area says the mouse left the text, after the robot's move has ended: an END with
     * nothing after it (a rest over other text on the way shows as a BEGIN and an END before it).
     */
    private static void awaitLeaving(BlockingQueue<MouseOverTextEvent> hovers) {
        while (true) {
            MouseOverTextEvent event = FxAwait.next("the mouse to leave the text", hovers);
            if (event.getEventType() == MouseOverTextEvent.MOUSE_OVER_TEXT_END) {
                WaitForAsyncUtils.waitForFxEvents();
                if (hovers.isEmpty()) {
                    return;
                }
            }
        }
    }

    @Test
    void hoveringAnEntityShowsItsLabelAndTextAndMovingOffHidesIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        BlockingQueue<MouseOverTextEvent> hovers = recordHovers(robot);
        String text = w.doc().text();
        int plain = text.indexOf("staff");
        robot.moveTo(w.onScreen(plain, plain + 3));
        awaitRestingOver(hovers, plain, plain + 3);
        assertThat(hoverShown()).as("no entity under the mouse: no popup").isEmpty();

        Span rubaie = w.span("Rubaie", Label.PER);
        robot.moveTo(w.onScreen(rubaie.start() + 2, rubaie.start() + 3));
        awaitRestingOver(hovers, rubaie.start(), rubaie.end());
        assertThat(hoverShown()).contains("PER  Rubaie");

        robot.moveTo(w.onScreen(plain, plain + 3));
        awaitRestingOver(hovers, plain, plain + 3);
        assertThat(hoverShown()).as("moved off the entity").isEmpty();

        Span council = w.span("National Security Council", Label.ORG);
        robot.moveTo(w.onScreen(council.end() - 3, council.end() - 2));
        awaitRestingOver(hovers, council.start(), council.end());
        assertThat(hoverShown()).contains("ORG  National Security Council");
        assertThat(w.selected()).as("hovering selects nothing").isNull();

        // moving out of the text altogether hides it too
        robot.moveTo(robot.lookup("#entity-filter").queryAs(Node.class));
        awaitLeaving(hovers);
        assertThat(hoverShown()).as("the mouse left the text").isEmpty();
    }

    // ---- entity table ----

    private TableView<EntityTable.Row> entityTable() {
        return w.window.entityTable().table();
    }

    private static void clickHeader(FxRobot robot, TableView<?> table, String title) {
        Node header = onFx(() -> table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && title.equals(((TableColumnBase<?, ?>) h.getTableColumn()).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + title)));
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The entity table as shown: "text label start". */
    private List<String> entityRows() {
        return shownRows(entityTable()).stream().map(cells -> String.join(" ", cells.subList(0, 3))).toList();
    }

    private void clickEntityRow(FxRobot robot, String text) {
        Node row = onFx(() -> entityTable().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof EntityTable.Row item && item.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no row '" + text + "' shown: " + entityRows())));
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String entityCount() {
        return onFx(() -> ((Labeled) w.window.entityTable().lookupAll(".label").stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && !l.getStyleClass().contains("pane-title")
                        && l.getText() != null && l.getText().matches("\\d+( of \\d+)?"))
                .findFirst().orElseThrow()).getText());
    }

    private void assertSelectedInText(Span span) {
        assertThat(w.selected()).isEqualTo(span);
        assertThat(w.caret()).as("caret on the entity").isEqualTo(span.start());
        List<String> styles = onFx(() -> List.copyOf(w.window.cableView().area().getStyleOfChar(span.start())));
        assertThat(styles).contains(HighlightStyler.SELECTED);
    }

    @Test
    void clickingAColumnHeaderSortsByTextLabelAndStart(FxRobot robot) throws Exception {
        w.awaitOpened();
        Span rubaie = w.span("Rubaie", Label.PER);
        Span council = w.span("National Security Council", Label.ORG);
        Span saeed = w.span("Saeed", Label.PER);
        Span jalili = w.span("Jalili", Label.PER);
        Span najaf = w.span("Najaf", Label.LOC);
        assertThat(entityRows()).containsExactly("Rubaie PER " + rubaie.start(), "National Security Council ORG " + council.start(),
                "Saeed PER " + saeed.start(), "Jalili PER " + jalili.start(), "Najaf LOC " + najaf.start());

        clickHeader(robot, entityTable(), "Text");
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(0) + " " + cells.get(1))
                .containsExactly("Jalili PER", "Najaf LOC", "National Security Council ORG", "Rubaie PER", "Saeed PER");
        clickHeader(robot, entityTable(), "Text");
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(0))
                .containsExactly("Saeed", "Rubaie", "National Security Council", "Najaf", "Jalili");

        clickHeader(robot, entityTable(), "Label");
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(1)).containsExactly("LOC", "ORG", "PER", "PER", "PER");
        clickHeader(robot, entityTable(), "Label");
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(1)).containsExactly("PER", "PER", "PER", "ORG", "LOC");

        clickHeader(robot, entityTable(), "Start");
        assertThat(shownRows(entityTable())).extracting(cells -> Integer.parseInt(cells.get(2)))
                .containsExactly(rubaie.start(), council.start(), saeed.start(), jalili.start(), najaf.start());
        clickHeader(robot, entityTable(), "Start");
        assertThat(shownRows(entityTable())).extracting(cells -> Integer.parseInt(cells.get(2)))
                .containsExactly(najaf.start(), jalili.start(), saeed.start(), council.start(), rubaie.start());

        // sorted by start, descending: the second row is Jalili, and clicking it selects Jalili in the text
        clickEntityRow(robot, "Jalili");
        assertSelectedInText(jalili);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedIndex())).isEqualTo(1);

        // and the reverse: clicking Rubaie in the text selects its row, the last one in this order
        w.clickText(robot, rubaie.start() + 1, rubaie.start() + 2);
        assertThat(w.selected()).isEqualTo(rubaie);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedItem().span())).isEqualTo(rubaie);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedIndex())).isEqualTo(4);
        // Tab from the text moves the row selection with it
        robot.type(KeyCode.TAB);
        assertThat(w.selected()).isEqualTo(council);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedIndex())).isEqualTo(3);
    }

    /** The check boxes of the label filter's open popup, by label name. */
    private static Node labelFilterItem(String name) {
        return onFx(() -> Window.getWindows().stream()
                .filter(win -> win instanceof PopupWindow && win.isShowing() && win.getScene() != null)
                .flatMap(win -> win.getScene().getRoot().lookupAll(".list-cell").stream())
                .filter(n -> n instanceof ListCell<?> cell && cell.getItem() != null && name.equals(cell.getItem().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("the label filter shows no " + name)));
    }

    @Test
    void theTextAndLabelFiltersNarrowTheRowsAndAFilteredRowStillSelectsItsEntity(FxRobot robot) throws Exception {
        w.awaitOpened();
        Span najaf = w.span("Najaf", Label.LOC);
        Span jalili = w.span("Jalili", Label.PER);
        Span saeed = w.span("Saeed", Label.PER);

        robot.clickOn("#entity-filter").write("na");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(0)).containsExactly("National Security Council", "Najaf");
        assertThat(entityCount()).isEqualTo("2 of 5");
        clickEntityRow(robot, "Najaf");
        assertSelectedInText(najaf);

        robot.clickOn("#entity-filter");
        chord(robot, CONTROL, KeyCode.A);
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entityCount()).isEqualTo("5");
        assertThat(w.entities()).as("keys typed into the filter edit nothing").hasSize(5);

        robot.clickOn("#entity-label-filter");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(labelFilterItem("PER"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> List.copyOf(w.window.entityTable().labelFilter().getCheckModel().getCheckedItems())))
                .containsExactly(Label.PER);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(0)).containsExactly("Rubaie", "Saeed", "Jalili");
        assertThat(entityCount()).isEqualTo("3 of 5");

        // both filters at once, on a table sorted by text
        clickHeader(robot, entityTable(), "Text");
        robot.clickOn("#entity-filter").write("a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownRows(entityTable())).extracting(cells -> cells.get(0)).containsExactly("Jalili", "Rubaie", "Saeed");
        clickEntityRow(robot, "Saeed");
        assertSelectedInText(saeed);

        // the reverse: an entity clicked in the text selects its row; one the filters hide selects none
        w.clickText(robot, jalili.start() + 1, jalili.start() + 2);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedItem().span())).isEqualTo(jalili);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedIndex())).isEqualTo(0);
        w.clickText(robot, najaf.start() + 1, najaf.start() + 2);
        assertThat(w.selected()).isEqualTo(najaf);
        assertThat(onFx(() -> entityTable().getSelectionModel().getSelectedItem())).isNull();
    }

    // ---- corpus pane ----

    private List<List<String>> corpusRows() {
        return shownRows(w.window.corpusPane().table());
    }

    private List<String> corpusNames() {
        return corpusRows().stream().map(cells -> cells.get(0)).toList();
    }

    /** Opens the status filter and clicks one of its choices, as the analyst would. */
    private static void chooseStatus(FxRobot robot, String choice) {
        robot.clickOn("#corpus-status-filter");
        WaitForAsyncUtils.waitForFxEvents();
        Node item = onFx(() -> Window.getWindows().stream()
                .filter(win -> win instanceof PopupWindow && win.isShowing() && win.getScene() != null)
                .flatMap(win -> win.getScene().getRoot().lookupAll(".menu-item").stream())
                .filter(n -> n.lookup(".label") instanceof Labeled l && choice.equals(l.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no status choice " + choice)));
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void corpusRowsCountEntitiesAndProblemsAndTheStatusAndNameFiltersNarrowThem(FxRobot robot) throws Exception {
        w.awaitOpened();
        assertThat(corpusRows()).containsExactly(
                List.of("a.txt", "5", "0", CorpusPane.MARK_NEW),
                List.of("b.txt", "1", "1", CorpusPane.MARK_NEW),
                List.of("c.txt", "0", "0", CorpusPane.MARK_NEW));
        assertThat(w.label(robot, "#status-problems")).isEqualTo("1 reading problem");

        // a: in progress (one relabel); b: reviewed (Ctrl+Enter goes on to c); c: new
        w.tabTo(robot, "Rubaie");
        robot.type(KeyCode.DIGIT2);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        chord(robot, CONTROL, KeyCode.ENTER);
        assertThat(corpusRows()).containsExactly(
                List.of("a.txt", "5", "0", CorpusPane.MARK_IN_PROGRESS),
                List.of("b.txt", "1", "1", CorpusPane.MARK_REVIEWED),
                List.of("c.txt", "0", "0", CorpusPane.MARK_NEW));

        chooseStatus(robot, "reviewed");
        assertThat(corpusNames()).containsExactly("b.txt");
        chooseStatus(robot, "in progress");
        assertThat(corpusNames()).containsExactly("a.txt");
        chooseStatus(robot, "new");
        assertThat(corpusNames()).containsExactly("c.txt");
        chooseStatus(robot, "All");
        assertThat(corpusNames()).containsExactly("a.txt", "b.txt", "c.txt");

        robot.clickOn("#corpus-filter").write("B.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(corpusNames()).as("the name filter ignores case").containsExactly("b.txt");
        chooseStatus(robot, "new");
        assertThat(corpusNames()).as("both filters at once").isEmpty();
        chooseStatus(robot, "reviewed");
        assertThat(corpusNames()).containsExactly("b.txt");

        // a row of the filtered list still opens its cable
        Node row = onFx(() -> w.window.corpusPane().table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null).findFirst().orElseThrow());
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.doc().source().name()).isEqualTo("b.txt");
    }

    // ---- problems pane ----

    private Node problemCell(String startsWith) {
        return onFx(() -> w.window.problemsPane().list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError("no problem shown starting " + startsWith
                        + ": " + w.window.problemsPane().items())));
    }

    /** A point on the start of a cell's text: a long problem's cell is wider than its pane, so its centre can lie beyond it. */
    private static Point2D visibleStart(Node cell) {
        var bounds = onFx(() -> cell.localToScreen(cell.getBoundsInLocal()));
        return new Point2D(bounds.getMinX() + 20, (bounds.getMinY() + bounds.getMaxY()) / 2);
    }

    @Test
    void choosingAReadingProblemByClickOrEnterPutsTheCaretAtItsPlace(FxRobot robot) throws Exception {
        w.awaitOpened();
        // listed at a.txt already, as b.txt's row counts it, with no place in a.txt
        FxAwait.until("b.txt's problem listed", () -> w.window.problemsPane().items().size() == 1,
                w.window.problemsPane().items());
        assertThat(w.window.problemsPane().items().get(0).offset()).isEqualTo(-1);
        chord(robot, CONTROL, KeyCode.PAGE_DOWN);
        assertThat(w.window.problemsPane().items()).hasSize(1);
        ProblemsModel.Item problem = w.window.problemsPane().items().get(0);
        assertThat(problem.text()).startsWith(w.corpus + "/" + "b.txt:3:");
        // the unclosed tag opens the third line: its place in the clean text is that line's start
        int place = w.doc().text().indexOf("\n\n") + 2;
        assertThat(w.caret()).isZero();

        Node cell = problemCell(w.corpus + "/" + "b.txt:3:");
        // the line wraps inside the pane, whole, and its tooltip holds it too
        assertThat(onFx(() -> cell.getBoundsInParent().getWidth()))
                .isLessThanOrEqualTo(onFx(() -> w.window.problemsPane().list().getWidth()));
        assertThat(onFx(() -> ((ListCell<?>) cell).isWrapText())).isTrue();
        assertThat(onFx(() -> ((ListCell<?>) cell).getTooltip().getText())).isEqualTo(problem.text());
        robot.clickOn(visibleStart(cell));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.caret()).isEqualTo(place);
        assertThat(onFx(() -> w.window.cableView().area().getCurrentParagraph())).isEqualTo(2);

        robot.interact(() -> w.window.cableView().moveTo(0));
        assertThat(w.caret()).isZero();
        robot.type(KeyCode.ENTER); // the list still has the focus and the problem chosen
        assertThat(w.caret()).isEqualTo(place);
    }
}
