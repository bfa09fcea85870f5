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
            workspace.relabel(0, Span.of(18, 23, "LOC"), Label.MISC);
        }
        Path stored;
        try (Stream<Path> files = Files.list(dir.resolve("home").resolve("store").resolve("cables"))) {
            stored = files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String json = Files.readString(stored, StandardCharsets.UTF_8);
        assertThat(json).contains("\"label\" : \"ORG\"").contains("\"label\" : \"MISC\"");
        // as an earlier cabletag, whose new-label dialog took O and B-LOC, left them
        Files.writeString(stored, json.replace("\"label\" : \"ORG\"", "\"label\" : \"O\"")
                .replace("\"label\" : \"MISC\"", "\"label\" : \"B-LOC\""), StandardCharsets.UTF_8);
    }

    @Test
    void theTokenFormatsNameTheCableAndWriteTheOthers() {
        for (String format : new String[] {"conll", "hf"}) {
            CliTest.Result result = CliTest.run("export", "-q", "-f", format, "-o", "-", dir.resolve("c").toString());
            assertThat(result.code()).as(format + ": " + result.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(result.out()).as(format).doesNotContain("B-O").contains("Omar");
            assertThat(result.err()).as(format).contains(cable + ": not written: its entity \"Rubaie\" (clean text line 1, column 9)"
                    + " is labelled O: O is the tag of a token outside every entity")
                    .contains("; and B-LOC (\"Basra\"); relabel it in the window, or leave the label out (--drop O,B-LOC) or rename"
                            + " it (--map O=NAME,B-LOC=NAME)");
        }
        // inline would write [O Rubaie  ], which reads back as text: said so, not as text that reads back otherwise
        CliTest.Result inline = CliTest.run("export", "-q", "-f", "inline", "-o", dir.resolve("inline").toString(), dir.resolve("c").toString());
        assertThat(inline.code()).as(inline.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(inline.err()).contains(cable + ": not written: its entity \"Rubaie\"").contains("--drop O,B-LOC");
        assertThat(dir.resolve("inline").resolve("b.txt")).exists();
    }

    @Test
    void checkSaysItBeforeAnyExport() {
        CliTest.Result check = CliTest.run("check", dir.resolve("c").toString());
        assertThat(check.code()).as(check.out()).isEqualTo(Cli.PROBLEMS);
        assertThat(check.out()).contains(cable + ": warning: conll, hf and inline exports leave this cable out: its entity \"Rubaie\""
                + " (clean text line 1, column 9) is labelled O").hasLineCount(1);
    }

    @Test
    void dropOrMapGetsPastIt() {
        CliTest.Result dropped = CliTest.run("export", "-q", "-f", "conll", "--drop", "O,B-LOC", "-o", "-", cable.toString());
        assertThat(dropped.code()).as(dropped.err()).isZero();
        assertThat(dropped.out()).contains("Rubaie _ _ O\n").contains("Basra _ _ O\n");
        CliTest.Result mapped = CliTest.run("export", "-q", "-f", "conll", "--map", "O=OTHER,B-LOC=PLACE", "-o", "-", cable.toString());
        assertThat(mapped.code()).as(mapped.err()).isZero();
        assertThat(mapped.out()).contains("Rubaie _ _ B-OTHER\n").contains("Basra _ _ B-PLACE\n");
        CliTest.Result half = CliTest.run("export", "-q", "-f", "conll", "--drop", "O", "-o", "-", cable.toString());
        assertThat(half.err()).as("the label left").contains("is labelled B-LOC").contains("--drop B-LOC");
        CliTest.run("export", "-f", "conll", "--map", "O=B-PER", "-o", dir.resolve("o.conll").toString(), cable.toString())
                .assertBadUse("'B-PER' is not a label name: B-PER reads as a tag");
    }

    @Test
    void theSpanFormatsCarryTheStoredLabel() {
        CliTest.Result result = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", cable.toString());
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"start\":8,\"end\":14,\"label\":\"O\"").contains("\"start\":18,\"end\":23,\"label\":\"B-LOC\"");
    }

    @Test
    void noEditGivesSuchALabelToMore() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(cable), StoreLocation.defaultLocation(), null)) {
            Span stored = workspace.document(0).spans().stream().filter(span -> span.label().name().equals("O")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> workspace.add(0, 0, 3, Label.of("O")))
                    .isInstanceOf(cabletag.workspace.EditRejectedException.class)
                    .hasMessageStartingWith("Not done: O is the tag of a token outside every entity");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> workspace.relabel(0, Span.of(0, 3, "PER"), Label.of("B-LOC")))
                    .isInstanceOf(cabletag.workspace.EditRejectedException.class).hasMessageContaining("B-LOC reads as a tag");
            workspace.relabel(0, stored, Label.PER); // what the analyst is told to do: it is given another label
            assertThat(workspace.document(0).spans()).contains(stored.withLabel(Label.PER));
        }
    }
}
