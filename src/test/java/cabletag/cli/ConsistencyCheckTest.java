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
 * {@code cabletag check --consistency} on the seeds: findings as {@code file:line:column: warning: …
 * [consistency]} at their first place in the original file, as JSON with code-point offsets, exit 1 when
 * there are findings; the saved index is reused and a damaged one named.
 */
class ConsistencyCheckTest extends WithTemporaryStore {

    private Path seeds() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (String name : List.of("000_cb2ef8ccb40cf302.txt", "004_139b5bbd77eb63a8.txt")) {
            Files.copy(Path.of("seeds", name), seeds.resolve(name));
        }
        return seeds;
    }

    /** 1-based line and column (code points) of a source offset, counted here by hand. */
    private static int[] lineColumn(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, source.codePointCount(lineStart, offset) + 1};
    }

    @Test
    void textFindingsPointAtTheFirstPlaceInTheOriginalFile() throws Exception {
        Path seeds = seeds();
        CliTest.Result result = CliTest.run("check", "--consistency", seeds.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).allMatch(line -> line.matches("^\\S+:\\d+:\\d+: warning: .* \\[consistency]$"));
        String security = lines.stream().filter(l -> l.contains("“Security Agreement” is tagged MISC 1×, ORG 1×")).findFirst().orElseThrow();
        String source004 = Files.readString(seeds.resolve("004_139b5bbd77eb63a8.txt"));
        // the first of the two tags in the file, at the text's first character (inside the tag)
        int[] misc = lineColumn(source004, source004.indexOf("[MISC Security Agreement") + "[MISC ".length());
        int[] org = lineColumn(source004, source004.indexOf("[ORG Security Agreement") + "[ORG ".length());
        int[] first = source004.indexOf("[MISC Security Agreement") < source004.indexOf("[ORG Security Agreement") ? misc : org;
        assertThat(security).startsWith(seeds.resolve("004_139b5bbd77eb63a8.txt") + ":" + first[0] + ":" + first[1] + ": warning: different labels: ");

        String rubaie = lines.stream().filter(l -> l.contains("“Rubaie” is tagged PER 22× but untagged 13×")).findFirst().orElseThrow();
        String source000 = Files.readString(seeds.resolve("000_cb2ef8ccb40cf302.txt"));
        java.util.regex.Matcher whole = java.util.regex.Pattern.compile("(?<![\\w-])Rubaie(?![\\w-])").matcher(source000);
        assertThat(whole.find()).isTrue();
        int[] rubaieAt = lineColumn(source000, whole.start());
        assertThat(rubaie).startsWith(seeds.resolve("000_cb2ef8ccb40cf302.txt") + ":" + rubaieAt[0] + ":" + rubaieAt[1] + ": warning: untagged elsewhere: ");
        assertThat(lines).anyMatch(l -> l.contains("one name written in different case: “GOI” (ORG 8×), “GoI” (ORG 3×)"));
        assertThat(lines).anyMatch(l -> l.contains("probably one name spelled differently: “Erbil” (PER 2×), “Irbil” (LOC 1×)"));

        // most places first
        List<Integer> counts = new ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher places = java.util.regex.Pattern.compile("\\((\\d+) places?\\) \\[consistency]$").matcher(line);
            assertThat(places.find()).isTrue();
            counts.add(Integer.parseInt(places.group(1)));
        }
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // again: the same findings from the saved index
        Path index;
        try (var files = Files.list(dir.resolve("home/consistency"))) {
            index = files.filter(f -> f.toString().endsWith(".index")).findFirst().orElseThrow();
        }
        assertThat(CliTest.run("check", "--consistency", seeds.toString()).out()).isEqualTo(result.out());

        // a damaged saved index is named, and the findings are the same all the same
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length - 3] ^= 1;
        Files.write(index, bytes);
        CliTest.Result damaged = CliTest.run("check", "--consistency", seeds.toString());
        assertThat(damaged.out().lines().findFirst().orElseThrow())
                .isEqualTo(index + ": the saved consistency index cannot be read (its check sum does not match: the file was changed or cut); it is built again");
        assertThat(damaged.out().lines().skip(1).toList()).isEqualTo(lines);
    }

    @Test
    void jsonGivesEveryPlaceWithCodePointOffsetsThatSliceTheCleanText() throws Exception {
        Path seeds = seeds();
        CliTest.Result result = CliTest.run("check", "--consistency", "--json", seeds.toString());
        assertThat(result.code()).isEqualTo(Cli.PROBLEMS);
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertThat(root.get("problems")).isEmpty();
        JsonNode findings = root.get("findings");
        assertThat(findings.size()).isEqualTo(CliTest.run("check", "--consistency", seeds.toString()).out().lines().count());
        JsonNode security = null;
        for (JsonNode finding : findings) {
            assertThat(finding.get("places").size()).isEqualTo(finding.get("occurrences").asInt());
            if (finding.get("key").asText().equals("labels:security agreement")) {
                security = finding;
            }
        }
        assertThat(security).isNotNull();
        assertThat(security.get("kind").asText()).isEqualTo("labels");
        assertThat(security.get("texts").get(0).get("labels").toString()).isEqualTo("{\"MISC\":1,\"ORG\":1}");
        JsonNode place = security.get("places").get(0);
        assertThat(place.get("cable").asText()).isEqualTo("004_139b5bbd77eb63a8.txt");
        assertThat(place.get("end").asInt() - place.get("start").asInt()).isEqualTo("Security Agreement".length());
        assertThat(place.get("text").asText()).isEqualTo("Security Agreement");
    }

    @Test
    void jsonWithoutConsistencyIsBadUse() throws Exception {
        CliTest.Result result = CliTest.run("check", "--json", seeds().toString());
        assertThat(result.code()).isEqualTo(Cli.BAD_USE);
        assertThat(result.err()).contains("--json goes with --consistency");
    }

    @Test
    void aCorpusWithoutFindingsExitsZero() throws Exception {
        Path one = dir.resolve("one.txt");
        Files.writeString(one, "[PER Rubaie  ] met [LOC Tehran  ] .\n");
        CliTest.Result result = CliTest.run("check", "--consistency", one.toString());
        assertThat(result.out()).isEmpty();
        assertThat(result.code()).isEqualTo(Cli.OK);
    }

    @Test
    void twoInputsHoldingACableOfOneNameGiveEachPlaceItsFileAndSuggestionsTheExportsIds() throws Exception {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Files.writeString(x.resolve("c.txt"), "[PER Rubaie  ] met [LOC Iraq  ] .\nRubaie again .\n");
        Files.writeString(y.resolve("c.txt"), "Rubaie went to [ORG Rubaie  ] .\n");
        JsonNode root = new ObjectMapper().readTree(CliTest.run("check", "--consistency", "--json", x.toString(), y.toString()).out());
        List<String> places = new ArrayList<>();
        for (JsonNode finding : root.get("findings")) {
            for (JsonNode place : finding.get("places")) {
                assertThat(place.get("cable").asText()).isEqualTo("c.txt");
                places.add(place.get("file").asText() + ":" + place.get("start").asInt() + "-" + place.get("end").asInt());
            }
        }
        assertThat(places).contains(x.resolve("c.txt") + ":0-6", y.resolve("c.txt") + ":15-21");

        List<String> exported = new ArrayList<>();
        for (String line : CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", x.toString(), y.toString()).out().lines().toList()) {
            exported.add(new ObjectMapper().readTree(line).get("id").asText());
        }
        assertThat(exported).containsExactly("c", "c-2");
        JsonNode suggested = new ObjectMapper().readTree(CliTest.run("suggest", "--json", x.toString(), y.toString()).out());
        List<String> documents = new ArrayList<>();
        for (JsonNode suggestion : suggested.get("suggestions")) {
            documents.add(suggestion.get("file").asText() + " " + suggestion.get("document").asText());
        }
        assertThat(documents).isNotEmpty().allSatisfy(document -> assertThat(document).isIn(
                x.resolve("c.txt") + " c", y.resolve("c.txt") + " c-2"));
        assertThat(documents).contains(y.resolve("c.txt") + " c-2");
    }
}
