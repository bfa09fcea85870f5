package cabletag.formats.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTreeTest {

    @TempDir
    Path temp;

    @Test
    void deletesTheFolderAndAllUnderItButNotWhatALinkInItPointsTo() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path kept = Files.writeString(elsewhere.resolve("kept.txt"), "the user's");
        Path root = Files.createDirectories(temp.resolve("root/a/b"));
        Files.writeString(root.resolve("c.json"), "{}");
        Files.createSymbolicLink(temp.resolve("root/link"), elsewhere);
        Files.createSymbolicLink(temp.resolve("root/a/file-link"), kept);

        FolderTree.delete(temp.resolve("root"));

        assertThat(temp.resolve("root")).doesNotExist();
        assertThat(kept).hasContent("the user's");
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        FolderTree.delete(temp.resolve("never-made"));
        assertThat(temp).isEmptyDirectory();
    }
}
