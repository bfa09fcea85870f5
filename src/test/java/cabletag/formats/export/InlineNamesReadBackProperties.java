package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * An inline export read back gives every cable the id the jsonl export of the same inputs gives it, with the
 * same text and entities: testers found two {@code c.txt} beside a {@code c.html} renumbered on the next
 * reading ({@code c-2} and {@code c-3} swapped), because the inline names were unique as file names, extension
 * and all, while a cable's id is its name without it. Random cables of a few names that clash every way (in the
 * extension alone, under two inputs, with a natural {@code c-2}, in a subfolder), under one to three inputs, with
 * now and then a dataset whose documents' ids the cables' may be ({@code c}, {@code c-2}): in jsonl these take an
 * id a later cable asks for, and so in the inline folder. The order of the records read back follows the file
 * names and may differ; each id's record may not.
 */
class InlineNamesReadBackProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STEMS = {"c", "c-2", "c-3", "c.b", "d", "s/c", "s/c-2"};
    private static final String[] EXTENSIONS = {".txt", ".html"};

    @Property(tries = 80)
    void anInlineExportReadBackHasTheJsonlIdsOfItsInputs(@ForAll long seed) throws IOException {
        Path top = Files.createTempDirectory("cabletag-inline-names");
        try {
            Random random = new Random(seed);
            List<Path> inputs = new ArrayList<>();
            int folders = 1 + random.nextInt(3);
            int number = 0;
            for (int f = 0; f < folders; f++) {
                Path input = Files.createDirectories(top.resolve("in" + f));
                inputs.add(input);
                int cables = 1 + random.nextInt(5);
                for (int i = 0; i < cables; i++) {
                    String name = STEMS[random.nextInt(STEMS.length)] + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
                    if (!Files.exists(input.resolve(name))) {
                        writeCable(input.resolve(name), number++);
                    }
                }
                if (random.nextInt(3) == 0) {
                    // a dataset whose ids a cable's may be: the jsonl ids of the cables after it depend on them
                    StringBuilder lines = new StringBuilder();
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        lines.append("{\"id\":\"").append(STEMS[random.nextInt(4)]).append("\",\"text\":\"Line ").append(number++)
                                .append(" of a dataset\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"ORG\"}]}\n");
                    }
                    Files.writeString(input.resolve(random.nextBoolean() ? "c.jsonl" : "d.jsonl"), lines);
                }
            }
            assertSameIdsReadBack(top, inputs);
        } finally {
            delete(top);
        }
    }

    /** The testers' shape: {@code x/c.txt}, {@code x/c.html} and {@code y/c.txt}. */
    @Example
    void twoCablesOfOneNameBesideOneThatDiffersInTheExtension() throws IOException {
        Path top = Files.createTempDirectory("cabletag-inline-names");
        try {
            Path x = Files.createDirectories(top.resolve("x"));
            Path y = Files.createDirectories(top.resolve("y"));
            Files.createDirectories(top.resolve("z")); // x and y are not all of top: named so, they stay two inputs
            writeCable(x.resolve("c.txt"), 1);
            writeCable(y.resolve("c.txt"), 2);
            writeCable(x.resolve("c.html"), 3);

            Map<String, String> read = assertSameIdsReadBack(top, List.of(x, y));
            // the extension is kept: c.html stays a page, the c.txt files are named by their ids
            assertThat(read).containsOnlyKeys("c.html", "c-2.txt", "c-3.txt");
        } finally {
            delete(top);
        }
    }

    /** A natural {@code c-2.txt} beside two {@code c.txt}: the second {@code c.txt} is {@code c-3}, as in jsonl. */
    @Example
    void aNaturalSuffixBesideTwoCablesOfOneName() throws IOException {
        Path top = Files.createTempDirectory("cabletag-inline-names");
        try {
            Path x = Files.createDirectories(top.resolve("x"));
            Path y = Files.createDirectories(top.resolve("y"));
            Files.createDirectories(top.resolve("z")); // x and y are not all of top: named so, they stay two inputs
            writeCable(x.resolve("c.txt"), 1);
            writeCable(y.resolve("c.txt"), 2);
            writeCable(y.resolve("c-2.txt"), 3);

            assertThat(assertSameIdsReadBack(top, List.of(y, x))).containsOnlyKeys("c.txt", "c-2.txt", "c-3.txt");
        } finally {
            delete(top);
        }
    }

    /**
     * A dataset's document becomes {@code data/ID.txt} (its id read back is {@code data/ID}, as FORMATS.md says);
     * a cable beside it keeps the id jsonl gives it, also the cable {@code q.txt} whose id the dataset's {@code q}
     * took first in jsonl, and {@code notes} keeps its name beside the dataset {@code notes.jsonl}.
     */
    @Example
    void cablesBesideDatasetsKeepTheirJsonlIds() throws IOException {
        Path top = Files.createTempDirectory("cabletag-inline-names");
        try {
            Path in = Files.createDirectories(top.resolve("in"));
            Files.writeString(in.resolve("data.jsonl"), "{\"id\":\"q\",\"text\":\"Q Ali\",\"spans\":[{\"start\":2,\"end\":5,\"label\":\"PER\"}]}\n"
                    + "{\"id\":\"r\",\"text\":\"R\",\"spans\":[]}\n");
            Files.writeString(in.resolve("notes.jsonl"), "{\"id\":\"n\",\"text\":\"N\",\"spans\":[]}\n");
            writeCable(in.resolve("q.txt"), 1);
            writeCable(in.resolve("notes"), 2);
            writeCable(in.resolve("r.html"), 3);

            List<Document> originals = ExportTestSupport.read(in);
            Path inline = top.resolve("inline");
            ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), originals, inline);
            assertThat(summary.notWritten()).isZero();
            Map<String, String> originalsById = records(jsonl(top, "originals.jsonl", originals));
            Map<String, String> back = records(jsonl(top, "back.jsonl", ExportTestSupport.read(inline)));

            for (String cable : List.of("q-2", "notes", "r-2")) {
                assertThat(back).as(cable).containsEntry(cable, originalsById.get(cable));
            }
            assertThat(back).containsEntry("data/q", originalsById.get("q")).containsEntry("data/r", originalsById.get("r"))
                    .containsEntry("notes-2/n", originalsById.get("n")).hasSize(originalsById.size());
        } finally {
            delete(top);
        }
    }

    /**
     * Exports the inputs as jsonl, brat and inline, reads each folder back and exports that as jsonl: each cable's id
     * has the same record (text and spans); a dataset's document, read back as the cable {@code data/ID}, has its
     * record under that id. Returns the inline folder's files by name, with their text.
     */
    private static Map<String, String> assertSameIdsReadBack(Path top, List<Path> inputs) throws IOException {
        List<Document> originals = ExportTestSupport.read(inputs.toArray(Path[]::new));
        List<String[]> lines = lines(jsonl(top, "originals.jsonl", originals));
        Map<String, String> expected = new TreeMap<>();
        List<String> datasetRecords = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            if (NameClash.isCable(originals.get(i))) {
                expected.put(lines.get(i)[0], lines.get(i)[1]);
            } else {
                datasetRecords.add(lines.get(i)[1]);
            }
        }
        // brat names its files by the same ids, and reads back with them too
        for (ExportFormat format : List.of(ExportFormat.BRAT, ExportFormat.INLINE)) {
            Path folder = top.resolve(format.cliName());
            ExportSummary summary = ExportTestSupport.export(ExportOptions.of(format), originals, folder);
            assertThat(summary.notWritten()).isZero();
            Map<String, String> back = records(jsonl(top, format.cliName() + "-back.jsonl", ExportTestSupport.read(folder)));
            String context = format.cliName() + ": inputs " + listing(inputs) + ", files " + files(folder).keySet();
            assertThat(back).as(context).containsAllEntriesOf(expected).hasSize(originals.size());
            List<String> rest = new ArrayList<>(back.values());
            expected.values().forEach(rest::remove);
            assertThat(rest).as(context).containsExactlyInAnyOrderElementsOf(datasetRecords);
        }
        return files(top.resolve(ExportFormat.INLINE.cliName()));
    }

    private static Path jsonl(Path top, String name, List<Document> documents) throws IOException {
        Path file = top.resolve(name);
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), documents, file);
        return file;
    }

    /** Each line's id, with its text and spans (not meta: its source is the file's name, which may differ), in order. */
    private static List<String[]> lines(Path jsonl) throws IOException {
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode node = JSON.readTree(line);
            lines.add(new String[] {node.get("id").asText(), node.get("text").asText() + " " + node.get("spans")});
        }
        return lines;
    }

    /** The lines by id, which are unique. */
    private static Map<String, String> records(Path jsonl) throws IOException {
        Map<String, String> records = new TreeMap<>();
        for (String[] line : lines(jsonl)) {
            assertThat(records.put(line[0], line[1])).as("ids are unique").isNull();
        }
        return records;
    }

    /** A cable with a text and an entity of its own, so records cannot be taken for one another. */
    private static void writeCable(Path file, int number) throws IOException {
        Files.createDirectories(file.getParent());
        String body = "Cable " + number + " met [PER Ali" + number + "  ] .";
        Files.writeString(file, file.getFileName().toString().endsWith(".html") ? "<p>" + body + "</p>" : body);
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = folder.relativize(path).toString();
                if (Files.isRegularFile(path) && !name.equals(OutputStaging.FOLDER_MARKER)) {
                    files.put(name, Files.readString(path));
                }
            }
        }
        return files;
    }

    private static List<String> listing(List<Path> inputs) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path input : inputs) {
            for (String name : files(input).keySet()) {
                names.add(input.getFileName() + "/" + name);
            }
        }
        return names;
    }

    private static void delete(Path top) throws IOException {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
