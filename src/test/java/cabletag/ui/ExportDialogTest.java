package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.export.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    @TempDir
    static Path temp;

    private CorrectorModel model;
    private ExportDialog dialog;

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        model = TestCorpus.open(temp, "a.txt", "[PER Rubaie  ] met [PER Erbil  ] officials .\n", "b.txt", "[LOC Tehran  ] is far .\n");
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new ExportDialog(stage, model);
        dialog.show();
    }

    /** A plain stage is centred on the screen: over a window in a corner of a larger screen it hung off it. */
    @Test
    void theDialogOpensCentredOnItsWindowInsideTheScreen(FxRobot robot) {
        robot.interact(() -> {
            dialog.stage().close();
            Stage owner = (Stage) dialog.stage().getOwner();
            // the primary stage is shared by the test classes of a run: an earlier one may have sized it
            owner.setWidth(1000);
            owner.setHeight(700);
            owner.setX(40);
            owner.setY(30);
            dialog.show();
        });
        javafx.geometry.Rectangle2D screen = WindowDriver.onFx(() -> OwnersScreen.visualBounds(dialog.stage().getOwner()));
        // centred on the 1000×700 window at (40, 30), which the screen holds whole (the dialog is 640×560)
        assertThat(screen.getMaxX()).isGreaterThanOrEqualTo(1040);
        assertThat(screen.getMaxY()).isGreaterThanOrEqualTo(730);
        assertThat(WindowDriver.onFx(() -> dialog.stage().getX())).isEqualTo(40 + (1000 - 640) / 2.0);
        assertThat(WindowDriver.onFx(() -> dialog.stage().getY())).isEqualTo(30 + (700 - 560) / 2.0);
    }

    @Test
    void exportsTheCorrectedCablesInTheChosenFormatAndShowsASummary(FxRobot robot) throws Exception {
        Span erbil = model.document().spans().get(1);
        robot.interact(() -> {
            model.select(erbil);
            model.applyLabel(Label.LOC, 0, 0);
        });
        Path out = temp.resolve("out.jsonl");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.scope().setValue(ExportDialog.Scope.ALL);
            dialog.target().setText(out.toString());
        });
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);

        String written = Files.readString(out);
        assertThat(written.lines()).hasSize(2);
        assertThat(written).contains("Erbil").contains("\"LOC\"");
        assertThat(dialog.summary().getText()).startsWith("2 cables").contains("LOC: 2").contains("PER: 1");
    }

    @Test
    void theCurrentCableScopeExportsOnlyThatCable(FxRobot robot) throws Exception {
        Path out = temp.resolve("one.jsonl");
        robot.interact(() -> {
            dialog.scope().setValue(ExportDialog.Scope.CURRENT);
            dialog.target().setText(out.toString());
        });
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(Files.readString(out).lines()).hasSize(1);
        assertThat(dialog.summary().getText()).startsWith("1 cable,");
    }

    @Test
    void aFileOfTheUsersThatTheExportReplacesIsKeptAndTheSummarySaysWhere(FxRobot robot) throws Exception {
        Path out = Files.writeString(temp.resolve("mine.jsonl"), "my own lines\n");
        robot.interact(() -> dialog.target().setText(out.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);

        assertThat(dialog.summary().getText()).contains("note: " + out + " was not written by cabletag; the old file is kept as mine.jsonl.~1~");
        assertThat(Files.readString(temp.resolve("mine.jsonl.~1~"))).isEqualTo("my own lines\n");
    }

    @Test
    void aCloseButtonShowsOnceTheExportIsDoneAndClosesTheDialog(FxRobot robot) throws Exception {
        assertThat(dialog.closeButton().isVisible()).as("no Close before an export").isFalse();
        Path out = temp.resolve("closing.jsonl");
        robot.interact(() -> dialog.target().setText(out.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the Close button", dialog.closeButton().visibleProperty(), Boolean.TRUE::equals);
        assertThat(Files.exists(out)).isTrue();
        assertThat(dialog.closeButton().getText()).isEqualTo("Close (Escape)");
        assertThat(dialog.stage().isShowing()).isTrue();
        robot.clickOn("#export-close");
        FxAwait.until("the dialog closed", dialog.stage().showingProperty(), Boolean.FALSE::equals);
    }

    /**
     * A tester saw the bar stay full after a refused export ("PER is renamed twice"), and the refusal stay in
     * the main window's status bar after the dialog was closed. The bar is full only after an export that
     * wrote; a refusal is said in the dialog alone; a failure said in the status bar gives way, once the
     * dialog closes, to what the dialog came to.
     */
    @Test
    void aRefusedOrFailedExportLeavesNoFullBarAndNoErrorBehindOnceClosed(FxRobot robot) throws Exception {
        javafx.scene.control.ProgressBar bar = (javafx.scene.control.ProgressBar) dialog.stage().getScene().lookup(".progress-bar");
        Path out = Files.createDirectories(temp.resolve("ending-" + System.nanoTime())).resolve("win.jsonl");
        robot.interact(() -> dialog.target().setText(out.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(bar.getProgress()).isEqualTo(1.0);
        String exported = model.messageProperty().get();
        assertThat(exported).startsWith("Exported 2 cables, ").endsWith(" to " + out);

        robot.interact(() -> dialog.renameLabels().setText("PER=A,PER=B"));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).startsWith("Not exported: PER is renamed twice");
        assertThat(bar.getProgress()).as("a refused export: no full bar").isZero();
        assertThat(model.messageProperty().get()).as("the refusal is the dialog's own").isEqualTo(exported);

        // a folder where a file goes: the export runs and fails
        robot.interact(() -> {
            dialog.renameLabels().setText("");
            dialog.target().setText(out.getParent().toString());
        });
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(dialog.summary().getText()).startsWith("Export failed: ");
        assertThat(bar.getProgress()).as("a failed export: no full bar").isZero();
        assertThat(model.messageProperty().get()).startsWith("Export failed: ");

        robot.interact(() -> dialog.stage().close());
        assertThat(model.messageProperty().get()).as("the failure goes with the dialog")
                .isEqualTo("Export closed; exported " + exported.substring("Exported ".length()));
    }

    /**
     * An outside test of the window saw "Export failed: …" stay in the status bar once the dialog had cleared
     * it (its target changed, or a later press put another line in its place), so the bar told of a failure
     * the dialog no longer spoke of. It goes from the bar with the dialog's line: the bar then says the last
     * export that wrote, or nothing.
     */
    @Test
    void aFailureTheDialogClearsGoesFromTheStatusBarToo(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("cleared-" + System.nanoTime()));
        robot.interact(() -> dialog.target().setText(folder.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(model.messageProperty().get()).startsWith("Export failed: ");

        Path out = folder.resolve("now.jsonl");
        robot.interact(() -> dialog.target().setText(out.toString()));
        assertThat(dialog.summary().getText()).as("the dialog clears its failure").isEmpty();
        assertThat(model.messageProperty().get()).as("and the status bar with it").isEmpty();

        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        String exported = model.messageProperty().get();
        assertThat(exported).startsWith("Exported 2 cables, ").endsWith(" to " + out);

        robot.interact(() -> dialog.target().setText(folder.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(model.messageProperty().get()).startsWith("Export failed: ");
        robot.interact(() -> dialog.renameLabels().setText("PER=A,PER=B"));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).startsWith("Not exported: PER is renamed twice");
        assertThat(model.messageProperty().get()).as("the failure's line is replaced: the bar says the last export that wrote")
                .isEqualTo(exported);
        robot.interact(() -> dialog.stage().close());
        assertThat(model.messageProperty().get()).as("nothing stale to take back on closing").isEqualTo(exported);
    }

    @Test
    void closingAfterOnlyAFailureSaysNothingWasExported(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder-" + System.nanoTime()));
        robot.interact(() -> dialog.target().setText(folder.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
        assertThat(model.messageProperty().get()).startsWith("Export failed: ");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        FxAwait.until("the dialog closed", dialog.stage().showingProperty(), Boolean.FALSE::equals);
        assertThat(model.messageProperty().get()).isEqualTo("Export closed; nothing was exported");
    }

    @Test
    void escapeClosesTheDialogOnceTheExportIsDone(FxRobot robot) throws Exception {
        Path out = temp.resolve("escaping.jsonl");
        robot.interact(() -> dialog.target().setText(out.toString()));
        robot.clickOn("#export-run");
        FxAwait.until("the Close button", dialog.closeButton().visibleProperty(), Boolean.TRUE::equals);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        FxAwait.until("the dialog closed", dialog.stage().showingProperty(), Boolean.FALSE::equals);
    }
}
