package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A folder named, or every entry of it named one by one (what a shell's {@code corpus/*} gives, in any order),
 * is one corpus: the same ids, {@code meta.source}, file names of brat and inline, order, split parts and clash
 * notes in every format, and the same lines of {@code stats}, {@code check} and {@code report}. Entries once were
 * inputs of their own, so a cable of the subfolder {@code sub dir} was named {@code page one.txt} under it, not
 * {@code sub dir/page one.txt}: its id, its file names and its split part changed, its id met the {@code page one}
 * of the folder itself, and a dataset's documents of the subfolder changed parts with their ids unchanged (a
 * part is dealt by the name under the input and the id); and an empty subfolder named on its own was an input
 * that gave nothing, which stopped every command.
 */
class FolderOrItsEntriesTest extends WithTemporaryStore {

    private static final List<String> FORMATS = List.of("jsonl", "conll", "hf", "doccano", "brat", "inline");

    private Path corpus;

    @BeforeEach
    void aFolderOfFilesAndASubfolderWithSpacesInTheirNames() throws IOException {
        corpus = Files.createDirectories(dir.resolve("c 3"));
        Files.writeString(corpus.resolve("page one.txt"), "Met [PER Rubaie  ] in [LOC Tehran  ] .\n");
        Files.writeString(corpus.resolve("x1.txt"), "The [ORG GOI  ] met [PER Hakim  ] .\n");
        Files.writeString(corpus.resolve("x2.html"), "<p>Saw [LOC Basra  ] and [LOC Najaf  ] .</p>\n");
        Files.writeString(corpus.resolve("data.jsonl"),
                "{\"id\":\"q1\",\"text\":\"Zebari spoke\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"q2\",\"text\":\"Allawi left Amman\",\"spans\":[{\"start\":12,\"end\":17,\"label\":\"LOC\"}]}\n");
        Files.writeString(corpus.resolve(".notes.txt"), "hidden: the walk leaves it out\n");
        Files.createDirectories(corpus.resolve("empty one")); // named alone, an input that gives nothing; in the folder, nothing
        Path sub = Files.createDirectories(corpus.resolve("sub dir"));
        Files.writeString(sub.resolve("page one.txt"), "The [ORG MOI  ] said so .\n");
        Files.writeString(sub.resolve("page two.txt"), "Met [PER Maliki  ] in [LOC Baghdad  ] .\n");
        Files.writeString(sub.resolve("x1.html"), "<p>[PER Sadr  ] spoke .</p>\n");
        Files.writeString(sub.resolve("x1.txt"), "Met [PER Talabani  in [LOC Erbil  ] .\n"); // an unclosed tag: lines for check
        Files.writeString(sub.resolve("tokens.jsonl"),
                "{\"id\":\"x1\",\"text\":\"Hashimi met Abdul Mahdi\",\"spans\":[{\"start\":0,\"end\":7,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"tokens-1\",\"text\":\"Kirkuk is north\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"LOC\"}]}\n"
                        + "{\"id\":\"x2\",\"text\":\"Mosul and Tikrit\",\"spans\":[{\"start\":10,\"end\":16,\"label\":\"LOC\"}]}\n");
        Path deep = Files.createDirectories(sub.resolve("deep one"));
        Files.writeString(deep.resolve("p 3.txt"), "Saw [LOC Ramadi  ] today .\n");
        Files.writeString(deep.resolve("p 4.txt"), "Saw [LOC Falluja  ] today .\n");
        for (int i = 5; i <= 9; i++) {
            Files.writeString(sub.resolve("cable " + i + ".txt"), "Cable " + i + " names [PER Person" + i + "  ] .\n");
        }
    }

