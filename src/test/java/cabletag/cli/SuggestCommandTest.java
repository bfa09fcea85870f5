package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.CodePoints;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import cabletag.workspace.suggest.Suggestion;
import cabletag.workspace.suggest.SuggestionSession;
import cabletag.workspace.suggest.SuggestionSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cabletag suggest} on the seeds as shipped, and export before and after accepting a suggestion. */
class SuggestCommandTest extends WithTemporaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private Path corpus;
    private Path seed000;

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("cabletag.seeds", "seeds")))) {
            for (Path seed : (Iterable<Path>) files::iterator) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        seed000 = corpus.resolve("000_cb2ef8ccb40cf302.txt");
    }

    /** The suggestions of seed 000 as "text LABEL source", read from --json. */
    private static List<String> inSeed000(JsonNode root) {
        List<String> found = new ArrayList<>();
        for (JsonNode suggestion : root.get("suggestions")) {
            if (suggestion.get("file").asText().endsWith("000_cb2ef8ccb40cf302.txt")) {
                found.add(suggestion.get("text").asText() + " " + suggestion.get("label").asText() + " " + suggestion.get("source").asText());
            }
        }
        return found;
    }

    @Test
    void theSeedsAsShippedSuggestRubaieIranAndBaghdadInSeed000() throws IOException {
        CliTest.Result result = CliTest.run("suggest", "--json", "--source", "gazetteer", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("reviewedCables").asInt()).isZero();
        assertThat(root.get("machineTagsUsed").asBoolean()).isTrue();
        assertThat(inSeed000(root)).contains("Rubaie PER gazetteer", "Iran LOC gazetteer", "Baghdad LOC gazetteer");
        String text = Files.readString(seed000).replace("\r\n", "\n");
        for (JsonNode suggestion : root.get("suggestions")) {
            assertThat(suggestion.get("evidence").asText()).isEqualTo("machine-tagged");
            assertThat(suggestion.get("score").asDouble()).isBetween(0.0, 1.0);
            if (suggestion.get("file").asText().endsWith("000_cb2ef8ccb40cf302.txt")) {
                // seed 000 is plain text, so its clean text is the file: the code-point span slices out the text
                int[] points = text.codePoints().toArray();
                String sliced = new String(points, suggestion.get("start").asInt(),
                        suggestion.get("end").asInt() - suggestion.get("start").asInt());
                assertThat(sliced).isEqualTo(suggestion.get("text").asText());
            }
        }
        assertThat(result.err()).contains("machine's tags count as weaker evidence");
    }

    @Test
    void theModelSuggestsToo() throws IOException {
        CliTest.Result result = CliTest.run("suggest", "--json", "--source", "model", corpus.toString());
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("modelTrained").asBoolean()).isTrue();
        assertThat(inSeed000(root)).isNotEmpty().allSatisfy(line -> assertThat(line).endsWith(" model"));
        assertThat(StoreLocation.defaultLocation().root().resolve("suggestions/namefinder/model.bin")).isRegularFile();
    }

    @Test
    void linesNameFileSpanTextLabelSourceAndScore() {
        CliTest.Result result = CliTest.run("suggest", "--source", "gazetteer", seed000.toString(),
                corpus.resolve("004_139b5bbd77eb63a8.txt").toString());
        assertThat(result.code()).isZero();
        assertThat(result.out().lines()).anyMatch(line -> line.matches(".*000_cb2ef8ccb40cf302\\.txt:\\d+-\\d+\tRubaie\tPER\tgazetteer \\(machine-tagged\\)\t0\\.50"));
    }

    /** Found from outside: two lines of two.jsonl:0-6, the same, for two documents of the file. */
    @Test
    void aDocumentOfADatasetFileIsNamedByItsId() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "[PER Rubaie  ] met\n");
        Files.writeString(dir.resolve("two.jsonl"), "{\"id\":\"d1\",\"text\":\"Rubaie left\"}\n{\"id\":\"d2\",\"text\":\"Rubaie\"}\n");
        CliTest.Result result = CliTest.run("suggest", "--source", "gazetteer", dir.resolve("a.txt").toString(),
                dir.resolve("two.jsonl").toString());
        assertThat(result.out().lines().map(line -> line.substring(0, line.indexOf('\t')))).containsExactly(
                dir.resolve("two.jsonl") + "#d1:0-6", dir.resolve("two.jsonl") + "#d2:0-6");
    }

    @Test
    void badSourceIsBadUse() {
        CliTest.run("suggest", "--source", "oracle", corpus.toString()).assertBadUse("--source must be gazetteer, model or all");
    }

    /**
     * Tags on every token, all one-word names of one label, give the name finder one outcome only: nothing
     * to learn from, said as for a corpus without tags, with its exit code, not in OpenNLP's words.
     */
    @Test
    void tagsOnEveryTokenAreNothingToLearnFromAsNoTagsAre() throws IOException {
        Path onlyTags = Files.createDirectories(dir.resolve("only-tags"));
        Files.writeString(onlyTags.resolve("a.txt"), "[PER Ali  ]\n");
        Path noTags = Files.createDirectories(dir.resolve("no-tags"));
        Files.writeString(noTags.resolve("a.txt"), "Ali\n");

        for (String source : List.of("all", "model")) {
            CliTest.Result tagged = CliTest.run("suggest", "--source", source, onlyTags.toString());
            CliTest.Result untagged = CliTest.run("suggest", "--source", source, noTags.toString());

            assertThat(tagged.code()).as(source + ": " + tagged.err()).isEqualTo(untagged.code());
            assertThat(tagged.err()).doesNotContain("training failed", "outcome")
                    .contains("model: no suggestions: the inputs hold no untagged word to learn from (every token is tagged PER");
            assertThat(untagged.err()).contains("model: no suggestions: the inputs hold no entity to learn from (no reviewed cable, no tag)");
        }
    }

    /**
     * A corpus tagged everywhere with several labels printed nothing and exited 0 with {@code --source model}: the
     * model was trained on no untagged word (it then tags every word of an untagged cable). It is said as the one
     * label's case is, with the exit code of nothing to learn from; with {@code --source all} it is a note.
     */
    @Test
    void tagsOnEveryTokenOfSeveralLabelsAreNothingToLearnFromAndSaidSo() throws IOException {
        Path tagged = Files.createDirectories(dir.resolve("tagged"));
        Files.writeString(tagged.resolve("a.txt"), "[PER Rubaie  ] [LOC Baghdad  ] [ORG GoI  ]\n[PER Omar  ] [LOC Tehran  ]\n");
        Files.writeString(tagged.resolve("b.txt"), "[ORG UN  ] [PER Ali  ] [LOC Basra  ]\n");
        String line = "model: no suggestions: the inputs hold no untagged word to learn from (every token is tagged LOC, ORG or PER)";

        CliTest.Result model = CliTest.run("suggest", "--source", "model", tagged.toString());
        CliTest.Result all = CliTest.run("suggest", "--source", "all", tagged.toString());

        assertThat(model.code()).as(model.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(model.out()).isEmpty();
        assertThat(model.err()).contains(line + "\n");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).contains("note: " + line + "\n",
                "note: nothing to suggest in the 2 cables read: the gazetteer found no name outside the entities they hold and the places the analyst said no to\n");
        assertThat(StoreLocation.defaultLocation().root().resolve("suggestions/namefinder/model.bin")).doesNotExist();
    }

    /** No suggestion is a result (exit 0), but said: an empty list is no sign that a source ran at all. */
    @Test
    void nothingSuggestedIsSaid() throws IOException {
        Path tagged = Files.createDirectories(dir.resolve("tagged"));
        Files.writeString(tagged.resolve("a.txt"), "[PER Rubaie  ] met the envoy.\n");

        CliTest.Result gazetteer = CliTest.run("suggest", "--source", "gazetteer", tagged.toString());

        assertThat(gazetteer.code()).as(gazetteer.err()).isZero();
        assertThat(gazetteer.out()).isEmpty();
        assertThat(gazetteer.err()).contains(
                "note: nothing to suggest in the 1 cable read: the gazetteer found no name outside the entities it holds and the places the analyst said no to\n");
    }

    @Test
    void qualityNeedsReviewedCablesAndSaysSo() throws IOException {
        CliTest.Result result = CliTest.run("suggest", "--quality", "--json", corpus.toString());
        assertThat(result.code()).isZero();
        JsonNode quality = JSON.readTree(result.out()).get("quality");
        assertThat(quality).hasSize(2);
        assertThat(quality.get(0).get("note").asText()).contains("needs at least 2 reviewed cables");
    }

    @Test
    void aSuggestionIsExportedOnlyOnceAccepted() throws IOException {
        Path before = dir.resolve("before.jsonl");
        assertThat(CliTest.run("export", "-f", "jsonl", "-o", before.toString(), seed000.toString()).code()).isZero();
        assertThat(entitiesOf(before)).isEmpty();

        Suggestion accepted;
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            SuggestionSession session = new SuggestionSession(workspace, SuggestionSettings.DEFAULT);
            session.gather(fraction -> { }, () -> false);
            int cable = workspace.indexOf("000_cb2ef8ccb40cf302.txt").orElseThrow();
            accepted = session.suggestions(cable).stream().filter(s -> s.text().equals("Rubaie")).findFirst().orElseThrow();
            session.reject(cable, session.suggestions(cable).stream().filter(s -> s.text().equals("Iran")).findFirst().orElseThrow());
            session.accept(cable, accepted);
            workspace.save();
        }
        Path after = dir.resolve("after.jsonl");
        assertThat(CliTest.run("export", "-f", "jsonl", "-o", after.toString(), seed000.toString()).code()).isZero();
        String text = Files.readString(seed000).replace("\r\n", "\n");
        CodePoints points = CodePoints.of(text);
        assertThat(entitiesOf(after)).containsExactly(points.toCodePoint(accepted.start()) + "-" + points.toCodePoint(accepted.end())
                + " PER Rubaie"); // the rejected Iran is not exported either: a rejection adds nothing
    }

    /** "start-end LABEL text" of every entity in a JSONL export. */
    private static List<String> entitiesOf(Path jsonl) throws IOException {
        List<String> entities = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode document = JSON.readTree(line);
            int[] text = document.get("text").asText().codePoints().toArray();
            for (JsonNode entity : document.get("spans")) {
                int start = entity.get("start").asInt();
                int end = entity.get("end").asInt();
                entities.add(start + "-" + end + " " + entity.get("label").asText() + " " + new String(text, start, end - start));
            }
        }
        return entities;
    }
}
