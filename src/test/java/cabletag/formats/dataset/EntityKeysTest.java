package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON line's entities under doccano 1.x and later's {@code "entities"} (objects with {@code start_offset},
 * {@code end_offset}, {@code label}), spaCy's training tuples under the same key and older doccano's {@code "labels"}
 * were read past: every entity of a doccano export was lost with exit 0. They are read as "spans" and "label" are,
 * with the same problem lines; a line with entities under two keys reads the first and names what it does not read.
 */
class EntityKeysTest {

    @TempDir
    Path dir;

    private List<Document> read(String content) throws Exception {
        return new JsonlFormat().read(Files.writeString(dir.resolve("e.jsonl"), content), "e.jsonl");
    }

    private static List<String> problems(Document document) {
        return document.diagnostics().stream().map(d -> d.format("e.jsonl")).toList();
    }

    @Test
    void doccanoEntityObjectsTuplesAndLabelsAreReadInCodePoints() throws Exception {
        List<Document> documents = read(
                "{\"text\":\"\uD83D\uDE00 Ali met Bob\",\"entities\":[{\"id\":1,\"label\":\"PER\",\"start_offset\":2,\"end_offset\":5},"
                        + "{\"id\":2,\"label\":\"per\",\"start_offset\":10,\"end_offset\":13,\"text\":\"Bob\"}],\"relations\":[]}\n"
                        + "{\"text\":\"Ali met Bob\",\"entities\":[[0,3,\"PER\"],[8,11,\"PER\"]]}\n"
                        + "{\"text\":\"Ali met Bob\",\"labels\":[[0,3,\"PER\"]]}\n");
        assertThat(documents.get(0).spans()).containsExactly(Span.of(3, 6, "PER"), Span.of(11, 14, "PER")); // UTF-16 inside
        assertThat(documents.get(1).spans()).containsExactly(Span.of(0, 3, "PER"), Span.of(8, 11, "PER"));
        assertThat(documents.get(2).spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(documents).allSatisfy(d -> assertThat(d.diagnostics()).isEmpty());
        assertThat(documents).extracting(d -> d.source().format())
                .containsExactly(SourceFormat.DOCCANO, SourceFormat.JSONL, SourceFormat.DOCCANO);
    }

    @Test
    void theirEntitiesAreCheckedAsThoseOfSpansAre() throws Exception {
        Document document = read("{\"text\":\"Ali met Bob\",\"entities\":[{\"label\":\"PER\",\"start_offset\":0,\"end_offset\":3,"
                + "\"text\":\"Al\"},{\"label\":\"X\",\"start\":0,\"end\":3},[4,99,\"LOC\"],\"x\",[1,4,\"ORG\"],"
                + "{\"start_offset\":8,\"end_offset\":11,\"label\":\"O\"},{\"start_offset\":8,\"end_offset\":11}],"
                + "\"relations\":[{\"id\":1,\"from_id\":1,\"to_id\":2,\"type\":\"meets\"}]}\n").get(0);
        assertThat(document.spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(problems(document)).containsExactly(
                "e.jsonl:1:1: warning: span text 'Al' differs from the text at [0, 3) ('Ali'); offsets kept [text-mismatch]",
                "e.jsonl:1:1: warning: \"entities\" entry {\"label\":\"X\",\"start\":0,\"end\":3} has no start_offset or end_offset;"
                        + " entity dropped [bad-entity]",
                "e.jsonl:1:1: warning: entity [4, 99) LOC does not fit the text of 11 characters; entity dropped [bad-offsets]",
                "e.jsonl:1:1: warning: \"entities\" entry \"x\" is neither {\"start_offset\", \"end_offset\", \"label\"} nor"
                        + " [start, end, \"LABEL\"]; entity dropped [bad-entity]",
                "e.jsonl:1:1: warning: entity ORG 'li ' crosses the PER entity 'Ali'; entity dropped [overlap]",
                "e.jsonl:1:1: warning: 'O' is not a usable label: O is the tag of a token outside every entity in CoNLL and"
                        + " IOB/BIOES/BILOU, not a label (written as an entity it would be B-O); entity dropped [bad-label]",
                "e.jsonl:1:1: warning: entity [8, 11) has no label; entity dropped [bad-label]",
                "e.jsonl:1:1: warning: \"relations\" holds 1 relation, which is not carried: cabletag keeps entities only;"
                        + " annotation dropped [not-an-entity]");
        assertThat(document.diagnostics()).filteredOn(d -> !d.code().equals("text-mismatch"))
                .allSatisfy(d -> assertThat(d.losesAnnotation()).isTrue());
    }

    @Test
    void aLineWithEntitiesUnderTwoKeysReadsTheFirstAndNamesWhatItDoesNotRead() throws Exception {
        List<Document> documents = read("{\"text\":\"Ali met Bob\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}],"
                + "\"entities\":[{\"start_offset\":0,\"end_offset\":3,\"label\":\"per\"},{\"start_offset\":8,\"end_offset\":11,\"label\":\"PER\"}],"
                + "\"labels\":[[8,11,\"LOC\"]]}\n"
                + "{\"text\":\"Ali met Bob\",\"spans\":[],\"entities\":[[8,11,\"PER\"]]}\n");
        assertThat(documents.get(0).spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(problems(documents.get(0))).containsExactly(
                "e.jsonl:1:1: warning: \"entities\" entry {\"start_offset\":8,\"end_offset\":11,\"label\":\"PER\"} is not read: this"
                        + " line's entities are its \"spans\" (a line's entities are read from the first of \"spans\", \"label\","
                        + " \"entities\", \"labels\" that has any); entity dropped [unread-entities]",
                "e.jsonl:1:1: warning: \"labels\" entry [8, 11, \"LOC\"] is not read: this line's entities are its \"spans\" (a"
                        + " line's entities are read from the first of \"spans\", \"label\", \"entities\", \"labels\" that has any);"
                        + " entity dropped [unread-entities]");
        assertThat(documents.get(1).spans()).as("an empty key holds nothing to read").containsExactly(Span.of(8, 11, "PER"));
        assertThat(documents.get(1).diagnostics()).isEmpty();
    }

    @Test
    void entitiesUnderAKeyNotReadOrOfAnotherKindAreNamed() throws Exception {
        List<Document> documents = read("{\"text\":\"Ali met Bob\",\"ents\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}],"
                + "\"tokens\":[{\"start\":0,\"end\":3,\"id\":0}],\"annotations\":[[8,11,\"PER\"],[0,3,\"PER\"]],\"tags\":[\"x\"]}\n"
                + "{\"text\":\"Ali met Bob\",\"entities\":\"PER\",\"labels\":{\"a\":1}}\n");
        assertThat(problems(documents.get(0))).containsExactly(
                "e.jsonl:1:1: warning: \"ents\" holds 1 entry that looks like an entity (offsets and a label), which is not read:"
                        + " entities are read from \"spans\", \"label\", \"entities\", \"labels\"; annotation dropped [unread-entities]",
                "e.jsonl:1:1: warning: \"annotations\" holds 2 entries that look like an entity (offsets and a label), which are"
                        + " not read: entities are read from \"spans\", \"label\", \"entities\", \"labels\"; annotation dropped"
                        + " [unread-entities]");
        assertThat(problems(documents.get(1))).containsExactly(
                "e.jsonl:2:1: warning: \"entities\" is a string, not a list of entities; not read [unread-entities]",
                "e.jsonl:2:1: warning: \"labels\" is an object, not a list of entities; not read [unread-entities]");
        assertThat(documents).allSatisfy(d -> assertThat(d.spans()).isEmpty());
    }
}
