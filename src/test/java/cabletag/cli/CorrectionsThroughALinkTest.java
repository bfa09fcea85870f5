package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cable's corrections are found however its file is reached: through a symbolic link with a name of its own,
 * named on the command line or met in a folder, or a link to such a link. Its key is its real path (docs/STORE.md);
 * the link's name gave the cable another id, and the corrections stored for the target were dropped without a word.
 */
class CorrectionsThroughALinkTest extends WithTemporaryStore {

    private Path cable;
    private Path dataset;

    @BeforeEach
    void correctTheTargets() throws IOException {
        Path c3 = Files.createDirectories(dir.resolve("c3"));
        cable = Files.writeString(c3.resolve("a.txt"), "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        dataset = Files.writeString(c3.resolve("d.conll"),
                "-DOCSTART- -X- -X- O\n\nRubaie _ _ B-PER\nmet _ _ O\nIraq _ _ B-LOC\n");
        try (Workspace workspace = Workspace.open(List.of(c3), StoreLocation.defaultLocation(), null)) {
            assertThat(workspace.size()).isEqualTo(2);
            workspace.relabel(0, Span.of(0, 6, "PER"), Label.ORG);
            workspace.relabel(1, Span.of(0, 6, "PER"), Label.ORG);
        }
    }

    private List<String> exportedLabels(String... inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "-f", "jsonl", "-o", "-"));
        args.addAll(List.of(inputs));
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        List<String> labels = new ArrayList<>();
        for (String line : result.out().lines().toList()) {
            JsonNode document = new ObjectMapper().readTree(line);
            List<String> own = new ArrayList<>();
            document.path("spans").forEach(span -> own.add(span.path("label").asText()));
            labels.add(String.join(",", own));
        }
        return labels;
    }

    @Test
    void aFileLinkWithAnotherNameNamedOnTheCommandLineFindsTheCorrections() throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("alias.txt"), cable);
        assertThat(exportedLabels(cable.toString())).containsExactly("ORG,LOC");
        assertThat(exportedLabels(alias.toString())).containsExactly("ORG,LOC");

        CliTest.Result stats = CliTest.run("stats", alias.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).containsPattern("ORG\\s+1").doesNotContain("PER");
    }

    @Test
    void checkThroughTheLinkNamesCorrectionsThatCannotBePutBack() throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("alias.txt"), cable);
        Files.writeString(cable, "[PER Maliki  ] met [LOC Tehran  ] .\n");
        CliTest.Result check = CliTest.run("check", alias.toString());
        assertThat(check.code()).as(check.out()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).contains(alias + ": error: could not re-apply relabel of PER “Rubaie”");
    }

    @Test
    void aLinkToALinkAndALinkInsideAFolderFindTheCorrections() throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("alias.txt"), cable);
        Path again = Files.createSymbolicLink(dir.resolve("again.txt"), alias);
        assertThat(exportedLabels(again.toString())).containsExactly("ORG,LOC");

        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("x.txt"), cable);
        assertThat(exportedLabels(links.toString())).containsExactly("ORG,LOC");
    }

    @Test
    void aDatasetNamedThroughALinkWithAnotherNameFindsItsCorrections() throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("other.conll"), dataset);
        assertThat(exportedLabels(dataset.toString())).containsExactly("ORG,LOC");
        assertThat(exportedLabels(alias.toString())).containsExactly("ORG,LOC");
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("y.conll"), dataset);
        assertThat(exportedLabels(links.toString())).containsExactly("ORG,LOC");
    }
}
