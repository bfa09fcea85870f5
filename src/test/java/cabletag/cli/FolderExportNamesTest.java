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
    // inline's .cabletag-export-2/ was a hidden folder, left out when the export is read back: its . is written _
    @CsvSource({"brat, annotation.conf, annotation.conf-2", "inline, .cabletag-export, _cabletag-export"})
    void aDatasetNamedAfterTheExportsOwnFileDoesNotTakeItsName(String format, String ownFile, String folder) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path dataset = Files.writeString(in.resolve(ownFile + ".jsonl"), DATASET);

        Map<String, String> written = export(format, "out", dataset);
        assertThat(written.keySet()).noneMatch(name -> name.startsWith(ownFile + "/"))
                .anyMatch(name -> name.startsWith(folder + "/q."));
        assertThat(written.values()).filteredOn(text -> text.equals("Q") || text.equals("R")).hasSize(2);
    }

    /**
     * As testers ran it: {@code x/c.txt}, {@code x/c.html} and {@code y/c.txt} exported inline were named
     * {@code c.html}, {@code c.txt} and {@code c-2.txt}, so the folder read back gave "A" the id c-3 and "B" c-2,
     * the other way round from the jsonl export of the same inputs. Now each comes back with its jsonl id.
     */
    @org.junit.jupiter.api.Test
    void anInlineExportReadBackGivesEachCableItsJsonlId() throws IOException {
        Path x = Files.createDirectories(dir.resolve("dup/x"));
        Path y = Files.createDirectories(dir.resolve("dup/y"));
        Files.writeString(x.resolve("c.txt"), "A [PER Ali  ]");
        Files.writeString(y.resolve("c.txt"), "B [LOC Bag  ]");
        Files.writeString(x.resolve("c.html"), "<p>C [ORG UN  ]</p>");
        Files.createDirectories(dir.resolve("dup/z")); // x and y not all dup holds: two inputs, not dup

        for (String[] run : List.of(new String[] {"inline", "inl"}, new String[] {"jsonl", "original.jsonl"})) {
            CliTest.Result export = CliTest.run("export", "-q", "-f", run[0], "-o", dir.resolve(run[1]).toString(), x.toString(), y.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(export.err().lines()).as("the notes of the two clashes").hasSize(2);
        }
        assertThat(tree(dir.resolve("inl"))).containsOnlyKeys("c.html", "c-2.txt", "c-3.txt", ".cabletag-export");
        export("jsonl", "back.jsonl", dir.resolve("inl")); // no clash: each name is an id of its own
        Map<String, String> original = byId(Files.readString(dir.resolve("original.jsonl")));
        Map<String, String> readBack = byId(Files.readString(dir.resolve("back.jsonl")));
        assertThat(original).containsOnlyKeys("c", "c-2", "c-3");
        assertThat(readBack).isEqualTo(original);
    }

    /** Each line of a jsonl export by its id, without its meta (whose source is the file's name). */
    private static Map<String, String> byId(String jsonl) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : jsonl.lines().toList()) {
            com.fasterxml.jackson.databind.node.ObjectNode node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
            node.remove("meta");
            lines.put(node.get("id").asText(), node.toString());
        }
        return lines;
    }
}
