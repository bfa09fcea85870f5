package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window on seed 004 the way an analyst would: mouse and keys only, then checks what
 * the window shows (styles in the text, rows, status) and what the workspace holds.
 */
class CorrectorWindowTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void waitOpened() throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
    }

    private Document doc() {
        return window.model().document();
    }

    private Span first(String text, Label label) {
        return doc().spans().stream().filter(s -> s.label().equals(label) && doc().textOf(s).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no " + label + " '" + text + "' in " + doc().spans()));
    }

    private List<String> stylesAt(int offset) {
        return onFx(() -> List.copyOf(window.cableView().area().getStyleOfChar(offset)));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void clickOnText(FxRobot robot, int offset) {
        robot.interact(() -> window.cableView().moveTo(offset));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds bounds = onFx(() -> window.cableView().area().getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        robot.clickOn(new Point2D(bounds.getMinX() + 2, (bounds.getMinY() + bounds.getMaxY()) / 2));
    }

    @Test
    void relabelsErbilAsLocationWithItsKey(FxRobot robot) throws Exception {
        waitOpened();
        Span erbil = first("Erbil", Label.PER);
        assertThat(stylesAt(erbil.start())).contains("bg-per");

        clickOnText(robot, erbil.start() + 1);
        assertThat(window.model().selected()).isEqualTo(erbil);
        assertThat(stylesAt(erbil.start())).contains(HighlightStyler.SELECTED);

        robot.type(KeyCode.DIGIT2);

        Span relabelled = erbil.withLabel(Label.LOC);
        assertThat(doc().spans()).contains(relabelled).doesNotContain(erbil);
        assertThat(stylesAt(erbil.start())).contains("bg-loc", HighlightStyler.SELECTED).doesNotContain("bg-per");
        assertThat(window.entityTable().table().getSelectionModel().getSelectedItem().span()).isEqualTo(relabelled);
        assertThat(window.cableView().area().getText()).isEqualTo(doc().text());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc().spans()).contains(erbil);
        assertThat(window.model().selected()).isEqualTo(erbil);
        assertThat(stylesAt(erbil.start())).contains("bg-per");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(doc().spans()).contains(relabelled);
        assertThat(stylesAt(erbil.start())).contains("bg-loc");
    }

    @Test
    void deletesTheClassificationMarkerButKeepsItsText(FxRobot robot) throws Exception {
        waitOpened();
        Span marker = first("S", Label.ORG);
        String text = doc().text();
        clickOnText(robot, marker.start());
        robot.type(KeyCode.DELETE);

        assertThat(doc().spans()).doesNotContain(marker);
        assertThat(doc().text()).isEqualTo(text);
        assertThat(stylesAt(marker.start())).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc().spans()).contains(marker);
        assertThat(window.model().selected()).isEqualTo(marker);
        assertThat(stylesAt(marker.start())).contains("bg-org", HighlightStyler.SELECTED);

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(doc().spans()).doesNotContain(marker);
    }

    @Test
    void repairsMowafaqAlRubaieInAFewKeystrokes(FxRobot robot) throws Exception {
        waitOpened();
        Span wrong = doc().spans().stream().filter(s -> doc().textOf(s).startsWith("Summary: National Security Advisor"))
                .findFirst().orElseThrow();
        clickOnText(robot, wrong.start() + 2);
        assertThat(window.model().selected()).isEqualTo(wrong);

        int presses = 0;
        while (!doc().textOf(window.model().selected()).startsWith("Mowafaq") && presses < 8) {
            robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
            presses++;
        }
        robot.press(KeyCode.SHIFT, KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT, KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);

        Span fixed = window.model().selected();
        assertThat(doc().textOf(fixed)).isEqualTo("Mowafaq al-Rubaie");
        assertThat(fixed.label()).isEqualTo(Label.PER);
        assertThat(presses).as("Alt+Right presses to drop 'Summary: National Security Advisor'").isEqualTo(4);
        assertThat(stylesAt(fixed.start())).contains("bg-per");
        assertThat(stylesAt(fixed.end() - 1)).contains("bg-per");
        assertThat(stylesAt(wrong.start())).isEmpty();

        int undos = presses + 2;
        for (int i = 0; i < undos; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        assertThat(doc().spans()).contains(wrong);
        assertThat(window.model().selected()).isEqualTo(wrong);
        for (int i = 0; i < undos; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        }
        assertThat(doc().spans()).contains(fixed);
    }

    @Test
    void addsAnEntityFromAKeyboardSelection(FxRobot robot) throws Exception {
        waitOpened();
        int at = doc().text().indexOf("MNF-I");
        assertThat(doc().spans().covering(at)).isEmpty();
        clickOnText(robot, at);
        robot.type(KeyCode.HOME);
        robot.interact(() -> window.cableView().area().moveTo(at));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);
        assertThat(window.cableView().area().getSelectedText()).isEqualTo("MNF");

        robot.type(KeyCode.DIGIT3);

        Span added = window.model().selected();
        assertThat(added.label()).isEqualTo(Label.ORG);
        assertThat(doc().textOf(added)).isEqualTo("MNF-I");
        assertThat(stylesAt(at + 4)).contains("bg-org");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(doc().spans().covering(at)).isEmpty();
        assertThat(stylesAt(at)).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(doc().spans()).contains(added);
    }

    @Test
    void marksReviewedThenFindsCorrectionsAfterReopeningAndExportsThemInline(FxRobot robot) throws Exception {
        waitOpened();
        Span erbil = first("Erbil", Label.PER);
        clickOnText(robot, erbil.start());
        robot.type(KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(window.model().workspace().status(0)).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(window.corpusPane().table().getItems().get(0).status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(robot.lookup("#status-progress").queryLabeled().getText()).isEqualTo("Reviewed 1/1");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#status-save").queryLabeled().getText()).isEqualTo("All saved");

        Path exported = Files.writeString(temp.resolve("out-" + System.nanoTime() + ".txt"), "the user's own file\n");
        robot.interact(() -> window.saveCableTo(exported));
        assertThat(window.model().messageProperty().get()).endsWith("; " + exported + " was not written by cabletag; the old file is kept as "
                + exported.getFileName() + ".~1~");
        assertThat(Files.readString(exported.resolveSibling(exported.getFileName() + ".~1~"))).isEqualTo("the user's own file\n");
        String written = Files.readString(exported);
        assertThat(written).contains("questions about the \" [LOC Erbil  ] 3 \" by saying")
                .contains("issue of the \" [PER Erbil  ] 3"); // the second Erbil was not touched
        assertThat(Files.readString(corpus.resolve("004_139b5bbd77eb63a8.txt"))).contains("questions about the \" [PER Erbil  ] 3 \"");

        robot.interact(() -> window.model().workspace().close());
        try (Workspace reopened = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            assertThat(reopened.status(0)).isEqualTo(ReviewStatus.REVIEWED);
            assertThat(reopened.document(0).spans()).contains(erbil.withLabel(Label.LOC)).doesNotContain(erbil);
        }
    }

    @Test
    void exportAllInlineWritesTheFolderThroughTheExporterAndSaysSo(FxRobot robot) throws Exception {
        waitOpened();
        Span erbil = first("Erbil", Label.PER);
        clickOnText(robot, erbil.start());
        robot.type(KeyCode.DIGIT2);
        Path folder = temp.resolve("all-" + System.nanoTime());

        javafx.concurrent.Task<cabletag.formats.export.ExportSummary> export = onFx(() -> window.exportAllInlineTo(folder));
        assertThat(export.get(30, TimeUnit.SECONDS).cables()).isEqualTo(1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(folder.resolve("004_139b5bbd77eb63a8.txt")))
                .contains("questions about the \" [LOC Erbil  ] 3 \" by saying");
        assertThat(folder.resolve(".cabletag-export")).exists(); // the exporter's folder, not a writer of its own
        assertThat(window.model().messageProperty().get()).isEqualTo("Exported 1 cable inline to " + folder);
        assertThat(Files.readString(corpus.resolve("004_139b5bbd77eb63a8.txt"))).contains("questions about the \" [PER Erbil  ] 3 \"");

        // the exported cable edited by hand: exported again, the edit is kept as a copy and the status bar says so
        Path cable = folder.resolve("004_139b5bbd77eb63a8.txt");
        Files.writeString(cable, "edited by hand\n", java.nio.file.StandardOpenOption.APPEND);
        javafx.concurrent.Task<cabletag.formats.export.ExportSummary> again = onFx(() -> window.exportAllInlineTo(folder));
        assertThat(again.get(30, TimeUnit.SECONDS).cables()).isEqualTo(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().messageProperty().get()).isEqualTo("Exported 1 cable inline to " + folder + "; " + cable
                + " was changed since cabletag wrote it; the old file is kept as 004_139b5bbd77eb63a8.txt.~1~");
        assertThat(Files.readString(folder.resolve("004_139b5bbd77eb63a8.txt.~1~"))).endsWith("edited by hand\n");
    }

    @Test
    void tabWalksTheEntitiesAndTheTextNeverTakesTypedCharacters(FxRobot robot) throws Exception {
        waitOpened();
        String text = window.cableView().area().getText();
        robot.type(KeyCode.TAB);
        assertThat(window.model().selected()).isEqualTo(doc().spans().get(0));
        robot.type(KeyCode.TAB);
        assertThat(window.model().selected()).isEqualTo(doc().spans().get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(window.model().selected()).isEqualTo(doc().spans().get(0));
        robot.type(KeyCode.X, KeyCode.Q, KeyCode.SPACE, KeyCode.ENTER);
        assertThat(window.cableView().area().getText()).isEqualTo(text);
        assertThat(window.scene().getFocusOwner()).isSameAs(window.cableView().area());
    }
}
