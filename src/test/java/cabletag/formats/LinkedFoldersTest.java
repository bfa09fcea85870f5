package cabletag.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders reached through symbolic links are read; loops and dangling links are named, never skipped in silence. */
class LinkedFoldersTest {

    @TempDir
    Path dir;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aLinkedFolderAndALinkedFileAreReadInTheSortedOrderOfTheirNames() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path elsewhere = dir.resolve("elsewhere");
        write(elsewhere.resolve("deep/c.txt"), "[PER C  ]");
        write(elsewhere.resolve("b.txt"), "[LOC B  ]");
        write(corpus.resolve("a.txt"), "[ORG A  ]");
        write(corpus.resolve("z.txt"), "z");
        Files.createSymbolicLink(corpus.resolve("m-linked"), elsewhere);
        Files.createSymbolicLink(corpus.resolve("file-link.txt"), elsewhere.resolve("b.txt"));
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(corpus));
        assertThat(listing.problems()).isEmpty();
        assertThat(listing.files()).extracting(CorpusFile::name)
                .containsExactly("a.txt", "file-link.txt", "m-linked/deep/c.txt", "z.txt"); // b.txt once, at its first place
        assertThat(listing.repeated()).isEqualTo(1);
        assertThat(CorpusReader.standard().list(List.of(corpus)).files()).isEqualTo(listing.files());
    }

    @Test
    void aFolderNamedThroughALinkIsReadToo() throws IOException {
        write(dir.resolve("real/a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(link));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt");
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void aLinkBackToAnAncestorIsReportedOnceByNameAndDoesNotLoop() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus.resolve("sub/a.txt"), "a");
        Files.createSymbolicLink(corpus.resolve("sub/up"), Path.of("..")); // relative: named by where it leads
        Files.createSymbolicLink(corpus.resolve("also-sub"), corpus.resolve("sub")); // reaches sub/up a second way
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(corpus));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("also-sub/a.txt"); // one file, reached twice
        assertThat(listing.problems()).hasSize(1);
        assertThat(listing.problems().get(0)).matches(java.util.regex.Pattern.quote(corpus + "/") + "(also-)?sub/up:1:1: error: symbolic link back to the folder "
                + java.util.regex.Pattern.quote(corpus.toRealPath().toString()) + " that holds it; not followed \\(it would loop\\)");
    }

    @Test
    void aNamedLinkThatPointsNowhereOrLoopsIsSaidToBeOneNotMissing() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        Path one = dir.resolve("one");
        Files.createSymbolicLink(one, dir.resolve("two"));
        Files.createSymbolicLink(dir.resolve("two"), one);
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(dangling, one, dir.resolve("missing")));
        assertThat(listing.files()).isEmpty();
        assertThat(listing.problems()).containsExactly(
                dangling + ": a symbolic link to " + dir.resolve("nowhere") + ", which does not exist",
                dir.resolve("missing") + ": no such file or folder",
                one + ": a symbolic link that loops (one -> " + dir.resolve("two") + " -> " + one + ")");
    }

    @Test
    void aLinkNamedByABareNameLivesInTheWorkingFolder() throws IOException {
        // `cabletag check a` for a link `a` in the working folder: a bare name has no parent path, and its
        // folder was taken from that (an internal error, exit 3, in every command)
        Path bare = Path.of("no-such-link-" + System.nanoTime());
        assertThat(CorpusReader.realLocation(bare)).isEqualTo(Path.of("").toAbsolutePath().toRealPath().resolve(bare));
    }

    @Test
    void linksThatLoopInsideAFolderAreSaidToLoopNotToPointNowhere() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus.resolve("a.txt"), "[PER Rubaie  ]");
        Files.createSymbolicLink(corpus.resolve("ping"), Path.of("pong"));
        Files.createSymbolicLink(corpus.resolve("pong"), Path.of("ping"));
        Files.createSymbolicLink(corpus.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(corpus.resolve("via.txt"), Path.of("ping")); // leads into the loop
        Files.createSymbolicLink(corpus.resolve("chain.txt"), Path.of("gone.txt"));
        Files.createSymbolicLink(corpus.resolve("gone.txt"), Path.of("nowhere.txt"));
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(corpus));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt");
        assertThat(listing.problems()).containsExactly(
                corpus + "/chain.txt:1:1: error: symbolic link to gone.txt -> nowhere.txt, which does not exist; skipped",
                corpus + "/gone.txt:1:1: error: symbolic link to nowhere.txt, which does not exist; skipped",
                corpus + "/ping:1:1: error: symbolic link that loops (ping -> pong -> ping); skipped",
                corpus + "/pong:1:1: error: symbolic link that loops (pong -> ping -> pong); skipped",
                corpus + "/self:1:1: error: symbolic link that loops (self -> self); skipped",
                corpus + "/via.txt:1:1: error: symbolic link that loops (via.txt -> ping -> pong -> ping); skipped");
    }

    @Test
    void aLinkOutOfTheCorpusThatLeadsBackIntoItIsNamedAsTheCause() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("top/corpus"));
        write(corpus.resolve("a.txt"), "[PER Rubaie  ]");
        write(dir.resolve("top/t.txt"), "beside the corpus");
        Files.createSymbolicLink(corpus.resolve("parent"), Path.of(".."));
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(corpus));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt", "parent/t.txt");
        assertThat(listing.problems()).containsExactly(corpus + "/parent/corpus:1:1: error: the folder " + corpus.toRealPath()
                + " again: the symbolic link parent (to ..) leads back into it; not followed (it would loop)");
    }

    @Test
    void aDanglingLinkIsReportedByName() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus.resolve("a.txt"), "a");
        Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(corpus));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt");
        assertThat(listing.problems()).containsExactly(
                corpus.resolve("gone.txt") + ":1:1: error: symbolic link to " + dir.resolve("nowhere.txt") + ", which does not exist; skipped");
    }
}
