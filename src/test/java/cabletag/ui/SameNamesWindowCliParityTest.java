package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.Cli;
import cabletag.formats.export.ExportFormat;
import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window opened on two folders that each hold a broken {@code c.txt}, named the other way round from
 * the command line: its Problems pane lists the lines {@code cabletag check x y} prints, each naming its
 * file under its folder ({@code x/c.txt}, {@code y/c.txt}; both were {@code c.txt}), and its export is the
 * command's, byte for byte (the sources alike, the clashing id given alike, the clash told alike),
 * also for the reviewed cables only: the window's scopes took every cable of a reviewed cable's name.
 */
@ExtendWith(ApplicationExtension.class)
class SameNamesWindowCliParityTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private Stage stage;
    private Path x;
    private Path y;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path parent = Files.createDirectories(temp.resolve("same-" + System.nanoTime()));
        x = Files.createDirectories(parent.resolve("x"));
        y = Files.createDirectories(parent.resolve("y"));
        Files.createDirectories(parent.resolve("z")); // x and y not all parent holds: two inputs, not parent
        Files.writeString(x.resolve("c.txt"), "Met [PER Rubaie  ] in [LOC Tehran  ] .\n[PER never closed\n");
        Files.writeString(y.resolve("c.txt"), "Saw [ORG GOI  ] and [PER never closed\n");
        System.setProperty("cabletag.home", temp.resolve("home-" + System.nanoTime()).toString());
        // x/c.txt is reviewed, y/c.txt is not
        try (Workspace workspace = Workspace.open(List.of(x, y), StoreLocation.defaultLocation(), null)) {
            assertThat(workspace.cables()).extracting(CableEntry::name).as("two inputs: each row names its folder").containsExactly(x.resolve("c.txt").toString(),
                    y.resolve("c.txt").toString());
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.save();
        }
        window = new MainWindow(stage);
        stage.show();
        window.open(List.of(y, x));
    }

    /**
     * The corpus list named each cable under its folder only: two rows "c.txt" that looked alike, and a title
     * "c.txt" for either. Each row, its tooltip, the title and the status bar name the file as the user named
     * it, as the Problems pane and the commands do.
     */
    @Test
    void theRowsTheirTooltipsAndTheTitleTellTheTwoCsApart(FxRobot robot) {
        FxAwait.until("both cables listed", () -> window.model().cables().size() == 2, window.model().cables());
        String xc = x.resolve("c.txt").toString();
        String yc = y.resolve("c.txt").toString();
        var table = window.corpusPane().table();
        FxAwait.until("both rows shown", () -> WindowDriver.shownRows(table).size() == 2, table.getItems());
        assertThat(WindowDriver.shownRows(table).stream().map(cells -> cells.get(0))).containsExactlyInAnyOrder(xc, yc);
        List<String> tooltips = WindowDriver.onFx(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof CorpusPane.NameCell cell && cell.getTooltip() != null && cell.getText() != null)
                .map(n -> ((CorpusPane.NameCell) n).getTooltip().getText()).toList());
        assertThat(tooltips).contains(xc, yc);
        // whole paths, cut at their start where the pane is narrow: the folder and the file show, not a shared start
        List<String> drawn = WindowDriver.onFx(() -> table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof CorpusPane.NameCell cell && cell.getText() != null)
                .map(n -> ((javafx.scene.text.Text) n.lookup(".text")).getText()).toList());
        assertThat(drawn).anySatisfy(name -> assertThat(name).endsWith("x/c.txt"))
                .anySatisfy(name -> assertThat(name).endsWith("y/c.txt"));
        int shown = WindowDriver.onFx(() -> window.model().currentCable());
        String current = WindowDriver.onFx(() -> window.model().cables().get(shown).name());
        assertThat(current).isIn(xc, yc);
        assertThat(WindowDriver.onFx(() -> stage.getTitle())).contains(current);
        assertThat(robot.lookup("#status-file").queryLabeled().getText()).startsWith(current + " ");
    }

    @Test
    void theProblemsPaneListsCheckLinesAndTheExportIsTheCommandsByteForByte(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        FxAwait.until("every cable read", window.model().readProgressProperty(), read -> read.doubleValue() >= 1);

        ExportCorpus.CliRun check = ExportCorpus.run("check", x.toString(), y.toString());
        assertThat(check.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("[unclosed-tag]"));
        FxAwait.until("both cables' problems listed", () -> window.problemsPane().items().size() >= 2, window.problemsPane().items());
        List<String> pane = WindowDriver.onFx(() -> window.problemsPane().items().stream().map(ProblemsModel.Item::text).toList());
        assertThat(pane).as("the window's Problems pane").containsExactlyInAnyOrderElementsOf(check.out().lines().toList());
        assertThat(pane).anySatisfy(line -> assertThat(line).startsWith(x.resolve("c.txt") + ":"))
                .anySatisfy(line -> assertThat(line).startsWith(y.resolve("c.txt") + ":"));

        Path viaWindow = temp.resolve("window-" + System.nanoTime() + ".jsonl");
        ExportDialog dialog = WindowDriver.onFx(() -> window.showExport());
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.target().setText(viaWindow.toString());
        });
        ExportCorpus.runExport(robot, dialog);
        String windowSummary = WindowDriver.onFx(() -> dialog.summary().getText());
        robot.interact(() -> dialog.stage().close());

        Path viaCli = temp.resolve("cli-" + System.nanoTime() + ".jsonl");
        ExportCorpus.CliRun export = ExportCorpus.run("export", "-f", "jsonl", "-o", viaCli.toString(), x.toString(), y.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(viaWindow).as("the window's export, byte for byte").hasSameBinaryContentAs(viaCli);
        // the data name each file by its path under its folder, as named by neither: which c is which, the note says
        assertThat(Files.readString(viaCli)).contains("\"id\":\"c-2\"").contains("\"source\":\"c.txt\"").doesNotContain(x.toString());
        // the same summary; the command says its warnings and its note on standard error, the window under its summary
        String said = export.err().lines().filter(line -> line.contains(": warning: ") || line.startsWith("note: "))
                .map(line -> line + "\n").reduce("", String::concat);
        assertThat(said).contains("note: the id c went to ").contains("[unclosed-tag]");
        assertThat(ExportCorpus.withoutWhere(windowSummary)).as("the window's summary").isEqualTo(ExportCorpus.withoutWhere(export.out()) + said);
    }

    @Test
    void theReviewedCablesAreTheCommandsReviewedOnlyAlsoWhenTwoShareAName(FxRobot robot) throws Exception {
        FxAwait.until("the first cable", window.model().documentProperty(), java.util.Objects::nonNull);
        FxAwait.until("every cable read", window.model().readProgressProperty(), read -> read.doubleValue() >= 1);

        Path viaWindow = temp.resolve("window-reviewed-" + System.nanoTime() + ".jsonl");
        ExportDialog dialog = WindowDriver.onFx(() -> window.showExport());
        robot.interact(() -> {
            dialog.format().setValue(ExportFormat.JSONL);
            dialog.scope().setValue(ExportDialog.Scope.REVIEWED);
            dialog.target().setText(viaWindow.toString());
        });
        ExportCorpus.runExport(robot, dialog);
        robot.interact(() -> dialog.stage().close());

        Path viaCli = temp.resolve("cli-reviewed-" + System.nanoTime() + ".jsonl");
        ExportCorpus.CliRun export = ExportCorpus.run("export", "-q", "--reviewed-only", "-f", "jsonl", "-o", viaCli.toString(), x.toString(), y.toString());
        assertThat(export.code()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(Files.readAllLines(viaCli)).singleElement().asString().contains("\"id\":\"c\"").contains("\"text\":\"Met Rubaie");
        assertThat(viaWindow).as("the window's reviewed cables, byte for byte").hasSameBinaryContentAs(viaCli);
    }
}
