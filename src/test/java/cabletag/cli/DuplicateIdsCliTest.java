package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two documents of one jsonl file with one id: the correction of the second, made in the window, is exported on
 * it alone, with no false problem about the first; the export writes the id the window and the store use, and
 * {@code check} names the duplicate id with its line, a warning that loses nothing.
 */
class DuplicateIdsCliTest extends WithTemporaryStore {

    private Path corpus;

    @BeforeEach
    void relabelTheSecondDocumentInTheWindow() throws IOException {
        corpus = Files.createDirectories(dir.resolve("c6"));
        Files.writeString(corpus.resolve("dup.jsonl"),
                "{\"id\":\"d1\",\"text\":\"Ali went to Basra today\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n"
                        + "{\"id\":\"d1\",\"text\":\"Omar flew from Mosul\",\"spans\":[{\"start\":0,\"end\":4,\"label\":\"PER\"}]}\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            workspace.relabel(1, Span.of(0, 4, "PER"), Label.LOC);
        }
    }

    @Test
    void theExportCarriesTheSecondDocumentsCorrectionAndSaysNothingFalseOfTheFirst() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", out.toString(), corpus.toString());

        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).doesNotContain("re-appl").doesNotContain("error");
        List<String> documents = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out)) {
            JsonNode document = json.readTree(line);
            JsonNode span = document.get("spans").get(0);
            documents.add(document.get("id").asText() + " " + document.get("text").asText() + " " + span.get("label").asText()
                    + " " + span.get("start").asInt() + "-" + span.get("end").asInt());
        }
        assertThat(documents).containsExactly("d1 Ali went to Basra today PER 0-3", "d1-2 Omar flew from Mosul LOC 0-4");
    }

    @Test
    void checkNamesTheDuplicateIdWithItsLineAsAWarningThatLosesNothing() {
        Result check = CliTest.run("check", corpus.toString());
        Result stats = CliTest.run("stats", corpus.toString());

        // check lists it and exits 1, as for every warning (a long id); stats and export, which lose nothing, exit 0
        assertThat(check.out().lines().toList()).containsExactly(corpus.resolve("dup.jsonl")
                + ":2:1: warning: id d1 is the id of line 1 too; this document is d1-2 here [duplicate-id]");
        assertThat(check.code()).isEqualTo(1);
        assertThat(stats.code()).as(stats.err()).isZero();
    }
}
