package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path folder;

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void folderIsReadRecursivelyInAStableOrderByRelativePath() throws IOException {
        write("b.txt", "[PER B  ]");
        write("a/z.txt", "z");
        write("a.txt", "a");
        write(".hidden/x.txt", "x");
        write(".DS_Store", "x");
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(folder));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt", "a/z.txt", "b.txt");
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void binaryFilesAreReportedWithTheirPlaceAndSkipped() throws IOException {
        write("cable.txt", "[LOC Iraq  ]");
        Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(folder));
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).documents().get(0).spans()).hasSize(1);
        ReadOutcome binary = outcomes.get(1);
        assertThat(binary.skipped()).isTrue();
        assertThat(binary.problems()).containsExactly("image.png:1:5: error: binary file (NUL byte at offset 4) skipped");
    }

    @Test
    void missingInputsAreReportedAndTheRestStillOpens() throws IOException {
        write("cable.txt", "x");
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(folder.resolve("nope"), folder.resolve("cable.txt")));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("cable.txt");
        assertThat(listing.problems()).singleElement().asString().endsWith("nope: no such file or folder");
    }

    @Test
    void theSeedsFolderOpensAsACorpusOfTwoCables() {
        List<ReadOutcome> outcomes = CorpusReader.standard()
                .readAll(List.of(Path.of(System.getProperty("cabletag.seeds", "seeds"))));
        assertThat(outcomes).extracting(o -> o.file().name())
                .containsExactly("000_cb2ef8ccb40cf302.txt", "004_139b5bbd77eb63a8.txt");
        assertThat(outcomes).allSatisfy(o -> assertThat(o.problems()).isEmpty());
    }
}
