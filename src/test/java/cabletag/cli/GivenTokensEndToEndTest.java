package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CoNLL file gives its tokens and sentences; {@code cabletag export} and {@code stats} keep them. The
 * tokens are ones the word rules for plain text would cut ({@code AT&T}, {@code U.S.-Iraq}, a URL,
 * {@code :-)}, a flag emoji of two code points, {@code Baghdad.}) and the sentences ones they would run
 * together (no full stop before a blank line). The outputs are read here by hand, never by cabletag's
 * readers: the expected tokens and sentences are those of the file itself.
 */
class GivenTokensEndToEndTest extends WithTemporaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FLAG = "\uD83C\uDDEE\uD83C\uDDF6"; // 🇮🇶: two regional indicators

    /** The outside tester's file, then a document with the other tokens, in IOB2 as cabletag writes it. */
    private static final String IOB2 = """
            -DOCSTART- -X- -X- O

            AT&T _ _ B-ORG
            said _ _ O

            Rubaie _ _ B-PER
            left _ _ O

            -DOCSTART- -X- -X- O

            U.S.-Iraq _ _ B-MISC
            talks _ _ I-MISC
            see _ _ O
            http://x.org/a?b=c _ _ O
            :-) _ _ O

            %s _ _ B-LOC
            flag _ _ O
            over _ _ O
            Baghdad. _ _ B-LOC
            Embassy _ _ B-ORG
            Baghdad _ _ I-ORG
            Iraq _ _ I-ORG

            """.formatted(FLAG);

    /** The same, in BIOES. */
    private static final String BIOES = IOB2.replace("AT&T _ _ B-ORG", "AT&T _ _ S-ORG")
            .replace("Rubaie _ _ B-PER", "Rubaie _ _ S-PER").replace("talks _ _ I-MISC", "talks _ _ E-MISC")
            .replace(FLAG + " _ _ B-LOC", FLAG + " _ _ S-LOC").replace("Baghdad. _ _ B-LOC", "Baghdad. _ _ S-LOC")
            .replace("Iraq _ _ I-ORG", "Iraq _ _ E-ORG");

    private Path iob2;
    private Path bioes;

    @BeforeEach
    void writeTheFiles() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        iob2 = Files.writeString(corpus.resolve("in.conll"), IOB2, StandardCharsets.UTF_8);
        bioes = Files.writeString(Files.createDirectories(dir.resolve("bioes")).resolve("in.conll"), BIOES, StandardCharsets.UTF_8);
    }

    private Path export(Path input, String format, String target, String... more) {
        Path output = dir.resolve(target);
        List<String> args = new ArrayList<>(List.of("export", "-q", "-f", format, "-o", output.toString()));
        args.addAll(List.of(more));
        args.add(input.toString());
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).as("no problems reported").isEmpty();
        return output;
    }

    /** Sentences of a CoNLL file as its lines say: the first and last column of each token line. */
    private static List<List<String[]>> sentences(String conll) {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        for (String line : conll.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
            } else {
                String[] columns = line.split(" ");
                sentence.add(new String[] {columns[0], columns[columns.length - 1]});
            }
        }
        return sentences;
    }

    @Test
    void conllToConllIsByteIdentical() throws IOException {
        Path out = export(iob2, "conll", "out.conll");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(IOB2);
        assertThat(Files.mismatch(iob2, out)).isEqualTo(-1L);
    }

    /**
     * The tag scheme is the one normalisation on this file: BIOES read and written as BIOES is the same bytes;
     * written in the default IOB2 it is the IOB2 file, token for token and sentence for sentence.
     */
    @Test
    void theTagSchemeIsTheOutputsOwnTheTokensStay() throws IOException {
        assertThat(Files.readString(export(bioes, "conll", "same.conll", "--scheme", "bioes"), StandardCharsets.UTF_8))
                .isEqualTo(BIOES);
        assertThat(Files.readString(export(bioes, "conll", "iob2.conll"), StandardCharsets.UTF_8)).isEqualTo(IOB2);
        assertThat(Files.readString(export(iob2, "conll", "bioes.conll", "--scheme", "bioes"), StandardCharsets.UTF_8))
                .isEqualTo(BIOES);
    }

    @Test
    void conllToHfKeepsTheTokensAndSentences() throws IOException {
        Path out = export(iob2, "hf", "out.jsonl");
        List<String> names = new ArrayList<>();
        JSON.readTree(dir.resolve("out.labels.json").toFile()).forEach(name -> names.add(name.asText()));
        List<List<String[]>> expected = sentences(IOB2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSameSizeAs(expected);
        for (int s = 0; s < lines.size(); s++) {
            JsonNode sentence = JSON.readTree(lines.get(s));
            List<String> tokens = new ArrayList<>();
            sentence.get("tokens").forEach(token -> tokens.add(token.asText()));
            List<String> tags = new ArrayList<>();
            sentence.get("ner_tags").forEach(tag -> tags.add(names.get(tag.asInt())));
            assertThat(tokens).as("sentence %d", s).containsExactly(expected.get(s).stream().map(t -> t[0]).toArray(String[]::new));
            assertThat(tags).as("sentence %d", s).containsExactly(expected.get(s).stream().map(t -> t[1]).toArray(String[]::new));
        }
    }

    @Test
    void statsCountsTheGivenSentencesAndTokens() throws IOException {
        CliTest.Result table = CliTest.run("stats", iob2.toString());
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).containsPattern("cables +2\n").containsPattern("sentences +4\n")
                .containsPattern("tokens +16\n").containsPattern("entities +6\n");

        CliTest.Result json = CliTest.run("stats", "--json", dir.resolve("corpus").toString());
        JsonNode counts = JSON.readTree(json.out());
        List<List<String[]>> sentences = sentences(IOB2);
        assertThat(counts.get("sentences").asLong()).isEqualTo(sentences.size());
        assertThat(counts.get("tokens").asLong()).isEqualTo(sentences.stream().mapToLong(List::size).sum());
        assertThat(counts.get("entities").asLong()).isEqualTo(6);
    }

    /**
     * Corrections made in the window. A selection inside a given token takes the whole token, as it takes the
     * tagger's (ADR 0003): {@code -} in {@code :-)} tags {@code :-)}. An entity that does end inside one (an
     * accepted suggestion, found by the word rules: {@code x.org} in the URL) splits that token at its
     * boundaries, as the tagger's are split on export; every other token and sentence stays as given.
     */
    @Test
    void correctionsInTheWindowKeepTheGivenTokensOrSplitOneAtAnEntitysBoundary() throws IOException {
        try (Workspace workspace = Workspace.open(List.of(iob2), StoreLocation.defaultLocation(), null)) {
            String text = workspace.document(1).text();
            int smiley = text.indexOf(":-)");
            workspace.add(1, smiley + 1, smiley + 2, Label.MISC);
            int domain = text.indexOf("x.org");
            workspace.addSpans(Map.of(1, List.of(Span.of(domain, domain + "x.org".length(), "ORG"))), "Accept a suggestion");
            workspace.save();
        }
        String exported = Files.readString(export(iob2, "conll", "corrected.conll"), StandardCharsets.UTF_8);
        assertThat(exported).isEqualTo(IOB2.replace("http://x.org/a?b=c _ _ O\n:-) _ _ O\n",
                "http:// _ _ O\nx.org _ _ B-ORG\n/a?b=c _ _ O\n:-) _ _ B-MISC\n"));

        JsonNode stats = JSON.readTree(CliTest.run("stats", "--json", iob2.toString()).out());
        assertThat(stats.get("tokens").asLong()).isEqualTo(18);
        assertThat(stats.get("sentences").asLong()).isEqualTo(4);
        assertThat(stats.get("entities").asLong()).isEqualTo(8);
    }
}
