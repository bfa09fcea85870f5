package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A correction stored before labels that are tags were refused ({@code O}, {@code B-PER}) keeps its label: the
 * store is the analyst's work. The token formats cannot write it (it would be the tag {@code B-O}, which every
 * reader takes for an entity of type O), so such a cable is not written and named, with the entity and the
 * options that get past it: {@code --drop O} and {@code --map O=NAME} may name a label as stored.
 */
class StoredTagLabelsTest extends WithTemporaryStore {

    private Path cable;

    @BeforeEach
    void storeACorrectionLabelledO() throws IOException {
        cable = Files.writeString(Files.createDirectories(dir.resolve("c")).resolve("a.txt"),
                "Ali met [PER Rubaie  ] in [LOC Basra  ] .\n");
        Files.writeString(dir.resolve("c").resolve("b.txt"), "[PER Omar  ] stayed .\n");
        try (Workspace workspace = Workspace.open(List.of(cable), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(0, Span.of(8, 14, "PER"), Label.ORG);
        }
        Path stored;
        try (Stream<Path> files = Files.list(dir.resolve("home").resolve("store").resolve("cables"))) {
            stored = files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String json = Files.readString(stored, StandardCharsets.UTF_8);
        assertThat(json).contains("\"label\" : \"ORG\"");
        // as an earlier cabletag, whose new-label dialog took O, left it
        Files.writeString(stored, json.replace("\"label\" : \"ORG\"", "\"label\" : \"O\""), StandardCharsets.UTF_8);
    }

    @Test
    void theTokenFormatsNameTheCableAndWriteTheOthers() {
        for (String format : new String[] {"conll", "hf"}) {
            CliTest.Result result = CliTest.run("export", "-q", "-f", format, "-o", "-", dir.resolve("c").toString());
            assertThat(result.code()).as(format + ": " + result.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(result.out()).as(format).doesNotContain("B-O").contains("Omar");
            assertThat(result.err()).as(format).contains(cable + ": not written: its entity \"Rubaie\" (clean text line 1, column 9)"
                    + " is labelled O: O is the tag of a token outside every entity").contains("--drop O").contains("--map O=NAME");
        }
    }

    @Test
    void dropOrMapGetsPastIt() {
        CliTest.Result dropped = CliTest.run("export", "-q", "-f", "conll", "--drop", "O", "-o", "-", cable.toString());
        assertThat(dropped.code()).as(dropped.err()).isZero();
        assertThat(dropped.out()).contains("Rubaie _ _ O\n").contains("Basra _ _ B-LOC\n");
        CliTest.Result mapped = CliTest.run("export", "-q", "-f", "conll", "--map", "O=OTHER", "-o", "-", cable.toString());
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("Rubaie _ _ B-OTHER\n");
        CliTest.run("export", "-f", "conll", "--map", "O=B-PER", "-o", dir.resolve("o.conll").toString(), cable.toString())
                .assertBadUse("'B-PER' is not a label name: B-PER reads as a tag");
    }

    @Test
    void theSpanFormatsCarryTheStoredLabel() {
        CliTest.Result result = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", cable.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"start\":8,\"end\":14,\"label\":\"O\"");
    }
}
