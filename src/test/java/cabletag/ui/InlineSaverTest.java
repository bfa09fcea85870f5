package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save As and Export all inline: the program's atomic writer, its input guard and its output sets. No window. */
class InlineSaverTest {

    private static final String CABLE = "[PER Rubaie  ] met [LOC Tehran  ] officials.\n";

    @TempDir
    Path temp;

    private Workspace open(Path corpus) throws IOException {
        return Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
    }

    @Test
    void savingACableOverAPrivateFileKeepsItPrivateAndNeverWritesAnInput() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path input = Files.writeString(corpus.resolve("a.txt"), CABLE);
        Path target = Files.writeString(temp.resolve("saved.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        try (Workspace workspace = open(corpus)) {
            new InlineSaver().saveCable(workspace, 0, target);
            assertThat(Files.readString(target)).isEqualTo(CABLE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
            assertThatThrownBy(() -> new InlineSaver().saveCable(workspace, 0, input))
                    .hasMessageContaining("refusing to overwrite input").hasMessageContaining("inside the input folder");
        }
        assertThat(Files.readString(input)).isEqualTo(CABLE);
    }

    @Test
    void exportingAllInlineReplacesAnEarlierExportWholeAndRefusesAForeignFolder() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), CABLE);
        Files.writeString(corpus.resolve("b.txt"), CABLE.replace("Rubaie", "Maliki"));
        Path out = temp.resolve("out");
        try (Workspace workspace = open(corpus)) {
            assertThat(new InlineSaver().saveAll(workspace, out, null)).isEqualTo(2);
            Path stale = Files.writeString(out.resolve("stale.txt"), "from before");
            assertThat(new InlineSaver().saveAll(workspace, out, null)).isEqualTo(2);
            assertThat(out.resolve("a.txt")).hasContent(CABLE);
            assertThat(out.resolve("b.txt")).hasContent(CABLE.replace("Rubaie", "Maliki"));
            assertThat(stale).doesNotExist(); // the folder was replaced as one set

            Path foreign = Files.createDirectories(temp.resolve("foreign"));
            Path mine = Files.writeString(foreign.resolve("notes.txt"), "mine");
            assertThatThrownBy(() -> new InlineSaver().saveAll(workspace, foreign, null))
                    .hasMessageContaining("not an earlier cabletag export");
            assertThat(mine).hasContent("mine");
            assertThatThrownBy(() -> new InlineSaver().saveAll(workspace, corpus, null)).hasMessageContaining("is the input");
        }
    }
}
