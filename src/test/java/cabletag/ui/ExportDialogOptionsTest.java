package cabletag.ui;

import static cabletag.ui.ExportCorpus.cli;
import static cabletag.ui.ExportCorpus.conllCables;
import static cabletag.ui.ExportCorpus.marker;
import static cabletag.ui.ExportCorpus.runExport;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.export.ExportFormat;
import cabletag.formats.tokens.TagScheme;
import cabletag.workspace.CableEntry;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.TemporaryStoreHome;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog's options, driven as an analyst would, over the seeds plus synthetic tagged cables;
 * what they write is compared with what {@code cabletag export} writes for the same values.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogOptionsTest {

    /** Enough cables that an 80/10/10 split with seed 7 fills all three parts. */
    static final int SYNTHETIC = 20;

    @TempDir
    static Path temp;
    static Path corpus;
    static TemporaryStoreHome home;

    private Stage stage;
    private CorrectorModel model;
    private ExportDialog dialog;

    @BeforeAll
    static void corpus() throws Exception {
        home = TemporaryStoreHome.at(temp.resolve("home"));
        corpus = ExportCorpus.seedsAndSynthetic(temp.resolve("corpus"), SYNTHETIC);
    }

    @AfterAll
    static void restoreHome() {
        if (home != null) {
            home.close();
        }
    }

    @AfterEach
    void closeWorkspace() {
        TestCorpus.close(model);
    }

    @Start
    void start(Stage stage) throws Exception {
        // Window and command line share one fresh store per test, so nothing leaks between tests.
        home.moveTo(temp.resolve("home-" + System.nanoTime()));
        this.stage = stage;
        model = new CorrectorModel();
        model.open(Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null));
        stage.setScene(new Scene(new CorpusPane(model), 420, 700));
        stage.show();
    }

    /** The dialog is modal: open it only once the corpus list has been used. */
    private void openDialog(FxRobot robot) {
        robot.interact(() -> {
            dialog = new ExportDialog(stage, model);
            dialog.show();
        });
    }

    private static Path emptyFolder(String name) throws Exception {
        return Files.createDirectories(temp.resolve(name + "-" + System.nanoTime()));
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            // the folder's export lock stays for the next export (OutputSet.LOCK_FILE); it is no output
            return files.filter(p -> !p.getFileName().toString().equals(cabletag.formats.io.OutputSet.LOCK_FILE)).sorted().toList();
        }
    }

    @Test
    void conllWithBioesDropRenameAndSplitWritesWhatTheCommandWrites(FxRobot robot) throws Exception {
        openDialog(robot);
        Path out = emptyFolder("dialog");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.CONLL);
            dialog.scheme().setValue(TagScheme.BIOES);
            dialog.scope().setValue(ExportDialog.Scope.ALL);
        });
        robot.clickOn("#export-drop").write("MISC");
        robot.clickOn("#export-rename").write("PER=PERSON");
        robot.clickOn("#export-split");
        robot.doubleClickOn("#export-seed").eraseText(2).write("7");
        robot.interact(() -> dialog.target().setText(out.resolve("ner.conll").toString()));
        assertThat(dialog.ratios().getText()).isEqualTo("80/10/10");
        assertThat(dialog.seed().getText()).isEqualTo("7");
        runExport(robot, dialog);

        assertThat(filesIn(out)).as(dialog.summary().getText()).extracting(p -> p.getFileName().toString())
                .containsExactly("ner.dev.conll", "ner.test.conll", "ner.train.conll");
        assertThat(dialog.summary().getText()).startsWith((SYNTHETIC + 2) + " cables").contains("split: train");

        // Every cable lands whole in exactly one part.
        List<String> markers = new ArrayList<>();
        for (int i = 1; i <= SYNTHETIC; i++) {
            markers.add(marker(i) + " _ _ O");
        }
        markers.add("Erbil _ _ S-PERSON"); // seed 004: its Erbil is tagged PER, renamed
        markers.add("Disclaimer _ _ O"); // seed 000: plain
        List<String> found = new ArrayList<>();
        int cables = 0;
        for (String part : List.of("train", "dev", "test")) {
            List<List<String>> partCables = conllCables(out.resolve("ner." + part + ".conll"));
            assertThat(partCables).as(part).isNotEmpty();
            cables += partCables.size();
            for (List<String> cable : partCables) {
                cable.stream().filter(markers::contains).distinct().limit(1).forEach(found::add);
            }
        }
        assertThat(cables).isEqualTo(SYNTHETIC + 2);
        assertThat(found).containsExactlyInAnyOrderElementsOf(markers);

        // BIOES tags with the renamed label; MISC and the old name are gone.
        List<String> tags = new ArrayList<>();
        for (String part : List.of("train", "dev", "test")) {
            for (String line : Files.readAllLines(out.resolve("ner." + part + ".conll"))) {
                if (!line.isEmpty() && !line.startsWith("-DOCSTART-")) {
                    tags.add(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        assertThat(tags).contains("S-PERSON", "B-PERSON", "E-PERSON", "S-LOC")
                .noneMatch(tag -> tag.contains("MISC"))
                .noneMatch(tag -> tag.endsWith("-PER"));
        String allText = Files.readString(out.resolve("ner.train.conll")) + Files.readString(out.resolve("ner.dev.conll"))
                + Files.readString(out.resolve("ner.test.conll"));
        assertThat(allText).contains("Rubaie _ _ S-PERSON\n").contains("Ahmad _ _ B-PERSON\nChalabi _ _ E-PERSON\n")
                .contains("Shia _ _ O\n");

        // The command line, same values: the same three files, byte for byte.
        Path viaCli = emptyFolder("cli");
        cli("export", "-q", "-f", "conll", "--scheme", "bioes", "--drop", "MISC", "--map", "PER=PERSON",
                "--split", "80/10/10", "--seed", "7", "-o", viaCli.resolve("ner.conll").toString(), corpus.toString());
        for (String part : List.of("train", "dev", "test")) {
            String name = "ner." + part + ".conll";
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(Files.readAllBytes(viaCli.resolve(name)));
        }
    }

    @Test
    void aBadOptionShowsWhyAndWritesNothing(FxRobot robot) throws Exception {
        openDialog(robot);
        Path out = emptyFolder("bad");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(out.resolve("bad.jsonl").toString());
        });
        robot.clickOn("#export-rename").write("PER");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).isEqualTo("Not exported: label mapping 'PER' is not OLD=NEW");
        assertThat(dialog.exportButton().isDisabled()).isFalse();
        assertThat(filesIn(out)).isEmpty();

        // The other fields that are parsed say what is wrong with them too.
        robot.interact(() -> {
            dialog.renameLabels().setText("PER=PERSON");
            dialog.dropLabels().setText("misc");
        });
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).startsWith("Not exported: 'misc' is not a label name");
        robot.interact(() -> {
            dialog.dropLabels().setText("MISC");
            dialog.split().setSelected(true);
            dialog.ratios().setText("80/20");
        });
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).isEqualTo("Not exported: split '80/20' must be three ratios, e.g. 80/10/10");
        robot.interact(() -> {
            dialog.ratios().setText("80/10/10");
            dialog.seed().setText("seven");
        });
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.summary().getText()).isEqualTo("Not exported: seed 'seven' must be a whole number, e.g. 42");
        assertThat(filesIn(out)).isEmpty();

        // Once the values are right the same dialog exports.
        robot.interact(() -> dialog.seed().setText("7"));
        runExport(robot, dialog);
        assertThat(filesIn(out)).extracting(p -> p.getFileName().toString())
                .containsExactly("bad.dev.jsonl", "bad.test.jsonl", "bad.train.jsonl");
    }

    /**
     * An inline export into a folder inside the input folder was refused only at its first file, once the
     * export's lock was made in the input folder: {@code .cabletag-export.lock} stayed there.
     */
    @Test
    void aTargetInsideTheInputFolderIsRefusedAndNothingIsWrittenThere(FxRobot robot) throws Exception {
        List<Path> before;
        try (Stream<Path> files = Files.list(corpus)) {
            before = files.sorted().toList();
        }
        openDialog(robot);
        for (ExportFormat format : List.of(ExportFormat.INLINE, ExportFormat.JSONL)) {
            robot.interact(() -> {
                dialog.format().setValue(format);
                dialog.target().setText(corpus.resolve(format == ExportFormat.INLINE ? "out" : "out.jsonl").toString());
            });
            runExport(robot, dialog);
            assertThat(dialog.summary().getText()).as(format.cliName()).startsWith("Export failed: ")
                    .contains("inside the input folder " + corpus);
            try (Stream<Path> files = Files.list(corpus)) {
                assertThat(files.sorted().toList()).as("the input folder after the refused " + format.cliName() + " export")
                        .isEqualTo(before);
            }
        }
    }

    @Test
    void selectedCablesExportsExactlyTheCablesSelectedInTheCorpusList(FxRobot robot) throws Exception {
        robot.clickOn(row(robot, "synthetic-02.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.document().source().name()).as("a plain click still shows the cable").isEqualTo("synthetic-02.txt");
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "synthetic-05.txt")).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "synthetic-09.txt")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedCables()).hasSize(3);

        openDialog(robot);
        Path out = emptyFolder("selected").resolve("selected.jsonl");
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.scope().setValue(ExportDialog.Scope.SELECTED);
            dialog.target().setText(out.toString());
        });
        runExport(robot, dialog);

        ObjectMapper json = new ObjectMapper();
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            sources.add(json.readTree(line).get("meta").get("source").asText());
        }
        assertThat(sources).containsExactlyInAnyOrder("synthetic-02.txt", "synthetic-05.txt", "synthetic-09.txt");
        assertThat(dialog.summary().getText()).startsWith("3 cables").contains("(" + (SYNTHETIC - 1) + " cables outside the scope)");
    }

    @Test
    void theSchemeIsForTokenFormatsTheSplitIsOffAndNothingIsClipped(FxRobot robot) {
        openDialog(robot);
        assertThat(dialog.scheme().getValue()).isEqualTo(TagScheme.IOB2);
        robot.interact(() -> dialog.format().setValue(ExportFormat.JSONL));
        assertThat(dialog.scheme().isDisabled()).isTrue();
        for (ExportFormat tokens : List.of(ExportFormat.CONLL, ExportFormat.HF)) {
            robot.interact(() -> dialog.format().setValue(tokens));
            assertThat(dialog.scheme().isDisabled()).as(tokens.cliName()).isFalse();
        }
        robot.interact(() -> dialog.format().setValue(ExportFormat.BRAT));
        assertThat(dialog.scheme().isDisabled()).isTrue();

        assertThat(dialog.split().isSelected()).isFalse();
        assertThat(dialog.ratios().isDisabled()).isTrue();
        assertThat(dialog.seed().isDisabled()).isTrue();
        assertThat(dialog.seed().getText()).isEqualTo("42");
        robot.clickOn("#export-split");
        assertThat(dialog.ratios().isDisabled()).isFalse();
        assertThat(dialog.seed().isDisabled()).isFalse();

        Scene scene = dialog.stage().getScene();
        GridPane form = (GridPane) scene.lookup("#export-form");
        List<Node> checked = new ArrayList<>(form.getChildren());
        checked.add(scene.lookup("#export-summary"));
        checked.add(scene.lookup("#export-run"));
        checked.add(scene.lookup("#export-cancel"));
        for (Node node : checked) {
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            assertThat(bounds.getMinX()).as(node.toString()).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMinY()).as(node.toString()).isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(node.toString()).isLessThanOrEqualTo(scene.getWidth());
            assertThat(bounds.getMaxY()).as(node.toString()).isLessThanOrEqualTo(scene.getHeight());
        }
        for (Node node : form.getChildren()) {
            if (node instanceof Labeled labeled) {
                assertThat(labeled.getWidth()).as(labeled.getText() + " is not cut")
                        .isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
            }
        }
        assertThat(scene.lookup("#export-summary").getLayoutBounds().getHeight()).isGreaterThan(60);
    }

    @SuppressWarnings("unchecked")
    private static Node row(FxRobot robot, String name) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof TableRow<?> row && row.getItem() instanceof CableEntry entry && entry.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + name));
    }
}
