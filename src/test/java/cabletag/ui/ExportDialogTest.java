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