    /** The entries the folder walk takes, one by one, as a shell's {@code corpus/*} names them. */
    private List<String> entries() throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> listing = Files.list(corpus)) {
            listing.filter(entry -> !entry.getFileName().toString().startsWith(".")).forEach(entry -> entries.add(entry.toString()));
        }
        Collections.sort(entries);
        return entries;
    }

    private List<List<String>> namings() throws IOException {
        List<String> sorted = entries();
        List<String> reversed = new ArrayList<>(sorted);
        Collections.reverse(reversed);
        List<String> subEntriesToo = new ArrayList<>(reversed);
        subEntriesToo.remove(corpus.resolve("sub dir").toString());
        try (Stream<Path> listing = Files.list(corpus.resolve("sub dir"))) {
            listing.forEach(entry -> subEntriesToo.add(entry.toString()));
        }
        return List.of(List.of(corpus.toString()), sorted, reversed, subEntriesToo);
    }

    @Test
    void everyFormatAndEverySplitOfTheEntriesIsThatOfTheFolder() throws IOException {
        List<List<String>> namings = namings();
        for (String format : FORMATS) {
            for (List<String> split : List.of(List.<String>of(), List.of("--split", "50/25/25"))) {
                Map<String, String> first = null;
                for (int n = 0; n < namings.size(); n++) {
                    Map<String, String> written = export(format, split, format + split.size() + "-" + n, namings.get(n));
                    assertThat(written).as("the %s export of %s", format, namings.get(n)).hasSizeGreaterThan(2);
                    if (first == null) {
                        first = written;
                        String names = format.equals("jsonl") ? String.join("", written.values()) : String.join("|", written.keySet());
                        assertThat(format.equals("jsonl") || format.equals("brat") || format.equals("inline") ? names : "sub dir/page one sub dir/deep one/p 3").as("the subfolder's cables named under the folder")
                                .contains("sub dir/page one").contains("sub dir/deep one/p 3");
                    } else {
                        assertThat(written).as("the %s export%s of %s is that of the folder, byte for byte", format,
                                split.isEmpty() ? "" : " split", namings.get(n)).isEqualTo(first);
                    }
                }
            }
        }
    }

    @Test
    void theSplitPartsOfTheEntriesAreThoseOfTheFolder() throws IOException {
        List<List<String>> namings = namings();
        Map<String, String> folder = parts(namings.get(0));
        assertThat(folder).as("every cable and document dealt").hasSize(19)
                .containsKeys("sub dir/page one", "x1", "x2", "tokens-1", "sub dir/deep one/p 3");
        assertThat(folder.values()).as("all three parts used").contains("train", "dev", "test");
        for (List<String> naming : namings.subList(1, namings.size())) {
            assertThat(parts(naming)).as("the parts of %s", naming).isEqualTo(folder);
        }
    }

    @Test
    void statsCheckAndReportSayTheSameOfTheEntriesAsOfTheFolder() throws IOException {
        List<List<String>> namings = namings();
        for (List<String> command : List.of(List.of("stats"), List.of("stats", "--json"), List.of("check"),
                List.of("check", "--notes"), List.of("report", "--json"))) {
            CliTest.Result folder = run(command, namings.get(0));
            assertThat(folder.out() + folder.err()).as("%s of the folder", command).isNotBlank();
            for (List<String> naming : namings.subList(1, namings.size())) {
                CliTest.Result entries = run(command, naming);
                assertThat(entries.code()).as("%s exits as for the folder: %s", command, entries.err()).isEqualTo(folder.code());
                assertThat(entries.out()).as("%s of %s", command, naming).isEqualTo(folder.out());
                assertThat(entries.err()).as("%s of %s", command, naming).isEqualTo(folder.err());
            }
        }
    }

    private static CliTest.Result run(List<String> command, List<String> inputs) {
        List<String> args = new ArrayList<>(command);
        args.addAll(inputs);
        return CliTest.run(args.toArray(String[]::new));
    }

    /** Each document's id and the part a split put it in, from a jsonl split of {@code inputs}. */
    private Map<String, String> parts(List<String> inputs) throws IOException {
        Map<String, String> written = export("jsonl", List.of("--split", "50/25/25"), "parts-" + inputs.size() + "-" + inputs.hashCode(), inputs);
        Map<String, String> parts = new TreeMap<>();
        for (Map.Entry<String, String> file : written.entrySet()) {
            if (file.getKey().startsWith(" ")) {
                continue; // the exit code and standard error
            }
            String part = file.getKey().split("\\.")[1];
            for (String line : new String(file.getValue().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asText();
                    assertThat(parts.put(id, part)).as("%s dealt once", id).isNull();
                }
            }
        }
        return parts;
    }

    /**
     * Exports {@code inputs} into a new folder {@code out} under {@code dir}: every file written, by its name in
     * that folder, its bytes as Latin-1 (equal strings are equal bytes); the exit code and the lines on standard
     * error (the folder's path made {@code OUT}) as two more entries.
     */
    private Map<String, String> export(String format, List<String> split, String out, List<String> inputs) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("out").resolve(out));
        Path target = folder.resolve(format.equals("brat") || format.equals("inline") ? format : "data." + format);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", format, "-o", target.toString()));
        args.addAll(split);
        args.addAll(inputs);
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isRegularFile(path)) {
                    files.put(folder.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                }
            }
        }
        files.put(" exit", Integer.toString(result.code()));
        files.put(" err", result.err().replace(folder.toString(), "OUT"));
        return files;
    }
}
