package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --consistency} names a place in a dataset file where it is in the file, as {@code check} names the
 * problems of its lines: a jsonl document's line (column 1, as an entity's problem is named), a CoNLL token's line
 * and column; never the line and column of the document's text, which point at another line of the file or at a
 * blank one. In {@code --json} each place says which document of the file its {@code start} and {@code end}
 * count in, by the id an export gives it, as {@code suggest --json} does; and the lines are the same when the
 * index is reopened unread.
 */
class ConsistencyDatasetPlacesTest extends WithTemporaryStore {

    @Test
    void placesInDatasetsNameTheFilesLinesAndTheirDocuments() throws Exception {
        Path x = dir.resolve("x.jsonl");
        Files.writeString(x, """
                {"id":"a","text":"Rubaie met Maliki.","spans":[{"start":0,"end":6,"label":"PER"}]}

                {"id":"c","text":"Then Rubaie and Rubaie left.","spans":[{"start":5,"end":11,"label":"LOC"}]}
                """);
        Path y = dir.resolve("y.conll");
        Files.writeString(y, "-DOCSTART- O\n\nHakim B-PER\nmet O\n\nBaghdad B-LOC\n.\tO\n\n\n  Then O\nHakim B-LOC\n");

        for (int run = 0; run < 2; run++) { // built, then reopened from the saved index
            CliTest.Result text = CliTest.run("check", "--consistency", x.toString(), y.toString());
            assertThat(text.code()).as(text.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(text.out().lines().filter(l -> l.contains("“Rubaie”")).map(l -> l.substring(0, l.indexOf(": warning"))))
                    .as("the first place of each finding on Rubaie: line 1 of the file").containsOnly(x + ":1:1");
            assertThat(text.out().lines().filter(l -> l.contains("“Hakim”")).map(l -> l.substring(0, l.indexOf(": warning"))))
                    .as("Hakim's first place: its token's line and column").containsOnly(y + ":3:1");

            CliTest.Result json = CliTest.run("check", "--consistency", "--json", x.toString(), y.toString());
            List<String> places = new ArrayList<>();
            for (JsonNode finding : new ObjectMapper().readTree(json.out()).get("findings")) {
                if (!finding.get("kind").asText().equals("labels")) {
                    continue;
                }
                for (JsonNode place : finding.get("places")) {
                    places.add(place.get("file").asText() + " " + place.get("document").asText() + " " + place.get("start").asInt()
                            + " " + place.get("label").asText() + " " + place.get("line").asInt() + ":" + place.get("column").asInt()
                            + " " + place.get("cable").asText());
                }
            }
            assertThat(places).as("run " + run).containsExactlyInAnyOrder(
                    x + " a 0 PER 1:1 x.jsonl",
                    x + " c 5 LOC 3:1 x.jsonl",
                    y + " y-1 0 PER 3:1 y.conll",
                    y + " y-1 25 LOC 11:1 y.conll");
        }
    }

    @Test
    void aCoNLLPlaceIsAtItsTokensColumn() throws Exception {
        Path y = dir.resolve("z.conll");
        Files.writeString(y, "Hakim B-PER\n\n  Hakim O\n");
        CliTest.Result json = CliTest.run("check", "--consistency", "--json", y.toString());
        JsonNode places = new ObjectMapper().readTree(json.out()).get("findings").get(0).get("places");
        List<String> seen = new ArrayList<>();
        places.forEach(place -> seen.add(place.get("label").asText() + " " + place.get("line").asInt() + ":" + place.get("column").asInt()));
        assertThat(seen).as("an indented token stands at its own column").containsExactly("PER 1:1", "null 3:3");
    }
}
