package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the export tests of the window share: a corpus on disk, running the dialog, running the command. */
final class ExportCorpus {

    static final String SEED_PLAIN = "000_cb2ef8ccb40cf302.txt";
    static final String SEED_TAGGED = "004_139b5bbd77eb63a8.txt";

    private ExportCorpus() {
    }

    /** Copies of the two seed cables. */
    static Path seeds(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        for (String name : List.of(SEED_PLAIN, SEED_TAGGED)) {
            Files.copy(seeds.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    /**
     * The seeds plus {@code count} short tagged cables, each with a PER of one token, a PER of two, a
     * MISC and a LOC, and a marker token {@code CableNN} that says which cable a line of output came from.
     */
    static Path seedsAndSynthetic(Path folder, int count) throws IOException {
        seeds(folder);
        for (int i = 1; i <= count; i++) {
            String marker = marker(i);
            Files.writeString(folder.resolve("synthetic-" + String.format("%02d", i) + ".txt"),
                    marker + " : [PER Rubaie  ] met [PER Ahmad Chalabi  ] and the [MISC Shia  ] bloc in [LOC Basra  ] .\n");
        }
        return folder;
    }

    static String marker(int cable) {
        return String.format("Cable%02d", cable);
    }

    /** Clicks Export and waits until the dialog is ready again. */
    static void runExport(org.testfx.api.FxRobot robot, ExportDialog dialog) throws Exception {
        robot.clickOn("#export-run");
        FxAwait.until("the export's end", dialog.exportButton().disabledProperty(), disabled -> !disabled);
    }

    /** What {@code cabletag ARGS} run in this JVM gave: its exit code, standard output and standard error. */
    record CliRun(int code, String out, String err) { }

    /** Runs {@code cabletag ARGS} in this JVM, with the store the window uses ({@code cabletag.home}). */
    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code cabletag ARGS} in this JVM and insists it succeeded. */
    static String cli(String... args) {
        CliRun run = run(args);
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.OK);
        return run.out();
    }

    /** An export's summary without the line naming where it wrote (two exports compared write to two files). */
    static String withoutWhere(String summary) {
        return summary.lines().filter(line -> !line.startsWith("written: ")).reduce("", (a, b) -> a + b + "\n");
    }

    /** The cables of a CoNLL file: the token lines between one {@code -DOCSTART-} and the next. */
    static List<List<String>> conllCables(Path file) throws IOException {
        List<List<String>> cables = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("-DOCSTART-")) {
                cables.add(new ArrayList<>());
            } else if (!line.isEmpty()) {
                cables.get(cables.size() - 1).add(line);
            }
        }
        return cables;
    }
}
