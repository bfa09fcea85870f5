package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.Occurrence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bulk edits in the real window on seed 004, by keys: its seven {@code ( [ORG S  ] )} classification
 * markers deleted in one step, "apply to all" through its preview, several table rows at once, and the
 * table's selection after an edit in a sorted or filtered view.
 */
class BulkEditWindowTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitOpened() {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
    }

    private Document doc() {
        return window.model().document();
    }

    private List<Span> markers() {
        Document document = doc();
        return document.spans().stream()
                .filter(s -> s.label().equals(Label.ORG) && document.textOf(s).equals("S")).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void selectInText(FxRobot robot, Span span) {
        robot.interact(() -> {
            window.cableView().area().requestFocus();
            window.model().select(span);
        });
    }

    private static void chord(FxRobot robot, KeyCode... keys) {
        WindowDriver.chord(robot, keys);
    }

    private String status() {
        return onFx(() -> window.statusBar().getText());
    }

    private TableView<EntityTable.Row> table() {
        return window.entityTable().table();
    }

    /** Selects these rows of the table's view (as Shift/Ctrl-clicks do), with the focus in the table. */
    private void selectRows(FxRobot robot, int... viewRows) {
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().clearSelection();
            for (int row : viewRows) {
                table().getSelectionModel().select(row);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Span viewRow(int index) {
        return onFx(() -> table().getItems().get(index).span());
    }

    @Test
    void shiftDeleteRemovesTheSevenMarkersInOneUndoableStep(FxRobot robot) {
        waitOpened();
        List<Span> seven = markers();
        assertThat(seven).hasSize(7);
        int before = doc().spans().size();
        selectInText(robot, seven.get(3));

        chord(robot, KeyCode.SHIFT, KeyCode.DELETE);

        assertThat(markers()).isEmpty();
        assertThat(doc().spans()).hasSize(before - 7);
        assertThat(status()).isEqualTo("Deleted 7 × S (ORG) in this cable — Ctrl+Z undoes");
        assertThat(onFx(() -> table().getItems().size())).isEqualTo(before - 7);

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(markers()).containsExactlyElementsOf(seven);
        assertThat(doc().spans()).hasSize(before);
        assertThat(window.model().workspace().canUndo()).as("one step").isFalse();
    }

    @Test
    void ctrlShiftDeleteReachesTheWholeCorpus(FxRobot robot) {
        waitOpened();
        selectInText(robot, markers().get(0));

        chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);

        assertThat(markers()).isEmpty();
        assertThat(status()).isEqualTo("Deleted 7 × S (ORG) in 1 cable — Ctrl+Z undoes");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(markers()).hasSize(7);
    }

    @Test
    void thePreviewLeavesTheDeletedMarkerAndTheBannerUncheckedAndEnterAppliesTheRest(FxRobot robot) {
        waitOpened();
        List<Span> seven = markers();
        selectInText(robot, seven.get(1));
        robot.type(KeyCode.DELETE);
        selectInText(robot, seven.get(0));
        robot.type(KeyCode.DIGIT4); // MISC
        assertThat(window.model().selected()).isEqualTo(seven.get(0).withLabel(Label.MISC));
        long stepsBefore = window.model().workspace().revision();

        robot.type(KeyCode.A);
        ApplyPreviewDialog preview = onFx(() -> window.applyPreview());
        assertThat(preview).isNotNull();
        FxAwait.until("the preview has the focus", preview.stage().focusedProperty(), Boolean.TRUE::equals);

        List<Occurrence> listed = onFx(() -> List.copyOf(preview.list().getItems()));
        Occurrence deleted = listed.stream().filter(o -> o.wanted().start() == seven.get(1).start()).findFirst().orElseThrow();
        Occurrence banner = listed.stream().filter(o -> o.wanted().start() == 0).findFirst().orElseThrow();
        assertThat(onFx(() -> preview.isChecked(deleted))).isFalse();
        assertThat(deleted.reason()).isEqualTo("you deleted this one");
        assertThat(onFx(() -> preview.isChecked(banner))).isFalse();
        assertThat(onFx(preview::checkedOccurrences)).extracting(Occurrence::existing)
                .containsExactlyElementsOf(seven.subList(2, 7));
        assertThat(deleted.context()).contains("⟦S⟧");

        robot.type(KeyCode.ENTER);
        FxAwait.until("the preview closed", preview.stage().showingProperty(), Boolean.FALSE::equals);

        Document after = doc();
        assertThat(markers()).isEmpty();
        for (Span marker : seven.subList(2, 7)) {
            assertThat(after.spans()).contains(marker.withLabel(Label.MISC));
        }
        assertThat(after.spans().atRange(seven.get(1).start(), seven.get(1).end())).as("deleted stays deleted").isEmpty();
        assertThat(after.spans().atRange(0, 1)).as("the S of S E C R E T").isEmpty();
        assertThat(status()).startsWith("Tag 5 occurrences of “S” as MISC").endsWith("— Ctrl+Z undoes");

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(markers()).containsExactlyElementsOf(seven.subList(2, 7));
        assertThat(window.model().workspace().revision()).isGreaterThan(stepsBefore);
        assertThat(window.model().workspace().undoDescription()).startsWith("Relabel"); // the MISC relabel is next
    }

    @Test
    void escapeClosesThePreviewAndChangesNothing(FxRobot robot) {
        waitOpened();
        selectInText(robot, markers().get(0));
        robot.type(KeyCode.DIGIT4);
        Document before = doc();

        robot.type(KeyCode.A);
        ApplyPreviewDialog preview = onFx(() -> window.applyPreview());
        FxAwait.until("the preview has the focus", preview.stage().focusedProperty(), Boolean.TRUE::equals);
        Occurrence first = onFx(() -> preview.list().getItems().get(0));
        boolean checked = onFx(() -> preview.isChecked(first));
        robot.type(KeyCode.SPACE); // Space toggles the focused row
        assertThat(onFx(() -> preview.isChecked(first))).isNotEqualTo(checked);
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the preview closed", preview.stage().showingProperty(), Boolean.FALSE::equals);

        assertThat(doc().spans()).isEqualTo(before.spans());
        assertThat(window.model().workspace().undoDescription()).startsWith("Relabel");
    }

    /**
     * A plain stage opens centred on the screen, off a window in a corner of a larger one; and its scene has
     * no size before it is shown, which once made this preview a window of no size when it was placed.
     */
    @Test
    void thePreviewOpensAtItsOwnSizeCentredOnItsWindow(FxRobot robot) {
        waitOpened();
        selectInText(robot, markers().get(0));
        robot.type(KeyCode.DIGIT4);
        robot.interact(() -> {
            // the primary stage is shared by the test classes of a run: an earlier one may have sized it
            Stage owner = (Stage) window.cableView().area().getScene().getWindow();
            owner.setWidth(1000);
            owner.setHeight(700);
            owner.setX(40);
            owner.setY(30);
        });
        robot.type(KeyCode.A);
        ApplyPreviewDialog preview = onFx(() -> window.applyPreview());
        FxAwait.until("the preview has the focus", preview.stage().focusedProperty(), Boolean.TRUE::equals);
        double width = onFx(() -> preview.stage().getWidth());
        double height = onFx(() -> preview.stage().getHeight());
        assertThat(width).as("the list's 760 px and its padding").isGreaterThanOrEqualTo(760);
        assertThat(height).as("the list's 420 px, the summary and the buttons").isGreaterThan(420);
        assertThat(onFx(() -> preview.stage().getX() + width / 2)).isCloseTo(540, org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFx(() -> preview.stage().getY() + height / 2)).isCloseTo(380, org.assertj.core.data.Offset.offset(1.0));
        robot.type(KeyCode.ESCAPE);
        FxAwait.until("the preview closed", preview.stage().showingProperty(), Boolean.FALSE::equals);
    }

    @Test
    void aLabelKeyAndDeleteActOnEverySelectedRowAsOneStep(FxRobot robot) {
        waitOpened();
        Document before = doc();
        selectRows(robot, 4, 5);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT); // Shift+arrow adds a row
        WaitForAsyncUtils.waitForFxEvents();
        List<Span> three = onFx(() -> table().getSelectionModel().getSelectedItems().stream().map(EntityTable.Row::span).toList());
        assertThat(three).hasSize(3);

        robot.type(KeyCode.DIGIT4);
        for (Span span : three) {
            assertThat(doc().spans()).contains(span.withLabel(Label.MISC));
        }
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(doc().spans()).isEqualTo(before.spans());

        selectRows(robot, 1, 7, 9);
        List<Span> other = List.of(viewRow(1), viewRow(7), viewRow(9));
        robot.type(KeyCode.DELETE);
        assertThat(doc().spans()).hasSize(before.spans().size() - 3).doesNotContainAnyElementsOf(other);
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(doc().spans()).isEqualTo(before.spans());
        assertThat(window.model().workspace().canUndo()).isFalse();
    }

    private void clickRow(FxRobot robot, int index, KeyCode... held) {
        javafx.scene.Node row = onFx(() -> table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .findFirst().orElseThrow(() -> new AssertionError("row " + index + " is not shown")));
        robot.press(held).clickOn(row).release(held);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void shiftAndCtrlClickSelectSeveralRowsForOneDelete(FxRobot robot) {
        waitOpened();
        Document before = doc();
        clickRow(robot, 1);
        clickRow(robot, 3, KeyCode.SHIFT);
        clickRow(robot, 6, KeyCode.CONTROL);
        List<Span> four = List.of(viewRow(1), viewRow(2), viewRow(3), viewRow(6));
        assertThat(window.model().selectedSpans()).containsExactlyInAnyOrderElementsOf(four);

        robot.type(KeyCode.DELETE);

        assertThat(doc().spans()).hasSize(before.spans().size() - 4).doesNotContainAnyElementsOf(four);
        assertThat(window.model().workspace().undoDescription()).isEqualTo("Delete 4 entities");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(doc().spans()).isEqualTo(before.spans());
        assertThat(window.model().workspace().canUndo()).isFalse();
    }

    @Test
    void inASortedTableADeleteSelectsTheNextRowInView(FxRobot robot) {
        waitOpened();
        robot.interact(() -> {
            TableColumn<EntityTable.Row, ?> text = table().getColumns().get(0);
            text.setSortType(TableColumn.SortType.DESCENDING);
            table().getSortOrder().setAll(List.of(text));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int row = 6;
        Span gone = viewRow(row);
        Span next = viewRow(row + 1);
        assertThat(next).as("sorted by text, the next row is not the next entity in the text")
                .isNotEqualTo(doc().spans().get(doc().spans().indexOf(gone) + 1));
        selectRows(robot, row);

        robot.type(KeyCode.DELETE);

        assertThat(doc().spans()).doesNotContain(gone);
        assertThat(window.model().selected()).isEqualTo(next);
        assertThat(onFx(() -> table().getSelectionModel().getSelectedItem().span())).isEqualTo(next);
        assertThat(onFx(() -> table().getSelectionModel().getSelectedIndex())).isEqualTo(row);
    }

    @Test
    void inALabelFilteredTableARelabelSelectsTheNextRowInView(FxRobot robot) {
        waitOpened();
        robot.interact(() -> window.entityTable().labelFilter().getCheckModel().check(Label.PER));
        robot.interact(() -> {
            TableColumn<EntityTable.Row, ?> text = table().getColumns().get(0);
            table().getSortOrder().setAll(List.of(text));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Span relabelled = viewRow(2);
        Span next = viewRow(3);
        selectRows(robot, 2);

        robot.type(KeyCode.DIGIT2); // LOC: the row leaves the PER filter

        assertThat(doc().spans()).contains(relabelled.withLabel(Label.LOC));
        assertThat(window.model().selected()).isEqualTo(next);
        assertThat(onFx(() -> table().getSelectionModel().getSelectedItem().span())).isEqualTo(next);

        // filtered by text too: "Rubaie" rows only, delete the first of several
        robot.interact(() -> window.entityTable().textFilter().setText("Rubaie"));
        WaitForAsyncUtils.waitForFxEvents();
        Span first = viewRow(0);
        Span second = viewRow(1);
        selectRows(robot, 0);
        robot.type(KeyCode.DELETE);
        assertThat(doc().spans()).doesNotContain(first);
        assertThat(window.model().selected()).isEqualTo(second);
    }
}
