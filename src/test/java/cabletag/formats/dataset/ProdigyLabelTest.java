package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.MetaValue;
import cabletag.core.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line's top-level {@code "label"} is doccano's entities when it is a list, and the document's class when it is a
 * string (Prodigy's text classification). A string one made the line bad ("label" must be a list) and the document
 * was dropped; doccano entries beside "spans" were left unread unsaid.
 */
class ProdigyLabelTest {

    @TempDir
    Path dir;

    private List<Document> read(String content) throws Exception {
        return new JsonlFormat().read(Files.writeString(dir.resolve("p.jsonl"), content), "p.jsonl");
    }

    private static List<String> problems(Document document) {
        return document.diagnostics().stream().map(d -> d.format("p.jsonl")).toList();
    }

    @Test
    void aDocumentsClassIsKeptInItsMetaAndItsSpansAreRead() throws Exception {
        List<Document> documents = read("{\"text\":\"Ali met Bob\",\"label\":\"NEWS\",\"spans\":[{\"start\":0,\"end\":3,\"label\":\"PER\"}]}\n"
                + "{\"text\":\"Rome\",\"label\":\"TRAVEL\",\"meta\":{\"n\":1}}\n");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(documents.get(0).metadata()).containsEntry("label", MetaValue.ofText("NEWS"));
        assertThat(documents.get(1).metadata()).containsExactly(
                java.util.Map.entry("n", MetaValue.ofJson("1")), java.util.Map.entry("label", MetaValue.ofText("TRAVEL")));
        assertThat(documents).allSatisfy(d -> assertThat(d.diagnostics()).isEmpty());
    }

    @Test
    void aClassThatMetaHasNoRoomForIsNamedAsNotKept() throws Exception {
        Document document = read("{\"text\":\"Ali\",\"label\":\"NEWS\",\"meta\":{\"label\":\"x\"}}\n").get(0);
        assertThat(problems(document)).containsExactly("p.jsonl:1:1: warning: the document's \"label\" 'NEWS' is not kept: it is "
                + "kept in \"meta\" as \"label\", and this line's \"meta\" has a \"label\" of its own [document-label]");
        assertThat(document.metadata()).containsEntry("label", MetaValue.ofText("x"));
    }

    @Test
    void doccanoEntriesBesideSpansAreNamedUnlessASpanSaysTheSame() throws Exception {
        Document document = read("{\"text\":\"Ali met Bob\",\"label\":[[0,3,\"PER\"],[8,11,\"per\"],[4,7,\"LOC\"]],"
                + "\"spans\":[{\"start\":8,\"end\":11,\"label\":\"PER\"},{\"start\":0,\"end\":3.0,\"label\":\"PER\"}]}\n").get(0);
        assertThat(document.spans()).containsExactly(Span.of(0, 3, "PER"), Span.of(8, 11, "PER"));
        assertThat(problems(document)).filteredOn(p -> p.endsWith("[label-beside-spans]")).containsExactly(
                "p.jsonl:1:1: warning: \"label\" entry [4, 7, \"LOC\"] is not read: this line's entities are its \"spans\" (a line "
                        + "is read as spaCy/Prodigy or as doccano, not both); entity dropped [label-beside-spans]");
        assertThat(document.diagnostics()).filteredOn(d -> d.code().equals("label-beside-spans"))
                .allSatisfy(d -> assertThat(d.losesAnnotation()).isTrue());
    }

    /** An empty "spans" holds nothing to read: the doccano entries beside it are the line's entities, not dropped. */
    @Test
    void doccanoEntriesBesideEmptySpansAreRead() throws Exception {
        Document document = read("{\"text\":\"Ali met Bob\",\"spans\":[],\"label\":[[0,3,\"PER\"]]}\n").get(0);
        assertThat(document.spans()).containsExactly(Span.of(0, 3, "PER"));
        assertThat(document.diagnostics()).isEmpty();
    }

    @Test
    void aLabelOfAnotherKindIsStillABadLine() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("{\"text\":\"a\",\"label\":5}\n"))
                .hasMessageContaining("\"label\" must be a list (doccano's entities) or a string (the document's class), found a number");
    }
}
