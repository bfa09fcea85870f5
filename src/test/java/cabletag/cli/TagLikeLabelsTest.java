package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A label that is a tag of the token schemes ({@code O}, {@code B-PER}) labels no entity wherever labels come in: a
 * cable's tag of one stays text, a dataset's entity of one is dropped, a CoNLL tag of one ({@code B-O},
 * {@code B-B-PER}) is read as O, each named and counted as annotation lost; {@code --map} to one is bad use. So no
 * export writes {@code B-O} or {@code B-B-PER}. And a CoNLL document's {@code meta.line} is a number, as the jsonl
 * reader keeps a number.
 */
class TagLikeLabelsTest extends WithTemporaryStore {

    @Test
    void aLabelThatIsATagLabelsNoEntityWhereverItComesIn() throws IOException {
        Path cable = Files.writeString(dir.resolve("t.txt"), "Ali [O Rubaie  ] met [B-PER Hakim  ] and [PER Omar  ] .\n");
        Path jsonl = Files.writeString(dir.resolve("l.jsonl"), "{\"id\":\"d\",\"text\":\"Ali met Bob\",\"spans\":["
                + "{\"start\":0,\"end\":3,\"label\":\"O\"},{\"start\":8,\"end\":11,\"label\":\"I-PER\"}]}\n");
        Path conll = Files.writeString(dir.resolve("l.conll"), "Ali B-O\nmet O\nBob B-B-PER\nand O\nOmar B-PER\n");
        for (Path input : new Path[] {cable, jsonl, conll}) {
            CliTest.Result result = CliTest.run("export", "-q", "-f", "conll", "-o", "-", input.toString());
            assertThat(result.out()).as(input.toString()).doesNotContain("B-O").doesNotContain("B-B-").doesNotContain("B-I-");
            assertThat(result.code()).as("annotation lost: " + result.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(result.err()).as(input.toString()).contains("not a label");
        }
        CliTest.Result check = CliTest.run("check", cable.toString());
        assertThat(check.out()).contains(cable + ":1:5: warning: tag [O …]: O is the tag of a token outside every entity")
                .contains(cable + ":1:22: warning: tag [B-PER …]: B-PER reads as a tag (B- of PER)");
        assertThat(CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", cable.toString()).out())
                .contains("\"text\":\"Ali [O Rubaie  ] met [B-PER Hakim  ] and Omar .\\n\"");
    }

    @Test
    void aMapToALabelThatIsATagIsBadUse() throws IOException {
        Path cable = Files.writeString(dir.resolve("t.txt"), "Ali met [PER Omar  ] .\n");
        CliTest.run("export", "-f", "conll", "--map", "PER=O", "-o", dir.resolve("o.conll").toString(), cable.toString())
                .assertBadUse("'O' is not a label name: O is the tag of a token outside every entity");
        CliTest.run("export", "-f", "conll", "--map", "PER=B-PER", "-o", dir.resolve("o.conll").toString(), cable.toString())
                .assertBadUse("'B-PER' is not a label name: B-PER reads as a tag (B- of PER)");
        assertThat(dir.resolve("o.conll")).doesNotExist();
    }

    @Test
    void aCoNLLDocumentsLineIsANumber() throws Exception {
        Path conll = Files.writeString(dir.resolve("l.conll"), "-DOCSTART- O\n\nAli B-PER\n\n-DOCSTART- O\n\nOmar B-PER\n");
        CliTest.Result result = CliTest.run("export", "-q", "-f", "jsonl", "-o", "-", conll.toString());
        JsonNode second = new ObjectMapper().readTree(result.out().lines().toList().get(1));
        assertThat(second.get("meta").get("line").isInt()).as(result.out()).isTrue();
        assertThat(second.get("meta").get("line").asInt()).isEqualTo(7);
    }

    @Test
    void correctionsCountedBeforeTheRuleAreCarriedOntoTheSameWords() {
        // offsets stored by generation 3, which read [O Rubaie  ] as a tag: its characters are text now
        cabletag.core.Document read = new cabletag.formats.inline.CableReader()
                .read("t.txt", "[O Rubaie  ] met [PER Hakim  ] .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        cabletag.formats.inline.EarlierReading earlier = cabletag.formats.ReadingRules.earlierReading(read, 3);
        assertThat(earlier).isNotNull();
        assertThat(earlier.text()).startsWith("Rubaie met Hakim");
        cabletag.core.Span hakim = earlier.carry(new cabletag.core.Span(11, 16, cabletag.core.Label.PER)).span();
        assertThat(read.text().substring(hakim.start(), hakim.end())).isEqualTo("Hakim");
        // a cable with no such tag reads as under generation 3: nothing to carry
        cabletag.core.Document plain = new cabletag.formats.inline.CableReader()
                .read("p.txt", "[PER Hakim  ] .\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(cabletag.formats.ReadingRules.earlierReading(plain, 3)).isNull();
    }
}
