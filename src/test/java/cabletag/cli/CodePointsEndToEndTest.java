package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One inline cable FILE with characters outside the BMP before and inside tagged entities, CRLF line
 * endings, an HTML {@code &amp;} before an entity and an entity running over a line break, exported by
 * {@code cabletag export} in every span and token format. Each output is read back by hand (Jackson
 * trees, code point slicing, line splitting), never by cabletag's readers, and compared with the
 * entities written down below from the cable itself.
 */
class CodePointsEndToEndTest extends WithTemporaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GRIN = "\uD83D\uDE00"; // 😀 U+1F600
    private static final String DOUBLE_A = "\uD835\uDD38"; // 𝔸 U+1D538

    /** The cable as a tagger wrote it, CRLF and all. */
    private static final String CABLE = "<code><pre>" + GRIN + " ( [ORG S  ] ) [PER " + DOUBLE_A + "l-Rubaie " + GRIN
            + "  ] met [LOC " + DOUBLE_A + " Tehran  ] officials in the U.S. &amp; [LOC Iraq  ] .\r\n"
            + "He met the [ORG Embassy\r\nBaghdad  ] staff &amp; [MISC " + GRIN + "  ] " + DOUBLE_A + " .\r\n"
            + "</pre></code>\r\n";

    /** The entities of {@link #CABLE} in order, as "LABEL text" with the clean text's line break ({@code \n}). */
    private static final List<String> ENTITIES = List.of(
            "ORG S",
            "PER " + DOUBLE_A + "l-Rubaie " + GRIN,
            "LOC " + DOUBLE_A + " Tehran",
            "LOC Iraq",
            "ORG Embassy\nBaghdad",
            "MISC " + GRIN);

    private Path cable;

    @BeforeEach
    void writeTheCable() throws IOException {
        cable = Files.createDirectories(dir.resolve("corpus")).resolve("crlf.txt");
        Files.write(cable, CABLE.getBytes(StandardCharsets.UTF_8));
    }

    private Path export(String format, String target, String... more) {
        Path output = dir.resolve(target);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", format, "-o", output.toString()));
        args.addAll(List.of(more));
        args.add(cable.toString());
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).as("no problems reported").isEmpty();
        return output;
    }

    /** Python's {@code text[start:end]}, written out as the brief asks: code points, end exclusive. */
    static String slice(String text, int start, int end) {
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** The one JSON line a JSON-lines format wrote for the cable, its clean text already checked. */
    private JsonNode exportedDocument(String format) throws IOException {
        List<String> lines = Files.readAllLines(export(format, "out.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode document = JSON.readTree(lines.get(0));
        assertCleanText(document.get("text").asText());
        return document;
    }

    private static void assertCleanText(String text) {
        assertThat(text).doesNotContain("\r").doesNotContain("[").doesNotContain("<").doesNotContain("&amp;")
                .contains("U.S. & Iraq")
                .startsWith(GRIN + " ( S ) " + DOUBLE_A + "l-Rubaie " + GRIN + " met");
    }

    @Test
    void jsonlSpansSliceToTheEntitiesByCodePoints() throws IOException {
        JsonNode document = exportedDocument("jsonl");
        String text = document.get("text").asText();
        List<String> entities = new ArrayList<>();
        for (JsonNode span : document.get("spans")) {
            entities.add(span.get("label").asText() + " " + slice(text, span.get("start").asInt(), span.get("end").asInt()));
        }
        assertThat(entities).isEqualTo(ENTITIES);
        // Offsets really are code points: 😀 and 𝔸 before Rubaie count one each, not two.
        JsonNode per = document.get("spans").get(1);
        assertThat(per.get("start").asInt()).isEqualTo(8);
        assertThat(per.get("end").asInt()).isEqualTo(8 + 11);
    }

    @Test
    void doccanoLabelsSliceToTheEntitiesByCodePoints() throws IOException {
        JsonNode document = exportedDocument("doccano");
        String text = document.get("text").asText();
        List<String> entities = new ArrayList<>();
        for (JsonNode label : document.get("label")) {
            entities.add(label.get(2).asText() + " " + slice(text, label.get(0).asInt(), label.get(1).asInt()));
        }
        assertThat(entities).isEqualTo(ENTITIES);
    }

    @Test
    void bratOffsetsSliceTheTxtByCodePointsFragmentByFragment() throws IOException {
        Path folder = export("brat", "brat");
        String txt = Files.readString(folder.resolve("crlf.txt"), StandardCharsets.UTF_8);
        assertCleanText(txt);
        List<String> entities = new ArrayList<>();
        List<String> fragmented = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("crlf.ann"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            assertThat(fields).as(line).hasSize(3);
            assertThat(fields[0]).matches("T\\d+");
            int space = fields[1].indexOf(' ');
            String label = fields[1].substring(0, space);
            List<String> pieces = new ArrayList<>();
            for (String fragment : fields[1].substring(space + 1).split(";")) {
                String[] offsets = fragment.split(" ");
                assertThat(offsets).as(line).hasSize(2);
                String piece = slice(txt, Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1]));
                assertThat(piece).as(line).isNotEmpty().doesNotContain("\n");
                pieces.add(piece);
            }
            // brat shows a fragmented entity's text as its fragments joined by one space.
            assertThat(fields[2]).as(line).isEqualTo(String.join(" ", pieces));
            if (pieces.size() > 1) {
                fragmented.add(line);
            }
            entities.add(label + " " + String.join("\n", pieces));
        }
        assertThat(entities).isEqualTo(ENTITIES);
        assertThat(fragmented).as("the entity over the line break").hasSize(1).allMatch(l -> l.endsWith("\tEmbassy Baghdad"));
    }

    /** Entities of a tagged sentence as "LABEL tok tok …", decoded by hand: B/S open, I/E continue. */
    private static List<String> chunks(List<String[]> tokensAndTags) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = null;
        for (String[] pair : tokensAndTags) {
            String tag = pair[1];
            if (tag.startsWith("B-") || tag.startsWith("S-")) {
                if (current != null) {
                    chunks.add(current.toString());
                }
                current = new StringBuilder(tag.substring(2)).append(' ').append(pair[0]);
            } else if (tag.startsWith("I-") || tag.startsWith("E-")) {
                assertThat(current).as("%s opens nothing", tag).isNotNull();
                current.append(' ').append(pair[0]);
            } else {
                assertThat(tag).isEqualTo("O");
                if (current != null) {
                    chunks.add(current.toString());
                    current = null;
                }
            }
        }
        if (current != null) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** What a token format can show of an entity: its tokens joined by one space. */
    private static List<String> entitiesAsTokens() {
        return ENTITIES.stream().map(e -> e.replace('\n', ' ')).toList();
    }

    @Test
    void conllTokensOfEachEntityJoinToItsText() throws IOException {
        for (String scheme : List.of("iob2", "bioes")) {
            Path file = export("conll", scheme + ".conll", "--scheme", scheme);
            List<String> entities = new ArrayList<>();
            List<String[]> sentence = new ArrayList<>();
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.add("");
            for (String line : lines) {
                assertThat(line).doesNotContain("\r");
                if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                    entities.addAll(chunks(sentence));
                    sentence.clear();
                    continue;
                }
                String[] columns = line.split(" ");
                assertThat(columns).as(line).hasSize(4);
                sentence.add(new String[] {columns[0], columns[3]});
            }
            assertThat(entities).as(scheme).isEqualTo(entitiesAsTokens());
        }
    }

    @Test
    void hfTokensOfEachEntityJoinToItsText() throws IOException {
        Path file = export("hf", "out.jsonl");
        List<String> names = new ArrayList<>();
        JSON.readTree(dir.resolve("out.labels.json").toFile()).forEach(n -> names.add(n.asText()));
        List<String> entities = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode sentence = JSON.readTree(line);
            assertThat(sentence.get("tokens").size()).isEqualTo(sentence.get("ner_tags").size());
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < sentence.get("tokens").size(); i++) {
                tokens.add(sentence.get("tokens").get(i).asText());
                pairs.add(new String[] {sentence.get("tokens").get(i).asText(), names.get(sentence.get("ner_tags").get(i).asInt())});
            }
            entities.addAll(chunks(pairs));
        }
        assertThat(entities).isEqualTo(entitiesAsTokens());
        assertThat(tokens).contains("&", DOUBLE_A, GRIN).doesNotContain("&amp;");
    }
}
