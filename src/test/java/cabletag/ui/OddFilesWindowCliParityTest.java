package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.Cli;
import cabletag.formats.export.ExportFormat;
import cabletag.workspace.CableEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window and {@code cabletag export} on one folder of odd files, as a tester found them: a binary
 * {@code bin.txt} was a blank cable in the window (a row, "Opened 7 cables", "Reviewed 0/7", exported as
 * {@code {"id":"bin","text":"",...}}) while the command skipped it; the window's export also counted the
 * files read in the legacy encoding or empty twice ("10 problems" against the command's 7). Now the
 * corpus reader decides for both what a file is: the binary file is no cable anywhere, only a problem
 * named once, and both exports are the same bytes with the same summary.
 */
@ExtendWith(ApplicationExtension.class)
class OddFilesWindowCliParityTest {

    private static final String BINARY = "bin.txt";

    @TempDir
    static Path temp;

    private WindowDriver w;
    private Path corpus;

    @Start
    void start(Stage stage) throws Exception {
        corpus = ExportCorpus.seeds(temp.resolve("odd-" + System.nanoTime()));
        Files.write(corpus.resolve(BINARY), new byte[] {0, 1, 2, 'b', 'i', 'n', 'a', 'r', 'y', (byte) 0xFF, (byte) 0xFE, 0});
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("broken.txt"), "Meeting with [PER Rubaie  in [LOC Tehran ] and [XYZ oops\n[ORG ]\n");
        Files.write(corpus.resolve("cp1252.txt"),
                "Caf\u00e9 with [PER Jos\u00e9  ] in [LOC M\u00fcnchen  ]\n".getBytes(Charset.forName("windows-1252")));
        Files.writeString(corpus.resolve("emoji.txt"), "Hello \uD83D\uDE00 [PER Ann  ] at [LOC Paris  ] \uD83C\uDF89\n");
        // named .txt but a CoNLL dataset by its first line: two documents on both paths, not one cable "holding 2"
        Files.writeString(corpus.resolve("tagged-tokens.txt"),
                "-DOCSTART- -X- O O\n\nRubaie B-PER\nmet O\nMaliki B-PER\n\n-DOCSTART- -X- O O\n\nIn O\nNajaf B-LOC\n");
        w = WindowDriver.openWithFreshStore(stage, temp, corpus);
    }

    @Test
    void theBinaryFileIsNoCableOnEitherPathAndBothExportTheSameBytes(FxRobot robot) throws Exception {
        w.awaitOpened();
        FxAwait.until("every cable read", w.window.model().readProgressProperty(), read -> read.doubleValue() >= 1);
        assertThat(WindowDriver.onFx(() -> w.window.model().messageProperty().get())).isEqualTo("Opened 8 cables");

        Path viaWindow = temp.resolve("window-" + System.nanoTime() + ".jsonl");
        ExportDialog dialog = WindowDriver.onFx(() -> w.window.showExport());
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(viaWindow.toString());
        });
        ExportCorpus.runExport(robot, dialog);
        String windowSummary = WindowDriver.onFx(() -> dialog.summary().getText());
        robot.interact(() -> dialog.stage().close());

        Path viaCli = temp.resolve("cli-" + System.nanoTime() + ".jsonl");
        ExportCorpus.CliRun export = ExportCorpus.run("export", "-f", "jsonl", "-o", viaCli.toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.PROBLEMS); // the binary file was skipped
        assertThat(export.err()).contains(corpus.resolve(BINARY) + ":1:1: error: binary file (NUL byte at offset 0) skipped");

        assertThat(viaWindow).as("the window's export, byte for byte").hasSameBinaryContentAs(viaCli);
        // the window's summary is the command's, then each problem line the command gives on standard error
        String counts = ExportCorpus.withoutWhere(export.out());
        assertThat(ExportCorpus.withoutWhere(windowSummary)).as("the window's summary").startsWith(counts);
        List<String> problemLines = ExportCorpus.withoutWhere(windowSummary).substring(counts.length()).lines().toList();
        assertThat(problemLines).as("the problems, as the command names them").isNotEmpty()
                .allSatisfy(line -> assertThat(export.err()).contains(line));
        assertThat(problemLines).hasSize(6); // the binary file, and broken.txt's, cp1252.txt's and the others' warnings
        // broken.txt's unclosed PER, a tag in it and the rest: no "nested inside [PER …]" for a PER kept as text
        assertThat(export.out()).contains("8 cables").contains("1 problem, 5 warnings");

        List<String> exported = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(viaCli)) {
            JsonNode cable = json.readTree(line);
            exported.add(cable.get("meta").get("source").asText());
        }
        // each source is the file's path under the folder named, not the folder as it was named (the data do not depend on it)
        assertThat(exported).doesNotContain(BINARY).contains("empty.txt", "broken.txt", "cp1252.txt", "emoji.txt");

        // the window's rows are the exported cables, and its counts say so
        List<String> rows = WindowDriver.onFx(() -> w.window.model().cables().stream().map(CableEntry::name).toList());
        // a dataset file's documents are its file and their id ("tagged-tokens.txt#…"): rows that can be told apart
        assertThat(rows.stream().map(row -> row.replaceFirst("#.*$", "")).toList()).isEqualTo(exported);
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(w.label(robot, "#status-progress")).startsWith("Reviewed 0/8");
        // the skipped file is named once, as the command names it
        assertThat(WindowDriver.onFx(() -> w.window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList()))
                .filteredOn(line -> line.contains(BINARY)).containsExactly(corpus.resolve(BINARY) + ":1:1: error: binary file (NUL byte at offset 0) skipped");

        ExportCorpus.CliRun stats = ExportCorpus.run("stats", corpus.toString());
        assertThat(stats.out()).containsPattern("cables +8\n");
    }

    /**
     * An input that gives no cable at all: the window listed no problem for an empty folder ("Problems (0)")
     * and one for a folder of a binary file only, where {@code check} ends with a line naming the folder (exit
     * 1). Both now list the same lines, and the status bar names the folder that held nothing to review.
     */
    @Test
    void aFolderThatGivesNoCableIsNamedAsTheCommandsNameIt(FxRobot robot) throws Exception {
        w.awaitOpened();
        Path empty = Files.createDirectories(temp.resolve("empty-" + System.nanoTime()));
        Path binaryOnly = Files.createDirectories(temp.resolve("binonly-" + System.nanoTime()));
        Files.write(binaryOnly.resolve(BINARY), new byte[] {0, 1, 2, 'b', 'i', 'n', 0});

        for (Path folder : List.of(empty, binaryOnly)) {
            robot.interact(() -> w.window.open(List.of(folder)));
            FxAwait.until("nothing to review in " + folder, () -> w.window.model().workspace() != null
                    && w.window.model().workspace().inputs().equals(List.of(folder))
                    && w.window.model().messageProperty().get().startsWith("Nothing to review"), w.window.model().messageProperty());

            ExportCorpus.CliRun check = ExportCorpus.run("check", folder.toString());
            assertThat(check.code()).as(check.err()).isEqualTo(Cli.PROBLEMS);
            List<String> checkLines = (check.out() + check.err()).lines()
                    .filter(line -> line.startsWith(folder.toString())).toList();
            assertThat(checkLines).as("check's lines").isNotEmpty();
            List<String> windowLines = WindowDriver.onFx(() -> w.window.problemsPane().items().stream()
                    .filter(item -> !item.isNote()).map(ProblemsModel.Item::text).toList());
            assertThat(windowLines).as("the Problems pane").isEqualTo(checkLines);
            assertThat(WindowDriver.onFx(() -> w.window.model().problemCountProperty().get())).isEqualTo(checkLines.size());
            assertThat(WindowDriver.onFx(() -> w.window.model().messageProperty().get()))
                    .isEqualTo("Nothing to review: no readable cable in " + folder);
            // no cable, so no counts: no empty field between two bars ("no cable |  | Reviewed 0/0")
            String right = WindowDriver.onFx(() -> {
                org.controlsfx.control.StatusBar bar = (org.controlsfx.control.StatusBar) w.window.scene().lookup("#status-bar");
                bar.applyCss();
                bar.layout();
                return bar.getRightItems().stream().filter(javafx.scene.Node::isVisible)
                        .map(item -> ((javafx.scene.control.Label) item).getText()).reduce("", String::concat);
            });
            // (the file's field may step aside for the long message: that is the bar's rule, not this one)
            assertThat(right).doesNotContain("|  |").doesNotStartWith(" | ").endsWith("Reviewed 0/0 | "
                    + checkLines.size() + " reading problem" + (checkLines.size() == 1 ? "" : "s") + " | All saved");
        }
    }
}
