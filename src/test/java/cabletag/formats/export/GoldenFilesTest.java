package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.formats.tokens.TagScheme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format written from the seeds is compared byte for byte with the files under
 * {@code src/test/resources/golden/}. Those were generated once from this exporter after their content
 * was checked by eye and by {@link ExportFormatsTest}'s independent parsers. After a deliberate format
 * change, regenerate with {@code -Dcabletag.golden.update=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path out;

    /** Golden case name → options; file formats write {@code seeds.EXT}, folder formats a folder. */
    private static ExportOptions options(String name) {
        switch (name) {
            case "jsonl": return ExportOptions.of(ExportFormat.JSONL);
            case "conll-iob2": return ExportOptions.of(ExportFormat.CONLL);
            case "conll-bioes": return ExportOptions.of(ExportFormat.CONLL).withScheme(TagScheme.BIOES);
            case "hf": return ExportOptions.of(ExportFormat.HF);
            case "doccano": return ExportOptions.of(ExportFormat.DOCCANO);
            case "brat": return ExportOptions.of(ExportFormat.BRAT);
            default: throw new IllegalArgumentException(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "conll-iob2", "conll-bioes", "hf", "doccano", "brat"})
    void exportMatchesTheGoldenFiles(String name) throws IOException {
        ExportOptions options = options(name);
        Path target = options.format().writesFolder() ? out.resolve("seeds")
                : out.resolve("seeds" + options.format().extension());
        ExportTestSupport.export(options, ExportTestSupport.seedDocuments(), target);
        Map<String, byte[]> actual = files(out);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("cabletag.golden.update")) {
            Files.createDirectories(golden);
            for (Map.Entry<String, byte[]> file : actual.entrySet()) {
                Path destination = golden.resolve(file.getKey());
                Files.createDirectories(destination.getParent());
                Files.write(destination, file.getValue());
            }
        }
        Map<String, byte[]> expected = files(golden);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String file : expected.keySet()) {
            assertThat(new String(actual.get(file), StandardCharsets.UTF_8)).as(file)
                    .isEqualTo(new String(expected.get(file), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(cabletag.formats.io.OutputSet.LOCK_FILE))::iterator) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
