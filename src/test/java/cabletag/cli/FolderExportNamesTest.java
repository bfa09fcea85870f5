package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A folder export (brat, inline) gives every document a name of its own, also when a cable's file would need
 * the name of a dataset's folder ({@code notes} beside {@code notes.jsonl}, whose documents go to
 * {@code notes/}); the one that comes second gets a suffix, the same whatever order the inputs are named in.
 */
class FolderExportNamesTest extends WithTemporaryStore {

    private static final String DATASET = "{\"id\":\"q\",\"text\":\"Q\",\"spans\":[]}\n{\"id\":\"r\",\"text\":\"R\",\"spans\":[]}\n";

    /** Every file under the folder, by its relative name, with its content. */
    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    files.put(folder.relativize(path).toString(), Files.readString(path));
                }
            }
        }
        return files;
    }

    private Map<String, String> export(String format, String out, Path... inputs) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("export", "-q", "-f", format, "-o", dir.resolve(out).toString()));
        for (Path input : inputs) {
            args.add(input.toString());
        }
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return tree(dir.resolve(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes", "a.txt"})
    void aCableAndTheFolderOfADatasetNamedAfterItBothGetANameInline(String cable) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(cable), "Zed\n");
        Files.writeString(in.resolve(cable + ".jsonl"), DATASET);

        Map<String, String> written = export("inline", "out", in);
        // the cable keeps its name; the dataset's documents go together into the folder with the suffix
        assertThat(written).containsEntry(cable, "Zed\n")
                .containsEntry(cable + "-2/q.txt", "Q").containsEntry(cable + "-2/r.txt", "R");
        // named the other way round, one by one: the same names
        assertThat(export("inline", "out2", in.resolve(cable + ".jsonl"), in.resolve(cable))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes", "a.txt"})
    void aCableAndTheFolderOfADatasetNamedAfterItBothGetANameInBrat(String cable) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(cable), "Zed\n");
        Files.writeString(in.resolve(cable + ".jsonl"), DATASET);

        Map<String, String> written = export("brat", "outb", in);
        assertThat(written.keySet()).hasSize(7); // annotation.conf and a .txt and an .ann for each of the three
        assertThat(written.values().stream().filter(text -> text.equals("Zed\n") || text.equals("Q") || text.equals("R")))
                .hasSize(3);
        assertThat(export("brat", "outb2", in.resolve(cable + ".jsonl"), in.resolve(cable))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"brat, annotation.conf", "inline, .cabletag-export"})
    void aDatasetNamedAfterTheExportsOwnFileDoesNotTakeItsName(String format, String ownFile) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path dataset = Files.writeString(in.resolve(ownFile + ".jsonl"), DATASET);

        Map<String, String> written = export(format, "out", dataset);
        assertThat(written.keySet()).noneMatch(name -> name.startsWith(ownFile + "/"))
                .anyMatch(name -> name.startsWith(ownFile + "-2/q."));
        assertThat(written.values()).filteredOn(text -> text.equals("Q") || text.equals("R")).hasSize(2);
    }
}
