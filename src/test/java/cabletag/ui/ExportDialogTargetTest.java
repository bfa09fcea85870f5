package cabletag.ui;

import static cabletag.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ExportFormat;
import cabletag.formats.io.ExportMark;
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

/**
 * The export dialog's target, as a tester drove it: an export to {@code win.jsonl}, then the format
 * switched to conll and Export pressed again, wrote CoNLL into {@code win.jsonl} without a word. Now the
 * target's ending follows the format, and whatever the export would replace is said under the target
 * before it is replaced; a file no export wrote is kept as a numbered copy, as the command line keeps it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTargetTest {

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

    private static Path folder() throws Exception {
        return Files.createDirectories(temp.resolve("out-" + System.nanoTime()));
    }

    private void export(FxRobot robot) {
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
    }

    private String notice() {
        return onFx(() -> dialog.replaces().isVisible() ? dialog.replaces().getText() : "");
    }

    @Test
    void switchingTheFormatMovesTheEndingSoTheEarlierFileStays(FxRobot robot) throws Exception {
        Path out = folder();
        Path jsonl = out.resolve("win.jsonl");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(jsonl.toString());
        });
        assertThat(notice()).as("nothing there yet").isEmpty();
        export(robot);
        assertThat(Files.readString(jsonl)).startsWith("{\"id\"");

        robot.interact(() -> dialog.format().setValue(ExportFormat.CONLL));
        assertThat(dialog.target().getText()).isEqualTo(out.resolve("win.conll").toString());
        assertThat(notice()).isEmpty();
        assertThat(dialog.exportButton().getText()).isEqualTo("Export");
        export(robot);
        assertThat(Files.readString(jsonl)).as("the jsonl export stays").startsWith("{\"id\"");
        assertThat(Files.readString(out.resolve("win.conll"))).startsWith("-DOCSTART- -X- -X- O");

        robot.interact(() -> dialog.format().setValue(ExportFormat.BRAT));
        assertThat(dialog.target().getText()).as("a folder format: the folder").isEqualTo(out.resolve("win").toString());
        robot.interact(() -> dialog.format().setValue(ExportFormat.HF));
        assertThat(dialog.target().getText()).isEqualTo(jsonl.toString());
        assertThat(notice()).as("hf into the jsonl export's file: said before it happens")
                .isEqualTo("win.jsonl exists and will be replaced");
        assertThat(dialog.exportButton().getText()).isEqualTo("Export and replace");
    }

    @Test
    void aFileNoExportWroteIsNamedThenKeptAsACopy(FxRobot robot) throws Exception {
        Path out = folder();
        Path notes = Files.writeString(out.resolve("notes.jsonl"), "my own notes\n");
        robot.interact(() -> dialog.target().setText(notes.toString()));
        assertThat(notice()).isEqualTo("notes.jsonl exists and was not written by cabletag: it will be kept as"
                + " notes.jsonl.~1~, then replaced");
        assertThat(dialog.exportButton().getText()).isEqualTo("Export and replace");

        export(robot);
        assertThat(Files.readString(out.resolve("notes.jsonl.~1~"))).isEqualTo("my own notes\n");
        assertThat(Files.readString(notes)).startsWith("{\"id\"");
        assertThat(dialog.summary().getText())
                .contains("note: " + notes + " was not written by cabletag; the old file is kept as notes.jsonl.~1~");
        // what it wrote is there now; a second press replaces it, and the line says so beforehand
        assertThat(notice()).isEqualTo(ExportMark.isMarked(notes) ? "notes.jsonl is what this export just wrote; exporting again replaces it"
                : "notes.jsonl exists and was not written by cabletag: it will be kept as notes.jsonl.~2~, then replaced");
    }

    @Test
    void aFileThatAppearsAfterTheLineWasShownIsShownBeforeItIsReplaced(FxRobot robot) throws Exception {
        Path late = folder().resolve("late.jsonl");
        robot.interact(() -> dialog.target().setText(late.toString()));
        assertThat(notice()).isEmpty();
        Files.writeString(late, "written meanwhile by another program\n");

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).startsWith("Not exported yet: what is at the target has changed");
        assertThat(Files.readString(late)).isEqualTo("written meanwhile by another program\n");
        assertThat(notice()).startsWith("late.jsonl exists and was not written by cabletag");
        assertThat(dialog.exportButton().getText()).isEqualTo("Export and replace");

        export(robot); // seen now: the second press replaces it
        assertThat(Files.readString(late)).startsWith("{\"id\"");
        assertThat(Files.readString(late.resolveSibling("late.jsonl.~1~"))).isEqualTo("written meanwhile by another program\n");
    }

    @Test
    void theLineWhyNothingWasExportedGoesWhenTheFormatAndTargetItSpokeOfChange(FxRobot robot) throws Exception {
        Path late = folder().resolve("late.jsonl");
        robot.interact(() -> dialog.target().setText(late.toString()));
        Files.writeString(late, "written meanwhile by another program\n");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).startsWith("Not exported yet: what is at the target has changed");

        Path elsewhere = folder().resolve("elsewhere.conll");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.CONLL);
            dialog.target().setText(elsewhere.toString());
        });

        assertThat(dialog.summary().getText()).as("it spoke of late.jsonl, which is no longer the target").isEmpty();
        assertThat(notice()).isEmpty();
    }

    /**
     * Right after an export, the line under the target said "win_export.jsonl exists and will be replaced" in
     * the warning's colour and the button read "Export and replace": a warning about the file just written.
     * It now says that this is the file just exported; another format into the same file is warned of as before.
     */
    @Test
    void theFileJustExportedIsSaidAsSuchNotWarnedOf(FxRobot robot) throws Exception {
        Path jsonl = folder().resolve("win_export.jsonl");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(jsonl.toString());
        });
        export(robot);

        assertThat(notice()).isEqualTo("win_export.jsonl is what this export just wrote; exporting again replaces it");
        assertThat(onFx(() -> dialog.replaces().getStyleClass())).doesNotContain("field-problem");
        assertThat(dialog.exportButton().getText()).isEqualTo("Export again");

        robot.interact(() -> dialog.format().setValue(ExportFormat.HF)); // same file, other data
        assertThat(dialog.target().getText()).isEqualTo(jsonl.toString());
        assertThat(notice()).isEqualTo("win_export.jsonl exists and will be replaced");
        assertThat(onFx(() -> dialog.replaces().getStyleClass())).contains("field-problem");
        assertThat(dialog.exportButton().getText()).isEqualTo("Export and replace");
    }

    /**
     * An export the exporter refused ("Export failed: … inside the input folder …") kept its line in the
     * summary after the target it spoke of was changed, until the next export; it goes now, as a line that
     * says why a press exported nothing does.
     */
    @Test
    void aFailedExportsLineGoesWhenTheTargetItSpokeOfChanges(FxRobot robot) throws Exception {
        Path inside = model.workspace().inputs().get(0).resolve("out.jsonl");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(inside.toString());
        });
        export(robot);
        assertThat(dialog.summary().getText()).startsWith("Export failed: ");

        Path elsewhere = folder().resolve("elsewhere.jsonl");
        robot.interact(() -> dialog.target().setText(elsewhere.toString()));
        assertThat(dialog.summary().getText()).isEmpty();
    }

    /**
     * A target named as CoNLL files are, with JSONL chosen (the format a dialog opened anew starts with), got JSON
     * lines without a word: the line under the target says so, and goes once the format is the one the name says.
     */
    @Test
    void aTargetNamedAsAnotherFormatsFilesIsSaidUntilTheFormatMatches(FxRobot robot) throws Exception {
        Path target = folder().resolve("win.conll");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(target.toString());
        });
        assertThat(onFx(() -> dialog.endingNotice().isVisible() ? dialog.endingNotice().getText() : ""))
                .isEqualTo("The name ends in .conll, but the format is jsonl: the file will hold jsonl.");
        robot.interact(() -> dialog.format().setValue(ExportFormat.CONLL));
        assertThat(onFx(() -> dialog.endingNotice().isVisible())).isFalse();
        assertThat(onFx(() -> dialog.target().getText())).as("a name not of the old format stays").isEqualTo(target.toString());
    }
}
