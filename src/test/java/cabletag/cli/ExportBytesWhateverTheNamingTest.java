package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promise of CLI.md: however the same cables are named, the export is the same bytes. Lines about a file
 * name it as the user named it ({@code corpus/a.txt}, {@code /data/corpus/a.txt}), but nothing an export
 * writes does: jsonl's {@code meta.source} once was the file as named, so {@code export corpus} and
 * {@code export /data/corpus} wrote different datasets, and the absolute path of the analyst's machine went
 * into data meant to be shared. Here the same folder is named relatively, as {@code ./…}, with a trailing
 * {@code /}, absolutely and with a {@code ..} in it, and two folders in both orders and mixed namings; every
 * jsonl, conll and brat export (and a split's parts) must be the first one's bytes, and none may hold the
 * path of the folder.
 */
class ExportBytesWhateverTheNamingTest extends WithTemporaryStore {

    private static final List<String> FORMATS = List.of("jsonl", "conll", "brat");

    private Path corpus;
    private Path x;
    private Path y;

    @BeforeEach
    void cablesInAFolderAndASubfolderAndTwoFoldersOfOneName() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Met [PER Rubaie  ] in [LOC Tehran  ] .\n");
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/b.txt"), "The [ORG GOI  ] said so .\n");
        Files.writeString(corpus.resolve("d.jsonl"), "{\"id\":\"q\",\"text\":\"Zebari spoke\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n");
        x = Files.createDirectories(dir.resolve("pair/x"));
        y = Files.createDirectories(dir.resolve("pair/y"));
        Files.writeString(x.resolve("c.txt"), "Met [PER Rubaie  ] in [LOC Tehran  ] .\n");
        Files.writeString(y.resolve("c.txt"), "Saw [ORG GOI  ] in [LOC Baghdad  ] .\n");
    }

    /** The folder named from the working folder, as {@code corpus} is named by whoever stands beside it. */
    private static String relative(Path folder) {
        return Path.of("").toAbsolutePath().relativize(folder).toString();
    }

    @Test
    void oneFolderNamedInEveryWayExportsTheSameBytes() throws IOException {
        List<List<String>> namings = List.of(
                List.of(relative(corpus)),
                List.of("./" + relative(corpus)),
                List.of(relative(corpus) + "/"),
                List.of(corpus.toString()),
                List.of(corpus + "/"),
                List.of(corpus.resolve("sub/../../corpus").toString()));
        assertSameBytesForEveryNaming(namings);
    }

    @Test
    void twoFoldersInEitherOrderAndNamedAnyWayExportTheSameBytes() throws IOException {
        List<List<String>> namings = List.of(
                List.of(relative(x), relative(y)),
                List.of(relative(y), relative(x)),
                List.of(x.toString(), y.toString()),
                List.of(y + "/", "./" + relative(x)));
        assertSameBytesForEveryNaming(namings);
    }

    private void assertSameBytesForEveryNaming(List<List<String>> namings) throws IOException {
        for (String format : FORMATS) {
            for (List<String> split : List.of(List.<String>of(), List.of("--split", "50/25/25"))) {
                Map<String, String> first = null;
                for (int n = 0; n < namings.size(); n++) {
                    Map<String, String> written = export(format, split, format + split.size() + "-" + n, namings.get(n));
                    assertThat(written).as("the %s export of %s", format, namings.get(n)).isNotEmpty();
                    assertThat(String.join("", written.values())).as("the %s export of %s holds no path of the machine", format, namings.get(n))
                            .doesNotContain(dir.toString()).doesNotContain(dir.toRealPath().toString()).doesNotContain("corpus/");
                    if (first == null) {
                        first = written;
                    } else {
                        assertThat(written).as("the %s export%s of %s is that of %s, byte for byte", format,
                                split.isEmpty() ? "" : " split", namings.get(n), namings.get(0)).isEqualTo(first);
                    }
                }
            }
        }
    }

    /**
     * Exports {@code inputs} into a folder of its own, {@code out} under {@code dir}: every file written, by its
     * name in that folder, its bytes as Latin-1 (one char a byte, so equal strings are equal bytes).
     */
    private Map<String, String> export(String format, List<String> split, String out, List<String> inputs) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out").resolve(out));
        Path target = folder.resolve(format.equals("brat") ? "brat" : "data." + format);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", format, "-o", target.toString()));
        args.addAll(split);
        args.addAll(inputs);
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isEqualTo(Cli.OK);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    files.put(folder.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return files;
    }
}
