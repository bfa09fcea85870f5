package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.cli.CliTest.Result;
import cabletag.core.Span;
import cabletag.formats.ReadingRules;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generation 5 reads an HTML page's {@code <!DOCTYPE …>} as markup and keeps only the innermost of three tags on the
 * same words. Corrections a cabletag of generation 4 stored, counted over the text that began with the DOCTYPE, go back
 * on the same words for the commands and the window alike, and the window stores them anew under generation 5.
 */
class CorrectionsOfTheFourthReadingTest extends WithTemporaryStore {

    static final String CABLE = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html><body><p>[PER [ORG [LOC Rubaie  ]  ]  ]"
            + " met [LOC Tehran  ] officials</p></body></html>\n";
    /** What generation 4 read from it (cabletag 55b185d's export): the DOCTYPE as text, PER over the middle tag's text. */
    static final String FOURTH = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n[ORG Rubaie  ] met Tehran officials\n";
    static final String NOW = "\n[PER [ORG Rubaie  ]  ] met Tehran officials\n";

    @Test
    void correctionsOfTheFourthReadingGoBackOnTheSameWords() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("page.txt"), CABLE);
        StoredCorrectionFile stored = StoredCorrectionFile.made(dir.resolve("home"), corpus, NOW);
        // what the window of generation 4 stored: Tehran relabelled ORG, "officials" added as MISC
        ObjectMapper json = new ObjectMapper();
        ObjectNode file = (ObjectNode) json.readTree(stored.file().toFile());
        int tehran = FOURTH.indexOf("Tehran");
        int officials = FOURTH.indexOf("officials");
        file.put("readingGeneration", 4);
        file.set("removed", json.createArrayNode().add(span(json, tehran, "LOC", "Tehran")));
        ArrayNode added = json.createArrayNode().add(span(json, tehran, "ORG", "Tehran")).add(span(json, officials, "MISC", "officials"));
        file.set("added", added);
        json.writerWithDefaultPrettyPrinter().writeValue(stored.file().toFile(), file);

        List<String> expected = List.of("LOC 11-17 Rubaie", "ORG 28-34 Tehran", "MISC 35-44 officials");
        Result export = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("out.jsonl").toString(), corpus.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(CorrectionsOfAnEarlierReadingTest.exportedEntities(dir.resolve("out.jsonl"), NOW)).isEqualTo(expected);
        assertThat(export.err()).contains("page.txt: note: the corrections were saved when cabletag read this file's text"
                + " differently (" + ReadingRules.changedSince(4) + "); all 3 were found again and re-applied.");
        try (Workspace window = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            List<String> shown = new ArrayList<>();
            for (Span span : window.document(0).spans()) {
                shown.add(span.label() + " " + span.start() + "-" + span.end() + " " + window.document(0).textOf(span));
            }
            assertThat(shown).isEqualTo(expected);
        }
        assertThat(json.readTree(stored.file().toFile()).get("readingGeneration").asInt()).isEqualTo(ReadingRules.GENERATION);
        Result again = CliTest.run("export", "-f", "jsonl", "-o", dir.resolve("again.jsonl").toString(), corpus.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("note:");
        assertThat(CorrectionsOfAnEarlierReadingTest.exportedEntities(dir.resolve("again.jsonl"), NOW)).isEqualTo(expected);
    }

    private static JsonNode span(ObjectMapper json, int start, String label, String text) {
        return json.createObjectNode().put("start", start).put("end", start + text.length()).put("label", label).put("text", text);
    }
}
