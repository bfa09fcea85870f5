package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.io.OverwritesInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's export refuses an output it reads through a link inside an input folder, as
 * {@code cabletag export} does (OutputReadThroughALinkTest): the window had read the earlier output as a
 * dataset, and would have written it back with the corpus added to it.
 */
class ExportOfAFileReadThroughALinkTest {

    @TempDir
    Path temp;

    @Test
    void theWindowsExportRefusesAnOutputItReadThroughALink() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "A [PER Ann  ] met [LOC Baghdad  ] officials .\n");
        Path out = temp.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"d1\",\"text\":\"Earlier export\",\"spans\":[]}\n");
        Files.createSymbolicLink(corpus.resolve("link.jsonl"), out);
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL).withProtectedPaths(Set.of(corpus));

        try (Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null)) {
            assertThat(workspace.cables()).hasSize(2); // the cable, and the earlier output read as a dataset
            assertThatThrownBy(() -> new Exporter(options).export(workspace.exportSource(), ExportTarget.path(out),
                    (done, expected, name) -> { }, () -> false))
                    .isInstanceOf(OverwritesInputException.class)
                    .hasMessageContaining("output " + out + " is read as an input: " + corpus.resolve("link.jsonl"));
        }
        assertThat(out).hasContent("{\"id\":\"d1\",\"text\":\"Earlier export\",\"spans\":[]}\n");
    }
}
