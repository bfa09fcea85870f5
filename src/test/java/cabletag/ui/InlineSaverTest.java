package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Label;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportProgress;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's "Save cable as inline" (a file) and "Export all inline" (a folder) write what the
 * exporter's inline format writes, with its refusals; no window needed.
 */
class InlineSaverTest {

    private static final String A = "<code><pre>[PER Rubaie  ] met officials in Tehran &amp; [LOC Erbil  ] .\r\n</pre></code>";
    private static final String B = "Plain text about Baghdad, with no tags.\n";

    @TempDir
    Path temp;

    private Path corpus;
    private Workspace workspace;

    @BeforeEach
    void open() throws IOException {
        corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), A);
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/b.txt"), B);
        workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null);
        int tehran = workspace.document(0).text().indexOf("Tehran");
        workspace.add(0, tehran, tehran + "Tehran".length(), Label.LOC);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What {@code cabletag export -f inline} writes for this workspace: relative name -> bytes. */
    private Map<String, String> exporterOutput() throws IOException {
        Path folder = temp.resolve("reference-" + System.nanoTime());
        new Exporter(ExportOptions.of(ExportFormat.INLINE)).export(ExportDialog.sourceOf(workspace),
                ExportTarget.path(folder), ExportProgress.NONE, () -> false);
        return tree(folder);
    }

    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void savesOneCableWithTheExportersBytesAndLeavesNothingElseBehind() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path edited = out.resolve("edited.txt");
        Path unedited = out.resolve("unedited.txt");
        Files.writeString(edited, "an older save");

        assertThat(new InlineSaver().saveCable(workspace, 0, edited))
                .contains(edited + " was not written by cabletag; the old file is kept as edited.txt.~1~");
        assertThat(new InlineSaver().saveCable(workspace, 1, unedited)).isEmpty();

        Map<String, String> reference = exporterOutput();
        assertThat(Files.readString(edited, StandardCharsets.ISO_8859_1)).isEqualTo(reference.get("a.txt"))
                .contains("[LOC Tehran  ]").contains("\r\n</pre>");
        assertThat(Files.readString(unedited)).isEqualTo(B).isEqualTo(reference.get("sub/b.txt"));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".cabletag-export.lock")))
                    .containsExactlyInAnyOrder("edited.txt", "edited.txt.~1~", "unedited.txt");
        }
        assertThat(Files.readString(out.resolve("edited.txt.~1~"))).isEqualTo("an older save");
        assertThat(Files.readString(corpus.resolve("a.txt"))).isEqualTo(A);
    }

    @Test
    void savingAgainOverItsOwnSaveReplacesItAndOverASaveChangedSinceKeepsACopy() throws IOException {
        Path saved = temp.resolve("saved.txt");
        assertThat(new InlineSaver().saveCable(workspace, 0, saved)).isEmpty();
        assertThat(new InlineSaver().saveCable(workspace, 0, saved)).isEmpty();
        Files.writeString(saved, "edited by hand\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(new InlineSaver().saveCable(workspace, 0, saved))
                .contains(saved + " was changed since cabletag wrote it; the old file is kept as saved.txt.~1~");
        assertThat(Files.readString(temp.resolve("saved.txt.~1~"))).endsWith("edited by hand\n");
        assertThat(temp.resolve("saved.txt.~2~")).doesNotExist();
    }

    @Test
    void refusesAnInputAFolderAndALinkAndLeavesThemAsTheyWere() throws IOException {
        InlineSaver saver = new InlineSaver();
        assertThatThrownBy(() -> saver.saveCable(workspace, 0, corpus.resolve("a.txt")))
                .isInstanceOf(IOException.class).hasMessageContaining("input");
        assertThatThrownBy(() -> saver.saveCable(workspace, 0, corpus.resolve("new.txt")))
                .isInstanceOf(IOException.class).hasMessageContaining("input");
        assertThatThrownBy(() -> saver.saveCable(workspace, 0, temp))
                .isInstanceOf(IOException.class).hasMessageContaining("is a folder");
        Path real = Files.writeString(temp.resolve("real.txt"), "keep");
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), real);
        assertThatThrownBy(() -> saver.saveCable(workspace, 0, link))
                .isInstanceOf(IOException.class).hasMessageContaining("symbolic link");

        assertThat(Files.readString(corpus.resolve("a.txt"))).isEqualTo(A);
        assertThat(Files.exists(corpus.resolve("new.txt"))).isFalse();
        assertThat(Files.readString(real)).isEqualTo("keep");
    }

    @Test
    void exportsEveryCableIntoAFolderAsTheExporterDoesAndReplacesAnEarlierExport() throws IOException {
        Path folder = temp.resolve("all");

        ExportSummary first = new InlineSaver().saveAll(workspace, folder, ExportProgress.NONE, () -> false);
        ExportSummary again = new InlineSaver().saveAll(workspace, folder, ExportProgress.NONE, () -> false);

        assertThat(first.cables()).isEqualTo(2);
        assertThat(again.cables()).isEqualTo(2);
        assertThat(tree(folder)).isEqualTo(exporterOutput()).containsKeys("a.txt", "sub/b.txt");
    }

    @Test
    void refusesAFolderThatIsNotAnEarlierExportOrIsInsideTheInputs() throws IOException {
        Path notes = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(notes.resolve("mine.txt"), "mine");

        assertThatThrownBy(() -> new InlineSaver().saveAll(workspace, notes, ExportProgress.NONE, () -> false))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new InlineSaver().saveAll(workspace, corpus.resolve("out"), ExportProgress.NONE, () -> false))
                .isInstanceOf(IOException.class).hasMessageContaining("input");

        assertThat(tree(notes)).isEqualTo(Map.of("mine.txt", "mine"));
        assertThat(Files.exists(corpus.resolve("out"))).isFalse();
    }
    private static final String PRIVATE_CABLE = "[PER Rubaie  ] met [LOC Tehran  ] officials.\n";

    @Test
    void savingACableOverAPrivateFileKeepsItPrivateAndNeverWritesAnInput() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("private-corpus"));
        Path input = Files.writeString(corpus.resolve("a.txt"), PRIVATE_CABLE);
        Path target = Files.writeString(temp.resolve("saved.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        try (Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home2")), null)) {
            new InlineSaver().saveCable(workspace, 0, target);
            assertThat(Files.readString(target)).isEqualTo(PRIVATE_CABLE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
            assertThatThrownBy(() -> new InlineSaver().saveCable(workspace, 0, input))
                    .hasMessageContaining("refusing to overwrite input").hasMessageContaining("inside the input folder");
        }
        assertThat(Files.readString(input)).isEqualTo(PRIVATE_CABLE);
    }

}
