package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A corrected cable a.txt beside its identical copy b.txt, never corrected: moved with its folder, the commands
 * put its corrections back on a.txt alone; renamed beside the copy, they name both files (exit 1) and put back
 * nothing; renamed with no copy, it gets them back as before. Found from outside: b.txt took a.txt's corrections.
 */
class UncorrectedCopiesCommandsTest extends WithTemporaryStore {

    private static final String CABLE = "x [PER Rubaie  ] y\n";
    private Path c3;

    @BeforeEach
    void correctACopy() throws IOException {
        c3 = Files.createDirectories(dir.resolve("c3"));
        Files.writeString(c3.resolve("a.txt"), CABLE);
        Files.copy(c3.resolve("a.txt"), c3.resolve("b.txt"));
        try (Workspace workspace = Workspace.open(List.of(c3), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(workspace.indexOf("a.txt").orElseThrow(), Span.of(2, 8, "PER"), Label.ORG);
        }
    }

    /** Each exported document's source with the labels of its spans. */
    private static Map<String, List<String>> labels(String jsonl) throws IOException {
        Map<String, List<String>> labels = new TreeMap<>();
        for (String line : jsonl.lines().toList()) {
            JsonNode document = new ObjectMapper().readTree(line);
            List<String> spans = new ArrayList<>();
            document.get("spans").forEach(span -> spans.add(span.get("label").asText()));
            labels.put(document.get("meta").get("source").asText(), spans);
        }
        return labels;
    }

    private Map<String, String> storeFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(dir.resolve("home/store/cables"))) {
            for (Path file : listed.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    private String putBack(Path shown) throws IOException {
        return shown + ": note: the corrections made when this cable was at " + dir.toRealPath().resolve("c3/a.txt")
                + " are put back (same text; the file was moved or renamed).";
    }

    @Test
    void aMovedFolderGivesTheCorrectionsToTheFileOfTheirNameOnly() throws IOException {
        Path moved = Files.move(c3, dir.resolve("c3moved"));

        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", moved.toString());
        Result alone = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", moved.resolve("b.txt").toString());
        Result check = CliTest.run("check", "--notes", moved.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(labels(export.out())).isEqualTo(Map.of("a.txt", List.of("ORG"), "b.txt", List.of("PER")));
        assertThat(export.err().lines().toList()).containsExactly(putBack(moved.resolve("a.txt")));
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(labels(alone.out())).isEqualTo(Map.of("b.txt", List.of("PER")));
        assertThat(alone.err()).isEmpty();
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).doesNotContain("b.txt");
    }

    @Test
    void aFileRenamedBesideItsCopyIsNamedOnBothWithExitOneAndNothingPutBack() throws IOException {
        Files.move(c3.resolve("a.txt"), c3.resolve("z.txt"));
        Map<String, String> before = storeFiles();

        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", c3.toString());
        Result check = CliTest.run("check", c3.toString());
        Result alone = CliTest.run("check", c3.resolve("b.txt").toString());

        Path real = c3.toRealPath();
        String problem = ": error: the corrections made when a cable with this text was at " + real.resolve("a.txt")
                + " could belong to " + real.resolve("b.txt") + " or " + real.resolve("z.txt")
                + ": each holds its text and has no corrections of its own, and nothing tells which of them was there;"
                + " none was put back, and they stay in the store as they are. To put them back, give that file the name"
                + " it had there, or move it back, and open it again.";
        List<String> lines = List.of(c3.resolve("b.txt") + problem, c3.resolve("z.txt") + problem);
        assertThat(export.code()).as(export.err()).isEqualTo(1);
        assertThat(labels(export.out())).isEqualTo(Map.of("b.txt", List.of("PER"), "z.txt", List.of("PER")));
        assertThat(export.err().lines().filter(line -> line.contains(": error: ")).toList()).isEqualTo(lines);
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines().toList()).isEqualTo(lines);
        assertThat(alone.code()).isEqualTo(1);
        assertThat(alone.out().lines().toList()).containsExactly(lines.get(0));
        assertThat(storeFiles()).isEqualTo(before);
    }

    @Test
    void aFileRenamedWithNoCopyStillGetsItsCorrectionsBack() throws IOException {
        Files.delete(c3.resolve("b.txt"));
        Files.move(c3.resolve("a.txt"), c3.resolve("z.txt"));

        Result export = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", c3.toString());
        Result check = CliTest.run("check", "--notes", c3.resolve("z.txt").toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(labels(export.out())).isEqualTo(Map.of("z.txt", List.of("ORG")));
        assertThat(export.err().lines().toList()).containsExactly(putBack(c3.resolve("z.txt")));
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains(putBack(c3.resolve("z.txt")));
    }
}
