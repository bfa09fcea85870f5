package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceListedTest {

    @TempDir
    Path temp;

    private CorpusFile listed(Path file) throws IOException {
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        return new CorpusFile(file, file.getFileName().toString(), now.size(), now.lastModifiedTime().toMillis());
    }

    @Test
    void aFileWrittenAgainResizedOrRemovedIsNamedAndAnUnchangedOneIsNot() throws IOException {
        Path same = Files.writeString(temp.resolve("same.txt"), "[PER Ali  ] .\n");
        Path longer = Files.writeString(temp.resolve("longer.txt"), "[PER Ali  ] .\n");
        Path touched = Files.writeString(temp.resolve("touched.txt"), "[PER Ali  ] .\n");
        Path gone = Files.writeString(temp.resolve("gone.txt"), "[PER Ali  ] .\n");
        List<CorpusFile> files = List.of(listed(same), listed(longer), listed(touched), listed(gone));

        Files.writeString(longer, "[PER Ali  ] met [LOC Basra  ] .\n");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5_000));
        Files.delete(gone);

        assertThat(ChangedSinceListed.lines(files)).containsExactly(
                longer + ": changed on disk (14 bytes then, 32 now) since the window read it",
                touched + ": changed on disk (written again) since the window read it",
                gone + ": removed since the window read it");
    }

    @Test
    void aFileNotListedWithItsSizeAndTimeIsNotAsked() {
        assertThat(ChangedSinceListed.lines(List.of(new CorpusFile(temp.resolve("never.txt"), "never.txt")))).isEmpty();
    }

    @Test
    void beyondTenChangedFilesTheRestAreCounted() throws IOException {
        List<CorpusFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = Files.writeString(temp.resolve("c" + i + ".txt"), "x\n");
            files.add(listed(file));
            Files.delete(file);
        }
        List<String> lines = ChangedSinceListed.lines(files);
        assertThat(lines).hasSize(11);
        assertThat(lines.get(10)).isEqualTo("... and 2 more files changed since the window read them");
    }
}
