package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.formats.io.OverwritesInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exporter behind the window's export dialog and the command takes a target path as the system resolves
 * it: {@code lnk/../out.jsonl}, with {@code lnk} a link to {@code corpus/sub}, is {@code corpus/out.jsonl},
 * refused when {@code corpus} is an input and otherwise written there, and named there in the summary.
 */
class ExportThroughALinkTest {

    @TempDir
    Path temp;

    private Path corpus;

    @BeforeEach
    void aLinkIntoASubfolder() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(Files.createDirectories(corpus.resolve("sub")).resolve("a.txt"), "A [PER Ann  ] .\n");
        Files.createSymbolicLink(temp.resolve("lnk"), corpus.resolve("sub"));
    }

    @Test
    void theTargetIsWhereTheSystemPutsIt() throws IOException {
        assertThat(ExportTarget.path(temp.resolve("lnk/../out.jsonl")).path()).isEqualTo(corpus.toRealPath().resolve("out.jsonl"));
    }

    @Test
    void anExportThroughALinkIntoAnInputFolderIsRefused() {
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL).withProtectedPaths(Set.of(corpus));
        assertThatThrownBy(() -> ExportTestSupport.export(options, ExportTestSupport.read(corpus), temp.resolve("lnk/../out.jsonl")))
                .isInstanceOf(OverwritesInputException.class).hasMessageContaining("inside the input folder");
        assertThat(corpus.resolve("out.jsonl")).doesNotExist();
        assertThat(temp.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void anExportThroughALinkIsWrittenAndNamedWhereThePathLeads() throws IOException {
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("b.txt"), "B [LOC Baghdad  ] .\n");
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL).withProtectedPaths(Set.of(other));
        ExportSummary summary = ExportTestSupport.export(options, ExportTestSupport.read(other), temp.resolve("lnk/../out.jsonl"));
        assertThat(summary.files()).containsExactly(corpus.toRealPath().resolve("out.jsonl"));
        assertThat(corpus.resolve("out.jsonl")).exists();
        assertThat(temp.resolve("out.jsonl")).doesNotExist();
    }
}
