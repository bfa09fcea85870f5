package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.formats.CorpusReader;
import cabletag.formats.reader.BadLinesException;
import cabletag.formats.reader.FormatException;
import cabletag.formats.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReadersTest {

    @TempDir
    Path dir;

    private static List<String> formatted(Document document) {
        return document.diagnostics().stream().map(d -> d.format(document.source().name())).toList();
    }

    @Test
    void jsonlAndDoccanoAreToldApartByContent() throws IOException, FormatException {
        Path spacy = Files.writeString(dir.resolve("a.jsonl"), "{\"text\":\"Rubaie\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n");
        Path doccano = Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"Rubaie\",\"label\":[[0,6,\"PER\"]]}\n");
        byte[] spacyHead = Files.readAllBytes(spacy);
        byte[] doccanoHead = Files.readAllBytes(doccano);
        assertThat(new JsonlFormat().accepts(spacy, spacyHead)).isTrue();
        assertThat(new DoccanoFormat().accepts(spacy, spacyHead)).isFalse();
        assertThat(new DoccanoFormat().accepts(doccano, doccanoHead)).isTrue();
        // the registry asks doccano first; jsonl takes every JSON lines name doccano leaves
        List<cabletag.formats.reader.FormatReader> readers = cabletag.formats.FormatRegistry.readers();
        assertThat(readers.stream().filter(DoccanoFormat.class::isInstance).map(readers::indexOf).findFirst().orElseThrow())
                .isLessThan(readers.stream().filter(JsonlFormat.class::isInstance).map(readers::indexOf).findFirst().orElseThrow());
        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(dir));
        assertThat(outcomes).extracting(o -> o.documents().get(0).source().format())
                .containsExactly(SourceFormat.JSONL, SourceFormat.DOCCANO);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.documents().get(0).spans()).containsExactly(Span.of(0, 6, "PER")));
    }

    @Test
    void jsonlIgnoresUnknownFieldsAndReportsBadSpansWithTheirLine() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("d.jsonl"),
                "{\"text\":\"Rubaie met\",\"extra\":{\"x\":1},\"spans\":[{\"start\":0,\"end\":6,\"label\":\"per\",\"token_start\":0}]}\n\n"
                        + "{\"text\":\"Tehran\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"LOC\"},{\"start\":0,\"end\":6,\"label\":\"ORG\"},"
                        + "{\"start\":2,\"end\":1,\"label\":\"ORG\"},{\"start\":0,\"end\":2,\"label\":\"no good\"}]}\n");
        List<Document> documents = new JsonlFormat().read(file, "d.jsonl");
        assertThat(documents.get(0).spans()).containsExactly(Span.of(0, 6, "PER")); // label upper-cased
        assertThat(documents.get(0).id()).isEqualTo("d-1");
        assertThat(formatted(documents.get(1))).containsExactly(
                "d.jsonl:3:1: warning: entity ORG 'Tehran' same text as the LOC entity 'Tehran'; entity dropped [overlap]",
                "d.jsonl:3:1: warning: entity [2, 1) ORG ends before it starts; entity dropped [bad-offsets]",
                "d.jsonl:3:1: warning: 'no good' is not a usable label (capital letters, digits, _ or -); entity dropped [bad-label]");
    }

    @Test
    void jsonlWithoutTextStopsTheFileAtItsLine() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("e.jsonl"), "{\"text\":\"ok\"}\n{\"spans\":[]}\n");
        assertThatThrownBy(() -> new JsonlFormat().read(file, "e.jsonl"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("needs a \"text\" field");
    }

    @Test
    void aJsonLinesFileWhoseFirstLineIsNotJsonIsStillADatasetAndItsBadLinesAreNamed() throws IOException {
        // Taken by content, this file went to the cable reader: one cable of JSON text, and exit 0.
        Files.writeString(dir.resolve("comment.jsonl"), "# exported 2025-01-01\n"
                + "{\"id\":\"q1\",\"text\":\"Rubaie\",\"spans\":[{\"start\":0,\"end\":6,\"label\":\"PER\"}]}\n");
        Files.writeString(dir.resolve("noise.jsonl"), "hello world\nfoo\n");
        Files.writeString(dir.resolve("notext.jsonl"), "{\"foo\":1}\n");

        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(dir));

        assertThat(outcomes).extracting(o -> o.file().name()).containsExactly("comment.jsonl", "noise.jsonl", "notext.jsonl");
        ReadOutcome comment = outcomes.get(0);
        assertThat(comment.documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("q1");
            assertThat(d.source().format()).isEqualTo(SourceFormat.JSONL);
            assertThat(d.spans()).containsExactly(Span.of(0, 6, "PER"));
        });
        assertThat(comment.problems()).singleElement().asString().startsWith(dir.resolve("comment.jsonl") + ":1:1: error: not a JSON object");
        assertThat(outcomes.get(1).documents()).isEmpty();
        assertThat(outcomes.get(1).problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains(": error: not a JSON object"));
        assertThat(outcomes.get(1).problems().get(1)).startsWith(dir.resolve("noise.jsonl") + ":2:1:");
        assertThat(outcomes.get(2).documents()).isEmpty();
        assertThat(outcomes.get(2).problems()).singleElement().asString()
                .isEqualTo(dir.resolve("notext.jsonl") + ":1:1: error: a JSON line needs a \"text\" field");
    }

    @Test
    void anEmptyDatasetFileIsNamedNotReadAsAnEmptyCable() throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "");
        Files.writeString(dir.resolve("b.jsonl"), "\n  \n\n");
        Files.writeString(dir.resolve("c.conll"), "\n");

        List<ReadOutcome> outcomes = CorpusReader.standard().readAll(List.of(dir));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.documents()).isEmpty());
        assertThat(outcomes).extracting(o -> o.problems().get(0)).containsExactly(
                dir.resolve("a.jsonl") + ":1:1: error: no JSON line in this file: an empty dataset holds no document",
                dir.resolve("b.jsonl") + ":1:1: error: no JSON line in this file: an empty dataset holds no document",
                dir.resolve("c.conll") + ":1:1: error: no token line in this file: an empty CoNLL file holds no document");
    }

    @Test
    void conllReadsBothSchemesAndReportsInvalidSequencesWithLineAndColumn() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("f.conll"), String.join("\n",
                "-DOCSTART- -X- -X- O", "", "Rubaie _ _ S-PER", "met _ _ O", "Camp _ _ B-LOC", "Ashraf _ _ E-LOC", "",
                "-DOCSTART- -X- -X- O", "", "the _ _ O", "Embassy\tI-ORG", "Baghdad\tI-ORG", ""));
        List<Document> documents = new ConllFormat().read(file, "f.conll");
        assertThat(documents).hasSize(2);
        Document first = documents.get(0);
        assertThat(first.text()).isEqualTo("Rubaie met Camp Ashraf");
        assertThat(first.spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(11, 22, "LOC"));
        assertThat(first.diagnostics()).isEmpty();
        Document second = documents.get(1);
        assertThat(second.spans()).containsExactly(Span.of(4, 19, "ORG"));
        assertThat(formatted(second)).containsExactly(
                "f.conll:11:9: warning: 'I-ORG' follows 'O'; an entity starts with B- (read leniently) [bad-tags]");
    }

    /** The document keeps the file's tokens and sentences, over its text in UTF-16 units as the program counts. */
    @Test
    void conllDocumentKeepsItsTokensAndSentences() throws IOException, FormatException {
        String flag = "\uD83C\uDDEE\uD83C\uDDF6";
        Path file = Files.writeString(dir.resolve("t.conll"), "-DOCSTART- -X- -X- O\n\n" + flag + " _ _ B-LOC\nAT&T\tB-ORG\n\n\n"
                + ":-) _ _ O\n\n-DOCSTART- -X- -X- O\n\n");
        List<Document> documents = new ConllFormat().read(file, "t.conll");
        cabletag.core.GivenTokens given = documents.get(0).givenTokens();
        assertThat(documents.get(0).text()).isEqualTo(flag + " AT&T\n:-)");
        assertThat(given.isGiven()).isTrue();
        assertThat(given.count()).isEqualTo(3);
        assertThat(new int[] {given.start(0), given.end(0), given.start(1), given.end(1), given.start(2), given.end(2)})
                .containsExactly(0, 4, 5, 9, 10, 13);
        assertThat(given.sentenceCount()).isEqualTo(2);
        assertThat(given.sentenceStart(1)).isEqualTo(2);
        assertThat(documents.get(1).givenTokens().count()).as("an empty document").isZero();
    }

    @Test
    void everyTagOutOfSequenceInASentenceIsNamedAtItsLine() throws IOException, FormatException {
        // only the first of a sentence was said before: lines 3 and 5 were read leniently unsaid
        Path file = Files.writeString(dir.resolve("s.conll"), "a I-PER\nb O\nc I-LOC\nd O\ne I-ORG\n\n"
                + "x S-LOC\ny E-LOC\n\nu B-ORG\nv E-ORG\nw I-ORG\n");
        Document document = new ConllFormat().read(file, "s.conll").get(0);
        assertThat(formatted(document)).containsExactly(
                "s.conll:1:3: warning: 'I-PER' follows 'O'; an entity starts with B- (read leniently) [bad-tags]",
                "s.conll:3:3: warning: 'I-LOC' follows 'O'; an entity starts with B- (read leniently) [bad-tags]",
                "s.conll:5:3: warning: 'I-ORG' follows 'O'; an entity starts with B- (read leniently) [bad-tags]",
                "s.conll:8:3: warning: 'E-LOC' outside an entity; an entity starts with B- or S- (read leniently) [bad-tags]",
                "s.conll:12:3: warning: 'I-ORG' outside an entity; an entity starts with B- or S- (read leniently) [bad-tags]");
    }

    @Test
    void everyTagOfNoSchemeInASentenceIsNamedAtItsLineAndReadAsO() throws IOException, FormatException {
        // only the first was said before; the later ones were read as O unsaid
        Path file = Files.writeString(dir.resolve("w.conll"), "Zed _ _ X-FOO\nYo _ _ X-BAR\nRubaie _ _ B-PER\n");
        Document document = new ConllFormat().read(file, "w.conll").get(0);
        assertThat(document.spans()).containsExactly(Span.of(7, 13, "PER"));
        assertThat(formatted(document)).containsExactly(
                "w.conll:1:9: warning: 'X-FOO' is not a tag; read as O [bad-tag]",
                "w.conll:2:8: warning: 'X-BAR' is not a tag; read as O [bad-tag]");
    }

    @Test
    void anEmptyOrBackwardsSpanIsNamedAsSuchNotAsNotFittingTheText() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("e.jsonl"), "{\"id\":\"d\",\"text\":\"Ann\",\"spans\":["
                + "{\"start\":0,\"end\":0,\"label\":\"PER\"},{\"start\":3,\"end\":1,\"label\":\"PER\"}]}\n");
        Document document = new JsonlFormat().read(file, "e.jsonl").get(0);
        assertThat(formatted(document)).containsExactly(
                "e.jsonl:1:1: warning: entity [0, 0) PER is an empty span (start = end); entity dropped [bad-offsets]",
                "e.jsonl:1:1: warning: entity [3, 1) PER ends before it starts; entity dropped [bad-offsets]");
    }

    @Test
    void aJsonLineOfTheWrongShapeIsNamedInPlainWordsNotInJacksonsClassNames() throws IOException {
        Path file = Files.writeString(dir.resolve("j.jsonl"),
                "[1]\n{\"text\":\"a\",\"spans\":\"x\"}\n{\"text\":\"a\",\"spans\":[\"x\"]}\n{\"text\":\"ok\"}\n");
        assertThatThrownBy(() -> new JsonlFormat().read(file, "j.jsonl"))
                .isInstanceOfSatisfying(BadLinesException.class, e -> assertThat(e.badLines())
                        .extracting(bad -> bad.format("j.jsonl")).containsExactly(
                                "j.jsonl:1:1: error: expected a JSON object, found an array",
                                "j.jsonl:2:1: error: \"spans\" must be a list, found a string",
                                "j.jsonl:3:1: error: \"spans[0]\" is not the kind of value expected there, found a string"));
    }

    @Test
    void aJsonObjectSpreadOverLinesIsNamedLineByLineWithoutJacksonsSourceNotes() throws IOException {
        // a pretty-printed object: Jackson's messages carried "[Source: REDACTED (`StreamReadFeature…` disabled); …]"
        Path file = Files.writeString(dir.resolve("p.json"), "{\n \"text\":\"x\"\n}\n");
        assertThatThrownBy(() -> new JsonlFormat().read(file, "p.json"))
                .isInstanceOfSatisfying(BadLinesException.class, e -> assertThat(e.badLines())
                        .extracting(bad -> bad.format("p.json")).containsExactly(
                                "p.json:1:2: error: not a JSON object with a \"text\" string: the line ends inside a "
                                        + "JSON object that is not closed (each document is one JSON object on one line)",
                                "p.json:2:1: error: expected a JSON object, found a string",
                                "p.json:3:1: error: not a JSON object with a \"text\" string: '}' closes nothing that "
                                        + "was opened on this line"));
    }

    @Test
    void conllLineWithoutTagStopsTheFile() throws IOException, FormatException {
        Path file = Files.writeString(dir.resolve("g.conll"), "Rubaie B-PER\nlonely\n");
        assertThatThrownBy(() -> new ConllFormat().read(file, "g.conll"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.format("g.conll"))
                        .isEqualTo("g.conll:2:1: error: expected a token and a tag, found 'lonely'; "
                                + "the document of this line is left out"));
    }

    @Test
    void bratReadsTheAnnWithItsTxtAndTheTxtIsACompanion() throws IOException, FormatException {
        Files.writeString(dir.resolve("c.txt"), "Rubaie met\nCamp Ashraf", StandardCharsets.UTF_8);
        Path ann = Files.writeString(dir.resolve("c.ann"), "T1\tPER 0 6\tRubaie\nT2\tLOC 11 15;16 22\tCamp Ashraf\n"
                + "R1\tPart Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tnote\nT3\tORG 0 3\tXYZ\nT4\tPER 0 99\tfar\nnonsense\n");
        BratFormat brat = new BratFormat();
        assertThat(brat.isCompanion("c.txt", sibling -> Files.isRegularFile(dir.resolve(sibling)))).isTrue();
        Document document = brat.read(ann, "c.ann").get(0);
        assertThat(document.spans()).containsExactly(Span.of(0, 6, "PER"), Span.of(0, 3, "ORG"), Span.of(11, 22, "LOC"));
        assertThat(document.diagnostics()).extracting(Diagnostic::code)
                .containsExactly("not-an-entity", "not-an-entity", "text-mismatch", "bad-offsets", "bad-line");
        assertThat(document.diagnostics()).extracting(Diagnostic::line).containsExactly(3, 4, 5, 6, 7);
        // the relation and the note are not carried: annotation lost, as a dropped entity is
        assertThat(document.diagnostics()).filteredOn(d -> d.code().equals("not-an-entity"))
                .allSatisfy(d -> assertThat(d.losesAnnotation()).isTrue());
        List<ReadOutcome> corpus = CorpusReader.standard().readAll(List.of(dir));
        assertThat(corpus).hasSize(1); // c.txt is not read as a cable of its own
    }

    @Test
    void bratWithoutItsTxtIsAClearError() throws IOException, FormatException {
        Path ann = Files.writeString(dir.resolve("lonely.ann"), "T1\tPER 0 6\tRubaie\n");
        assertThatThrownBy(() -> new BratFormat().read(ann, "lonely.ann")).hasMessageContaining("no lonely.txt beside lonely.ann");
    }
}
