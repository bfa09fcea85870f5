package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.Place;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.consistency.Dismissals;
import cabletag.workspace.consistency.WorkspaceIndex;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Consistency view on seed 004: "Security Agreement" is ORG in one place and MISC in another; relabelling
 * all of it to ORG goes through the preview, is one edit, drops the finding, and one Ctrl+Z brings both back.
 */
class ConsistencyWindowTest extends SeedWindowTest {

    private static final String SECURITY = "labels:security agreement";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean has(List<Finding> findings, String key) {
        return findings.stream().anyMatch(f -> f.key().equals(key));
    }

    private List<Label> securityLabels() {
        Document document = window.model().document();
        return document.spans().stream().filter(s -> document.textOf(s).equals("Security Agreement")).map(s -> s.label()).toList();
    }

    /**
     * At 1024x700 each list is about half the window wide: findings and places wrap in it, none runs off
     * its right edge behind a horizontal scroll bar.
     */
    @Test
    void findingsAndPlacesWrapAt1024x700(FxRobot robot) {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        ConsistencyView view = onFx(() -> window.showConsistency());
        FxAwait.until("the findings", () -> !view.findings().getItems().isEmpty(), view.findings().getItems());
        robot.interact(() -> {
            view.stage().setWidth(1024);
            view.stage().setHeight(700);
            view.findings().getSelectionModel().select(0);
        });
        FxAwait.until("its places", () -> !view.places().getItems().isEmpty(), view.places().getItems());
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.control.ListView<?> list : List.of(view.findings(), view.places())) {
            assertThat(onFx(() -> list.lookupAll(".scroll-bar").stream()
                    .filter(bar -> bar instanceof javafx.scene.control.ScrollBar s
                            && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && s.isVisible())
                    .count())).as("a horizontal scroll bar under %s", list.getId()).isZero();
            List<Double> overhangs = onFx(() -> list.lookupAll(".list-cell").stream()
                    .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getText() != null)
                    .map(cell -> cell.localToScene(cell.getLayoutBounds()).getMaxX() - list.localToScene(list.getLayoutBounds()).getMaxX())
                    .toList());
            assertThat(overhangs).as("cells of %s", list.getId()).isNotEmpty().allSatisfy(o -> assertThat(o).isLessThanOrEqualTo(0.0));
        }
        robot.interact(() -> view.stage().close());
    }

    @Test
    void relabelAllThroughThePreviewIsOneStepAndUndoBringsTheFindingBack(FxRobot robot) {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        robot.interact(() -> window.cableView().area().requestFocus());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        ConsistencyView view = onFx(() -> window.showConsistency());
        assertThat(view).isNotNull();
        FxAwait.until("the findings", () -> has(view.findings().getItems(), SECURITY), view.findings().getItems());

        robot.interact(() -> view.findings().getItems().stream().filter(f -> f.key().equals(SECURITY)).findFirst()
                .ifPresent(f -> view.findings().getSelectionModel().select(f)));
        FxAwait.until("its two places", () -> view.places().getItems().size() == 2, view.places().getItems());
        assertThat(onFx(() -> view.places().getItems().stream().map(Place::label).toList())).containsExactly(Label.ORG, Label.MISC);
        assertThat(securityLabels()).containsExactly(Label.ORG, Label.MISC);

        robot.interact(() -> view.label().getSelectionModel().select(Label.ORG));
        robot.clickOn("#consistency-relabel");
        ApplyPreviewDialog preview = onFx(view::preview);
        assertThat(preview).isNotNull();
        assertThat(onFx(() -> preview.list().getItems().size())).as("the MISC one only").isEqualTo(1);
        assertThat(onFx(() -> preview.stage().isShowing())).isTrue();
        robot.clickOn("#apply-preview-apply");

        FxAwait.until("the finding resolved", () -> !has(view.findings().getItems(), SECURITY), view.findings().getItems());
        assertThat(securityLabels()).containsExactly(Label.ORG, Label.ORG);
        assertThat(window.model().workspace().undoDescription()).startsWith("Tag 1 occurrence of “Security Agreement” as ORG");

        robot.interact(() -> window.model().undo()); // what Ctrl+Z runs in the window
        FxAwait.until("the finding back", () -> has(view.findings().getItems(), SECURITY), view.findings().getItems());
        assertThat(securityLabels()).containsExactly(Label.ORG, Label.MISC);
        assertThat(window.model().workspace().canUndo()).as("one step").isFalse();
    }

    /**
     * The label box follows the finding chosen, by the keys as by the mouse: it stayed on PER, and "Tag
     * untagged as" on a LOC or ORG finding offered PER. The analyst can still choose another label.
     */
    @Test
    void theLabelBoxTakesEachChosenFindingsMajorityLabelAndTheAnalystCanChangeIt(FxRobot robot) {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        ConsistencyView view = onFx(() -> window.showConsistency());
        FxAwait.until("the findings", () -> view.findings().getItems().size() > 3, view.findings().getItems());
        robot.clickOn("#consistency-findings");
        robot.interact(() -> view.findings().getSelectionModel().select(0));
        List<Finding> all = onFx(() -> List.copyOf(view.findings().getItems()));
        assertThat(all.stream().map(f -> f.majorityLabel().orElseThrow()).distinct().count()).as("findings of several labels").isGreaterThan(1);

        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                robot.type(KeyCode.DOWN);
            }
            Finding chosen = onFx(() -> view.findings().getSelectionModel().getSelectedItem());
            assertThat(chosen.key()).isEqualTo(all.get(i).key());
            assertThat(onFx(() -> view.label().getValue())).as("the box for %s", chosen.message()).isEqualTo(chosen.majorityLabel().orElseThrow());
        }
        int untagged = 0;
        while (all.get(untagged).kind() != Finding.Kind.UNTAGGED) {
            untagged++;
        }
        for (int up = all.size() - 1; up > untagged; up--) {
            robot.type(KeyCode.UP);
        }
        Finding chosen = all.get(untagged);
        Label majority = chosen.majorityLabel().orElseThrow();
        assertThat(onFx(() -> view.label().getValue())).isEqualTo(majority);
        FxAwait.until("its places", () -> !view.places().getItems().isEmpty(), view.places().getItems());
        robot.clickOn("#consistency-tag");
        assertThat(robot.lookup("#apply-preview-summary").queryLabeled().getText()).contains("as " + majority.name() + " ");
        robot.interact(() -> view.preview().stage().close());

        Label other = majority.equals(Label.MISC) ? Label.PER : Label.MISC;
        robot.interact(() -> view.label().setValue(other)); // as the analyst picks it in the box
        long refreshes = onFx(() -> view.refreshes().get());
        robot.interact(() -> { // an edit elsewhere redoes the list; the same finding chosen again keeps the analyst's label
            Document document = window.model().document();
            cabletag.core.Span elsewhere = document.spans().stream()
                    .filter(span -> !chosen.rawTexts().contains(document.textOf(span))).findFirst().orElseThrow();
            window.model().select(elsewhere);
            window.model().applyLabel(elsewhere.label().equals(Label.ORG) ? Label.LOC : Label.ORG, 0, 0);
        });
        FxAwait.until("the findings redone", view.refreshes(), n -> n.longValue() > refreshes);
        assertThat(onFx(() -> view.findings().getSelectionModel().getSelectedItem().key())).isEqualTo(chosen.key());
        assertThat(onFx(() -> view.label().getValue())).isEqualTo(other);
        robot.clickOn("#consistency-tag");
        assertThat(robot.lookup("#apply-preview-summary").queryLabeled().getText()).contains("as " + other.name() + " ");
        robot.interact(() -> view.preview().stage().close());
        robot.interact(() -> view.stage().close());
    }

    private Set<String> dismissedInTheStore() throws Exception {
        var workspace = window.model().workspace();
        return Dismissals.beside(WorkspaceIndex.location(StoreLocation.defaultLocation().root(), workspace.inputs())).keys();
    }

    private static String said(FxRobot robot) {
        return robot.lookup("#consistency-message").queryLabeled().getText();
    }

    /**
     * Dismiss says what it did and is one step of the window's undo history: Ctrl+Z in the view (or in the
     * window) brings the finding back and takes it out of the store, Ctrl+Y dismisses it again. It said nothing,
     * and only deleting the store's file brought a finding back. "Show dismissed" lists them; Restore brings one back.
     */
    @Test
    void dismissSaysWhatItDidAndCtrlZHereOrInTheWindowBringsTheFindingBack(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        ConsistencyView view = onFx(() -> window.showConsistency());
        FxAwait.until("the findings", () -> view.findings().getItems().size() > 2, view.findings().getItems());
        List<Finding> before = onFx(() -> List.copyOf(view.findings().getItems()));
        Finding first = before.get(0);
        String named = first.rawTexts().stream().map(t -> "“" + t + "”").collect(java.util.stream.Collectors.joining(", "))
                + " (" + first.labelSummary() + ")";
        robot.interact(() -> view.findings().getSelectionModel().select(0));

        long refreshes = onFx(() -> view.refreshes().get());
        robot.clickOn("#consistency-dismiss");
        FxAwait.until("the finding dismissed", view.refreshes(), n -> n.longValue() > refreshes);
        assertThat(onFx(() -> view.findings().getItems().stream().map(Finding::key).toList())).doesNotContain(first.key());
        assertThat(onFx(() -> window.model().messageProperty().get())).isEqualTo("Dismissed " + named + " — Ctrl+Z undoes");
        assertThat(said(robot)).as("said in the view too").isEqualTo("Dismissed " + named + " — Ctrl+Z undoes");
        assertThat(robot.lookup("#consistency-status").queryLabeled().getText()).contains("(1 dismissed)");
        assertThat(onFx(() -> view.findings().getSelectionModel().getSelectedItem().key())).as("the next one is chosen")
                .isEqualTo(before.get(1).key());
        assertThat(dismissedInTheStore()).containsExactly(first.key());

        long dismissedAt = onFx(() -> view.refreshes().get());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Z);
        FxAwait.until("the finding back", view.refreshes(), n -> n.longValue() > dismissedAt);
        assertThat(onFx(() -> view.findings().getItems().stream().map(Finding::key).toList())).as("as before")
                .containsExactlyElementsOf(before.stream().map(Finding::key).toList());
        assertThat(dismissedInTheStore()).isEmpty();
        assertThat(said(robot)).isEqualTo("Undone: Dismiss " + named);
        assertThat(onFx(() -> view.findings().getSelectionModel().getSelectedItem().key())).as("what came back is chosen")
                .isEqualTo(first.key());

        long undoneAt = onFx(() -> view.refreshes().get());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Y);
        FxAwait.until("dismissed again", view.refreshes(), n -> n.longValue() > undoneAt);
        assertThat(dismissedInTheStore()).containsExactly(first.key());
        long redoneAt = onFx(() -> view.refreshes().get());
        robot.interact(() -> window.model().undo()); // what Ctrl+Z runs in the window
        FxAwait.until("back again", view.refreshes(), n -> n.longValue() > redoneAt);
        assertThat(dismissedInTheStore()).isEmpty();

        // restoring from the dismissed findings' list: one step too
        robot.interact(() -> view.findings().getSelectionModel().select(0));
        long again = onFx(() -> view.refreshes().get());
        robot.clickOn("#consistency-dismiss");
        FxAwait.until("dismissed", view.refreshes(), n -> n.longValue() > again);
        robot.clickOn("#consistency-show-dismissed");
        assertThat(onFx(() -> view.findings().getItems().stream().map(Finding::key).toList())).containsExactly(first.key());
        assertThat(robot.lookup("#consistency-dismiss").queryButton().getText()).isEqualTo("Restore");
        long restoring = onFx(() -> view.refreshes().get());
        robot.clickOn("#consistency-dismiss");
        FxAwait.until("restored", view.refreshes(), n -> n.longValue() > restoring);
        assertThat(onFx(() -> view.findings().getItems())).isEmpty();
        assertThat(said(robot)).isEqualTo("Restored " + named + " — Ctrl+Z undoes");
        assertThat(dismissedInTheStore()).isEmpty();
        robot.interact(() -> view.stage().close());
    }

    /**
     * A dismissal whose finding no longer occurs (its entities relabelled since) was hidden with no way to see or clear
     * it, and would hide the finding again if an edit brought it back: the view says how many there are, and "Forget"
     * clears them as one step that Ctrl+Z takes back.
     */
    @Test
    void dismissalsOfFindingsThatNoLongerOccurAreSaidAndCanBeForgotten(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        var workspace = window.model().workspace();
        Dismissals store = Dismissals.beside(WorkspaceIndex.location(StoreLocation.defaultLocation().root(), workspace.inputs()));
        store.dismiss("labels:a name relabelled since");
        ConsistencyView view = onFx(() -> window.showConsistency());
        FxAwait.until("the findings", () -> view.findings().getItems().size() > 2, view.findings().getItems());
        assertThat(robot.lookup("#consistency-status").queryLabeled().getText())
                .endsWith("; 1 dismissed finding no longer occurs").doesNotContain("dismissed)");
        javafx.scene.control.Button forget = robot.lookup("#consistency-forget-gone").queryButton();
        assertThat(onFx(forget::isVisible)).isTrue();
        assertThat(onFx(forget::getText)).isEqualTo("Forget 1 no longer found");

        long before = onFx(() -> view.refreshes().get());
        robot.clickOn(forget);
        FxAwait.until("forgotten", view.refreshes(), n -> n.longValue() > before);
        assertThat(dismissedInTheStore()).isEmpty();
        assertThat(onFx(forget::isVisible)).as("nothing left to forget").isFalse();
        assertThat(robot.lookup("#consistency-status").queryLabeled().getText()).doesNotContain("no longer occur");
        assertThat(said(robot)).isEqualTo("Forgot 1 dismissal of findings that no longer occur — Ctrl+Z undoes");

        long forgotten = onFx(() -> view.refreshes().get());
        WindowDriver.chord(robot, KeyCode.CONTROL, KeyCode.Z);
        FxAwait.until("remembered again", view.refreshes(), n -> n.longValue() > forgotten);
        assertThat(dismissedInTheStore()).containsExactly("labels:a name relabelled since");
        assertThat(onFx(forget::isVisible)).isTrue();
        robot.interact(() -> view.stage().close());
    }
}
