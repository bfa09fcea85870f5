package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's export stops, as {@code cabletag export} does, when an input it opened gave no cable: it
 * replaced an earlier export with an empty file (an empty folder opened alone), or with one that lacked the
 * folder (an empty folder beside a good one), where the command writes nothing and exits 1.
 */
class ExportOfAnInputThatGaveNothingTest {

    private static final String EARLIER = "{\"id\":\"d1\",\"text\":\"Earlier export\",\"spans\":[]}\n";

    @TempDir
    Path temp;

    private void assertNothingExported(List<Path> inputs, Path empty) throws IOException {
        Path out = temp.resolve("out.jsonl");
        Files.writeString(out, EARLIER);
        try (Workspace workspace = Workspace.open(inputs, new StoreLocation(temp.resolve("home")), null)) {
            assertThatThrownBy(() -> new Exporter(ExportOptions.of(ExportFormat.JSONL)).export(workspace.exportSource(),
                    ExportTarget.path(out), (done, expected, name) -> { }, () -> false))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining(empty + ": error: no cable or dataset file in this folder")
                    .hasMessageContaining("nothing is exported");
        }
        assertThat(out).hasContent(EARLIER);
    }

    @Test
    void anEmptyFolderOpenedAloneDoesNotEmptyAnEarlierExport() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertNothingExported(List.of(empty), empty);
    }

    @Test
    void anEmptyFolderBesideAGoodOneStopsTheExportAsTheCommandDoes() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path good = Files.createDirectories(temp.resolve("good"));
        Files.writeString(good.resolve("a.txt"), "A [PER Ann  ] met [LOC Baghdad  ] officials .\n");
        assertNothingExported(List.of(empty, good), empty);
    }

    @Test
    void everyInputGivingACableExports() throws IOException {
        Path good = Files.createDirectories(temp.resolve("good"));
        Files.writeString(good.resolve("a.txt"), "A [PER Ann  ] met [LOC Baghdad  ] officials .\n");
        Path out = temp.resolve("out.jsonl");
        try (Workspace workspace = Workspace.open(List.of(good), new StoreLocation(temp.resolve("home")), null)) {
            ExportSummary summary = new Exporter(ExportOptions.of(ExportFormat.JSONL)).export(workspace.exportSource(),
                    ExportTarget.path(out), (done, expected, name) -> { }, () -> false);
            assertThat(summary.entities()).isEqualTo(2);
        }
        assertThat(Files.readString(out)).contains("Baghdad");
    }
}
