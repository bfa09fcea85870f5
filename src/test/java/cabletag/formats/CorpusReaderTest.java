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
        write("b.txt~", "an editor's backup");
        write("a.txt.~1~", "a copy an export kept");
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(folder));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("a.txt", "a/z.txt", "b.txt");
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void theSameCablesListAlikeInAnyOrderAndNamedTwiceOrThroughALink() throws IOException {
        write("corpus/b.txt", "b");
        write("corpus/a.txt", "a");
        write("corpus/a/z.txt", "z");
        Path corpus = folder.resolve("corpus");
        Path link = Files.createSymbolicLink(folder.resolve("link"), corpus);
        write("other.txt", "o"); // the link and the folder not all their folder holds: not that folder named
        CorpusReader reader = CorpusReader.standard();
        List<Path> once = reader.list(List.of(corpus)).files().stream().map(CorpusFile::path).toList();
        assertThat(once).extracting(p -> folder.relativize(p).toString()).containsExactly("corpus/a.txt", "corpus/a/z.txt", "corpus/b.txt");

        List<List<Path>> namings = List.of(
                List.of(corpus.resolve("b.txt"), corpus.resolve("a/z.txt"), corpus.resolve("a.txt")),
                List.of(corpus.resolve("a"), corpus.resolve("b.txt"), corpus.resolve("a.txt")),
                List.of(corpus.resolve("b.txt"), corpus, corpus.resolve("a.txt"), corpus));
        for (List<Path> naming : namings) {
            CorpusReader.Listing listing = reader.list(naming);
            assertThat(listing.files()).as(naming.toString()).extracting(CorpusFile::path).containsExactlyElementsOf(once);
            assertThat(listing.problems()).isEmpty();
        }
        CorpusReader.Listing twice = reader.list(List.of(corpus, corpus.resolve("b.txt"), corpus));
        assertThat(twice.files()).hasSize(3);
        assertThat(twice.repeated()).isEqualTo(4);
        // through a link the same three files are one corpus, listed at the link's place (it sorts first here)
        CorpusReader.Listing linked = reader.list(List.of(link, corpus));
        assertThat(linked.files()).extracting(CorpusFile::name).containsExactly("a.txt", "a/z.txt", "b.txt");
        assertThat(linked.repeated()).isEqualTo(3);
    }

    @Test
    void aFileWhoseNameIsNotInTheFileNameEncodingIsNamedAsSuchNotAsMissing() throws Exception {
        write("good.txt", "g");
        // bytes that are not UTF-8 in a name: made by the shell, since Java cannot name such a file
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'bad\\377name.txt')\"").directory(folder.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        CorpusReader.Listing listing = CorpusReader.standard().list(List.of(folder));
        assertThat(listing.files()).extracting(CorpusFile::name).containsExactly("good.txt");
        // in a UTF-8 locale the byte is decoded as U+FFFD; in an ASCII one the name is no path at all
        String reason = "UTF-8".equals(cabletag.formats.io.FileNameEncoding.encoding())
                ? "its name has bytes that are not valid in the file-name encoding UTF-8, so cabletag cannot open it by that name; rename the file"
                : "its name is not valid in the file-name encoding";
        assertThat(listing.problems()).singleElement().asString()
                .startsWith(folder + "/bad").contains("name.txt:1:1: error: cannot read file: " + reason)
                .doesNotContain("NoSuchFile");
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
        assertThat(binary.problems()).containsExactly(folder.resolve("image.png") + ":1:5: error: binary file (NUL byte at offset 4) skipped");
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

    /** A reader's fault on one file skips that file, named as cabletag's own fault: it does not end the reading of a corpus. */
    @Test
    void aReadersFaultOnOneFileIsNamedAndTheOthersAreRead() throws IOException {
        cabletag.formats.reader.FormatReader faulty = new cabletag.formats.reader.FormatReader() {
            @Override
            public String name() {
                return "faulty";
            }

            @Override
            public boolean accepts(Path file, byte[] head) {
                return file.getFileName().toString().equals("bad.txt");
            }

            @Override
            public List<cabletag.core.Document> read(Path file, String name) {
                throw new IllegalStateException("a reader's fault");
            }
        };
        List<cabletag.formats.reader.FormatReader> readers = new java.util.ArrayList<>(List.of(faulty));
        readers.addAll(FormatRegistry.readers());
        Files.writeString(folder.resolve("bad.txt"), "x");
        Files.writeString(folder.resolve("good.txt"), "[PER Rubaie  ] met");
        List<ReadOutcome> outcomes = new CorpusReader(readers).readAll(List.of(folder));
        assertThat(outcomes).filteredOn(o -> o.file().name().equals("bad.txt")).singleElement()
                .satisfies(o -> assertThat(o.problems()).containsExactly(folder.resolve("bad.txt") + ":1:1: error: cabletag could not"
                        + " read this file, a fault of its own reader (java.lang.IllegalStateException: a reader's fault); the file is"
                        + " skipped: please report it, with the file"));
        assertThat(outcomes).filteredOn(o -> o.file().name().equals("good.txt")).singleElement()
                .satisfies(o -> assertThat(o.documents()).hasSize(1));
    }

    /** A NUL in the sniffed head is named at its line and column, as an editor counts them, not at line 1. */
    @Test
    void aNulInTheHeadIsNamedAtItsLineAndColumn() throws IOException {
        Path file = folder.resolve("nul5.txt");
        Files.write(file, "line one\nline two\nline three\nline four\nfiv\u00e9 \u0000 here\n".getBytes(StandardCharsets.UTF_8));
        ReadOutcome outcome = CorpusReader.standard().read(new CorpusFile(file, file.getFileName().toString()));
        assertThat(outcome.problems()).containsExactly(file + ":5:6: error: binary file (NUL byte at offset 45) skipped");
        assertThat(cabletag.formats.reader.BytePlace.of(new byte[] {(byte) 0x89, 'P', 0}, 0, 2)).as("a byte that is no UTF-8 counts one").hasToString("1:3");
    }

    /** The first NUL byte of the first 8,192 is found wherever it is in its eight-byte word; one after is not. */
    @Test
    void theFirstNulByteIsFoundAtEveryPlaceOfTheSniffedHead() throws IOException {
        for (int at : new int[] {0, 1, 7, 8, 9, 15, 100, 8183, 8184, 8190, 8191, 8192, 9000}) {
            byte[] bytes = "x".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
            bytes[at] = 0;
            if (at + 3 < bytes.length) {
                bytes[at + 3] = 0; // a second one in the same word must not hide the first
            }
            Path file = folder.resolve("nul-" + at + ".txt");
            Files.write(file, bytes);
            ReadOutcome outcome = CorpusReader.standard().read(new CorpusFile(file, file.getFileName().toString()));
            if (at < 8192) {
                assertThat(outcome.problems()).as("NUL at %d", at)
                        .containsExactly(file + ":1:" + (at + 1) + ": error: binary file (NUL byte at offset " + at + ") skipped");
            } else {
                assertThat(outcome.skipped()).as("NUL at %d", at).isFalse();
                // past the sniffed head the cable reader finds it: named at its place, not carried into the text
                cabletag.core.Document cable = outcome.documents().get(0);
                assertThat(cable.diagnostics()).as("NUL at %d", at).singleElement().satisfies(nul -> {
                    assertThat(nul.format(cable.source().name())).startsWith("nul-" + at + ".txt:1:" + (at + 1)
                            + ": error: NUL character in the text").endsWith("[nul-byte]");
                    assertThat(nul.losesAnnotation()).isTrue();
                });
                assertThat(cable.text()).doesNotContain("\0");
            }
        }
    }

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsSkippedWithAHintToSaveItAsUtf8() throws IOException {
        String text = "[PER Rubaie  ] met officials\r\n";
        Files.write(folder.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(folder.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
        Files.write(folder.resolve("cyrillic.txt"), "Москва [LOC Ирак  ]".getBytes(StandardCharsets.UTF_16LE));
        // a Latin-1 letter among ASCII (é is E9 00) lost the hint (found from outside)
        Files.write(folder.resolve("latin.txt"), "[PER Jos\u00e9  ] met officials\n".getBytes(StandardCharsets.UTF_16LE));
        Files.write(folder.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        CorpusReader reader = CorpusReader.standard();
        List<String> problems = new java.util.ArrayList<>();
        for (CorpusFile file : reader.list(List.of(folder)).files()) {
            ReadOutcome outcome = reader.read(file);
            assertThat(outcome.skipped()).as(file.name()).isTrue();
            assertThat(reader.choose(file).problem()).as("the window's listing says the same").isEqualTo(outcome.problems().get(0));
            problems.addAll(outcome.problems());
        }
        assertThat(problems).containsExactly(
                folder + "/be.txt:1:1: error: binary file (NUL byte at offset 0) skipped; it looks like UTF-16 (big-endian) without"
                        + " a byte order mark: save it as UTF-8",
                folder + "/cyrillic.txt:1:14: error: binary file (NUL byte at offset 13) skipped", // not ASCII-range: no guess
                folder + "/image.png:3:1: error: binary file (NUL byte at offset 8) skipped", // after \r\n and \n: line 3
                folder + "/latin.txt:1:2: error: binary file (NUL byte at offset 1) skipped; it looks like UTF-16 (little-endian)"
                        + " without a byte order mark: save it as UTF-8",
                folder + "/le.txt:1:2: error: binary file (NUL byte at offset 1) skipped; it looks like UTF-16 (little-endian) without"
                        + " a byte order mark: save it as UTF-8");
    }

    @Test
    void theListingKeepsEachFilesSizeAndReadingTakesTheWholeFile() throws IOException {
        write("a.txt", "Rubaie met [PER Maliki ] in Baghdad.\n");
        write("b/c.txt", "x".repeat(20_000));
        List<CorpusFile> files = CorpusReader.standard().list(List.of(folder)).files();
        assertThat(files).extracting(CorpusFile::size).containsExactly(37L, 20_000L);
        assertThat(CorpusReader.standard().read(files.get(1)).documents().get(0).text()).hasSize(20_000);
    }

    /** The listing's size is only a hint: a file that grew, shrank or emptied since is still read whole. */
    @Test
    void aFileIsReadToItsEndWhateverSizeTheListingSaw() throws IOException {
        for (int size : new int[] {0, 1, 100, 8192, 65_535, 65_536, 65_537, 200_000}) {
            String text = "y".repeat(size);
            write("f.txt", text);
            Path file = folder.resolve("f.txt");
            for (long listed : new long[] {CorpusFile.UNKNOWN_SIZE, size, Math.max(0, size - 1), size + 1, 0, 70_000}) {
                ReadOutcome outcome = CorpusReader.standard().read(new CorpusFile(file, "f.txt", listed, 0L));
                assertThat(outcome.problems()).isEmpty();
                assertThat(outcome.documents().get(0).text()).as("size %d listed %d", size, listed).isEqualTo(text);
            }
        }
    }
}
