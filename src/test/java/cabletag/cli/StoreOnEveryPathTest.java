package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.ReviewStatus;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Corrections made in the window on a folder are exported whatever way the same cables are named on
 * the command line; a damaged store file is a problem with its path and exit 1 in every command.
 */
class StoreOnEveryPathTest extends WithTemporaryStore {

    Path corpus;

    @BeforeEach
    void correctInTheWindow() throws IOException {
        corpus = Files.createDirectories(dir.resolve("archive/corpus"));
        Files.writeString(corpus.resolve("a.txt"), "[PER Erbil  ] is far from [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("b.txt"), "[ORG GoI  ] said so .\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(0, Span.of(0, 5, "PER"), Label.LOC);
            workspace.setStatus(0, ReviewStatus.REVIEWED);
            workspace.delete(1, Span.of(0, 3, "ORG"));
        }
    }

    private List<JsonNode> export(String... inputs) throws IOException {
        Path out = dir.resolve("out.jsonl");
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", "jsonl", "-o", out.toString()));
        args.addAll(List.of(inputs));
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    private static String labels(List<JsonNode> lines, String id) {
        for (JsonNode line : lines) {
            // the id is the name under the input (corpus/a when the parent was named): match by file
            if (line.path("meta").path("source").asText().endsWith(id + ".txt")) {
                List<String> labels = new ArrayList<>();
                line.path("spans").forEach(span -> labels.add(span.path("label").asText()));
                return String.join(",", labels);
            }
        }
        return null;
    }

    @Test
    void theFileItsFolderItsParentAndAnotherOrderAllFindTheCorrections() throws IOException {
        for (String[] inputs : List.of(new String[] {corpus.toString()},
                new String[] {corpus.resolve("a.txt").toString()},
                new String[] {corpus.getParent().toString()},
                new String[] {corpus.resolve("b.txt").toString(), corpus.resolve("a.txt").toString()})) {
            List<JsonNode> lines = export(inputs);
            assertThat(labels(lines, "a")).as(String.join(" ", inputs)).isEqualTo("LOC,LOC");
            if (lines.size() == 2) {
                assertThat(labels(lines, "b")).as(String.join(" ", inputs)).isEmpty();
            }
        }
        // --reviewed-only knows the status from any path too
        assertThat(export(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(), "--reviewed-only"))
                .extracting(line -> line.path("meta").path("source").asText()).containsExactly("a.txt");
    }

    @Test
    void aDamagedStoreFileIsNamedWithExitOneInEveryCommandAndTheOtherCablesAreExported() throws IOException {
        Path damaged;
        try (Stream<Path> files = Files.list(dir.resolve("home/store/cables"))) {
            damaged = files.filter(f -> f.getFileName().toString().startsWith("a_txt.")).findFirst().orElseThrow();
        }
        Files.writeString(damaged, "{\"version\": 3, \"path\": ");

        Path out = dir.resolve("out.jsonl");
        CliTest.Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());
        assertThat(export.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(export.err()).contains(damaged.toString(), "cannot be read").doesNotContain("\tat ");
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(labels(List.of(new ObjectMapper().readTree(Files.readAllLines(out).get(1))), "b")).isEmpty();

        CliTest.Result stats = CliTest.run("stats", corpus.toString());
        assertThat(stats.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(stats.err()).contains(damaged.toString());

        CliTest.Result check = CliTest.run("check", corpus.resolve("a.txt").toString());
        assertThat(check.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).contains(damaged.toString());
        assertThat(damaged).hasContent("{\"version\": 3, \"path\": "); // the commands never write the store
    }
}
