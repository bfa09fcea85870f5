package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A corrections store that is there but cannot be read stops every command that applies the corrections:
 * exit 1, one line naming the path and the reason, nothing written (an earlier export stays as it was) —
 * never the cables exported or counted as if nothing were stored. {@code --no-corrections} does not need the
 * store and goes ahead. The permission cases are skipped under root, which reads every folder (as in
 * {@link CliTest}).
 */
class UnreadableStoreCommandsTest extends WithTemporaryStore {

    private static final String OLD = "{\"id\": \"old\", \"text\": \"kept\"}\n";

    private Path corpus;
    private Path home;
    private Path out;

    @BeforeEach
    void correctACable() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Erbil  ] is far from [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(0, Span.of(0, 5, "PER"), Label.LOC);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
        }
        home = dir.resolve("home");
        out = Files.writeString(dir.resolve("out.jsonl"), OLD);
    }

    /** Each command that applies the corrections, as {@code cabletag COMMAND ARGS... CORPUS}. */
    private List<List<String>> commands() {
        return List.of(
                List.of("export", "-f", "jsonl", "-o", out.toString()),
                List.of("export", "-q", "-f", "conll", "--split", "80/10/10", "-o", dir.resolve("split.conll").toString()),
                List.of("stats"),
                List.of("stats", "--json"),
                List.of("check"),
                List.of("check", "--consistency"),
                List.of("report", "--no-suggestion-quality"),
                List.of("suggest", "--source", "gazetteer"));
    }

    private static Result run(List<String> command, Path corpus) {
        List<String> args = new ArrayList<>(command);
        args.add(corpus.toString());
        return CliTest.run(args.toArray(String[]::new));
    }

    private void assertEveryCommandStops(String expected) throws IOException {
        for (List<String> command : commands()) {
            Result result = run(command, corpus);
            String name = command.get(0);
            assertThat(result.code()).as(command + ": " + result.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(result.err().lines()).as(command.toString()).singleElement().asString()
                    .startsWith("cabletag " + name + ": the corrections store " + home.resolve("store") + " cannot be read (")
                    .contains(expected)
                    .contains("nothing " + switch (name) {
                        case "export" -> "exported";
                        case "stats" -> "counted";
                        case "check" -> "checked";
                        case "report" -> "reported";
                        default -> "suggested";
                    })
                    .doesNotContain("Exception").doesNotContain("internal error");
            assertThat(result.out()).as(command.toString()).isEmpty();
        }
        assertThat(out).hasContent(OLD.strip()); // never replaced by an export without the corrections
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("split."));
        }
    }

    private void assertNoCorrectionsGoesAhead() throws IOException {
        Result export = CliTest.run("export", "-q", "--no-corrections", "-f", "jsonl", "-o", out.toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("\"old\""));
        Result stats = CliTest.run("stats", "--no-corrections", corpus.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("PER                 1");
        Result check = CliTest.run("check", "--no-corrections", corpus.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
    }

    @Test
    void aHomeThatIsAFileStopsEveryCommandAndIsNamed() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Files.writeString(home, "not a folder\n");
        assertEveryCommandStops("(" + home + " is not a folder)");
        assertThat(home).hasContent("not a folder");
        assertNoCorrectionsGoesAhead();
    }

    @Test
    void aCablesFolderThatIsAFileStopsEveryCommandAndIsNamed() throws IOException {
        Path cables = home.resolve("store/cables");
        Path kept = Files.move(cables, home.resolve("cables-kept"));
        Files.writeString(cables, "x\n");
        assertEveryCommandStops("(" + cables + " is not a folder)");
        assertNoCorrectionsGoesAhead();
        Files.delete(cables);
        Files.move(kept, cables);
        Result stats = CliTest.run("stats", corpus.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("LOC                 2"); // the correction is back
    }

    @Test
    void aStoreFolderThatCannotBeReadStopsEveryCommand() throws IOException {
        Path store = home.resolve("store");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(store), "running as root: every folder is readable");
            assertEveryCommandStops("cannot be read (permission denied)");
            assertNoCorrectionsGoesAhead();
        } finally {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aCablesFolderThatCannotBeReadStopsEveryCommand() throws IOException {
        Path cables = home.resolve("store/cables");
        Files.setPosixFilePermissions(cables, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(cables), "running as root: every folder is readable");
            assertEveryCommandStops("(" + cables + ": permission denied)");
            assertNoCorrectionsGoesAhead();
        } finally {
            Files.setPosixFilePermissions(cables, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aHomeWithNoStoreYetIsNoProblem() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", out.toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isZero();
        // (the earlier output here was not written by an export: the one line is the note on its kept copy)
        assertThat(export.err().lines().filter(line -> !line.startsWith("note: " + out + " was not written by cabletag")))
                .isEmpty();
        Result stats = CliTest.run("stats", corpus.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.err()).isEmpty();
    }
}
