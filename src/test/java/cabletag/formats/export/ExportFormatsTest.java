package cabletag.formats.export;

import static cabletag.formats.export.ExportTestSupport.collapse;
import static cabletag.formats.export.ExportTestSupport.pythonSlice;
import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.formats.tokens.TagScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format, written from the seeds, read back with an independent parser (plain Jackson trees,
 * line splitting, the brat .txt) and compared with the tags found in the raw tagged seed by a
 * regular expression, so neither the reader nor the writer checks itself.
 */
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private final List<Document> seeds = ExportTestSupport.seedDocuments();

    private List<String> rawTags() throws IOException {
        return ExportTestSupport.rawTags(ExportTestSupport.seeds().resolve(ExportTestSupport.TAGGED_SEED));
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void jsonlSpansSliceToTheTaggedTextInPython() throws IOException {
        Path file = out.resolve("seeds.jsonl");
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), seeds, file);

        List<JsonNode> lines = jsonLines(file);
        assertThat(lines).hasSize(2);
        JsonNode tagged = lines.stream().filter(n -> n.get("id").asText().startsWith("004")).findFirst().orElseThrow();
        List<String> entities = new ArrayList<>();
        for (JsonNode span : tagged.get("spans")) {
            String text = pythonSlice(tagged.get("text").asText(), span.get("start").asInt(), span.get("end").asInt());
            entities.add(span.get("label").asText() + " " + text);
        }
        assertThat(entities).isEqualTo(rawTags());
        assertThat(tagged.get("meta").get("source").asText()).isEqualTo(ExportTestSupport.TAGGED_SEED);
        JsonNode plain = lines.get(0);
        assertThat(plain.get("meta").get("identifier").asText()).isEqualTo("05BAGHDAD3001");
        assertThat(summary.cables()).isEqualTo(2);
        assertThat(summary.entities()).isEqualTo(rawTags().size());
        assertThat(summary.files()).containsExactly(file.toAbsolutePath());
    }

    @Test
    void doccanoLabelsSliceToTheTaggedText() throws IOException {
        Path file = out.resolve("seeds.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.DOCCANO), seeds, file);
        JsonNode tagged = jsonLines(file).get(1);
        List<String> entities = new ArrayList<>();
        for (JsonNode label : tagged.get("label")) {
            entities.add(label.get(2).asText() + " " + pythonSlice(tagged.get("text").asText(), label.get(0).asInt(), label.get(1).asInt()));
        }
        assertThat(entities).isEqualTo(rawTags());
    }

    @Test
    void conllHasValidTagsFourColumnsAndEveryEntity() throws IOException {
        for (TagScheme scheme : List.of(TagScheme.IOB2, TagScheme.BIOES)) {
            Path file = out.resolve("seeds-" + scheme.name() + ".conll");
            ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL).withScheme(scheme), seeds, file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.stream().filter(l -> l.equals("-DOCSTART- -X- -X- O"))).hasSize(2);
            List<List<String[]>> sentences = conllSentences(lines);
            List<String> entities = new ArrayList<>();
            for (List<String[]> sentence : sentences) {
                List<String> tags = sentence.stream().map(columns -> columns[3]).toList();
                assertThat(IndependentTagChecker.problems(tags, scheme == TagScheme.BIOES)).isEmpty();
                entities.addAll(chunks(sentence));
            }
            // Tokens of an entity are joined by one space; the tagger's own spacing is collapsed.
            assertThat(entities).isEqualTo(rawTags().stream().map(ExportTestSupport::collapse).toList());
        }
    }

    static List<List<String[]>> conllSentences(List<String> lines) {
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.split(" ");
            assertThat(columns).as(line).hasSize(4);
            current.add(columns);
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }

    /** Entities of a sentence as "LABEL tok tok", decoded by hand: B/S open, I/E continue. */
    static List<String> chunks(List<String[]> sentence) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = null;
        for (String[] columns : sentence) {
            String tag = columns[columns.length - 1];
            if (tag.startsWith("B-") || tag.startsWith("S-")) {
                if (current != null) {
                    chunks.add(current.toString());
                }
                current = new StringBuilder(tag.substring(2)).append(' ').append(columns[0]);
            } else if (tag.startsWith("I-") || tag.startsWith("E-")) {
                current.append(' ').append(columns[0]);
            } else if (current != null) {
                chunks.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    @Test
    void hfSentencesHaveOneTagPerTokenAndTheLabelListBeside() throws IOException {
        Path file = out.resolve("seeds.jsonl");
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.HF), seeds, file);
        Path labelsFile = out.resolve("seeds.labels.json");
        assertThat(summary.files()).contains(labelsFile.toAbsolutePath());
        List<String> names = new ArrayList<>();
        JSON.readTree(labelsFile.toFile()).forEach(n -> names.add(n.asText()));
        assertThat(names.get(0)).isEqualTo("O");
        assertThat(names).contains("B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC").hasSize(9);
        List<String> entities = new ArrayList<>();
        long sentences = 0;
        for (JsonNode line : jsonLines(file)) {
            sentences++;
            assertThat(line.get("tokens").size()).isEqualTo(line.get("ner_tags").size()).isPositive();
            List<String[]> sentence = new ArrayList<>();
            for (int i = 0; i < line.get("tokens").size(); i++) {
                sentence.add(new String[] {line.get("tokens").get(i).asText(), names.get(line.get("ner_tags").get(i).asInt())});
            }
            assertThat(IndependentTagChecker.problems(sentence.stream().map(c -> c[1]).toList(), false)).isEmpty();
            if (line.get("id").asText().startsWith("004")) {
                entities.addAll(chunks(sentence));
            }
        }
        assertThat(sentences).isEqualTo(summary.sentences());
        assertThat(entities).isEqualTo(rawTags().stream().map(ExportTestSupport::collapse).toList());
    }

    /**
     * A tagged cable of our own beside the seeds: an emoji before the entities and an entity running
     * over a line break, which brat can only hold as two fragments.
     */
    private static final String BROKEN_LINE_CABLE = "\uD83D\uDE00 He met the [ORG Embassy\nBaghdad  ] staff in [LOC Camp  ]\n"
            + "[LOC Ashraf  ] and [PER Rubaie\n\uD835\uDD38l-Iraqi  ] .\n";

    @Test
    void bratOffsetsMatchTheTxtAndTheTags() throws IOException {
        Path extra = Files.writeString(Files.createDirectories(out.resolve("in")).resolve("broken-line.txt"), BROKEN_LINE_CABLE);
        List<Document> documents = new ArrayList<>(seeds);
        documents.addAll(ExportTestSupport.read(extra));
        Path folder = out.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), documents, folder);

        String base = ExportTestSupport.TAGGED_SEED.replace(".txt", "");
        BratEntities seed = BratEntities.read(folder.resolve(base + ".txt"), folder.resolve(base + ".ann"));
        assertThat(seed.entities()).isEqualTo(rawTags());

        BratEntities broken = BratEntities.read(folder.resolve("broken-line.txt"), folder.resolve("broken-line.ann"));
        assertThat(broken.entities()).containsExactly("ORG Embassy\nBaghdad", "LOC Camp", "LOC Ashraf", "PER Rubaie\n\uD835\uDD38l-Iraqi");
        // Each entity over a line break is two fragments; the one between two lines' tags is not.
        assertThat(broken.fragmented()).hasSize(2);
        assertThat(broken.fragmented().get(0)).matches("T1\tORG \\d+ \\d+;\\d+ \\d+\tEmbassy Baghdad");
        assertThat(broken.fragmented().get(1)).endsWith("\tRubaie \uD835\uDD38l-Iraqi");

        assertThat(Files.readString(folder.resolve("annotation.conf"))).contains("[entities]\nLOC\nMISC\nORG\nPER\n");
        assertThat(folder.resolve(ExportTestSupport.PLAIN_SEED.replace(".txt", ".ann"))).exists();
    }

    /** A dataset text with CRLF line ends: brat cuts fragments at the whole line break, so no .ann line holds a CR. */
    @Test
    void bratCutsFragmentsAtCarriageReturnsToo() throws IOException {
        String text = "He met the Embassy\r\nBaghdad staff\rand Camp\r\n\r\nAshraf .\r\n";
        int embassy = text.indexOf("Embassy");
        int staff = text.indexOf("staff");
        int camp = text.indexOf("Camp");
        Document crlf = new Document("crlf", cabletag.core.DocumentSource.ofCleanText("w.jsonl", cabletag.core.SourceFormat.JSONL, text),
                text, cabletag.core.SpanSet.of(cabletag.core.Span.of(embassy, text.indexOf(" staff"), "ORG"),
                cabletag.core.Span.of(staff, text.indexOf("and") + 3, "MISC"),
                cabletag.core.Span.of(camp, text.indexOf(" ."), "LOC")), java.util.Map.of(), null);
        Path folder = out.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), List.of(crlf), folder);
        Path ann = folder.resolve("w/crlf.ann");
        assertThat(Files.readString(ann, StandardCharsets.UTF_8)).doesNotContain("\r");
        BratEntities entities = BratEntities.read(folder.resolve("w/crlf.txt"), ann);
        assertThat(entities.fragmented()).containsExactly("T1\tORG 11 18;20 27\tEmbassy Baghdad", "T2\tMISC 28 33;34 37\tstaff and",
                "T3\tLOC 38 42;46 52\tCamp Ashraf");
        assertThat(Files.readString(folder.resolve("w/crlf.txt"), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    /**
     * An entity of line breaks only has no text left: it is two empty ranges at its edges, so it reads back
     * whole, as do entities that start or end with a break.
     */
    @Test
    void bratKeepsAnEntityOfLineBreaksOnly() throws IOException {
        String text = "Camp\r\n\nAshraf\n";
        Document odd = new Document("odd", cabletag.core.DocumentSource.ofCleanText("w.jsonl", cabletag.core.SourceFormat.JSONL, text),
                text, cabletag.core.SpanSet.of(cabletag.core.Span.of(0, 13, "LOC"), cabletag.core.Span.of(4, 7, "MISC"),
                cabletag.core.Span.of(13, 14, "PER")), java.util.Map.of(), null);
        Path folder = out.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), List.of(odd), folder);
        assertThat(Files.readAllLines(folder.resolve("w/odd.ann"), StandardCharsets.UTF_8))
                .containsExactly("T1\tLOC 0 4;7 13\tCamp Ashraf", "T2\tMISC 4 4;7 7\t ", "T3\tPER 13 13;14 14\t ");
        Document back = ExportTestSupport.read(folder.resolve("w/odd.ann")).get(0);
        // read back whole; the two of line breaks only are named as no token (conll and hf leave them out)
        assertThat(back.diagnostics()).extracting(cabletag.core.Diagnostic::code).containsExactly("blank-entity", "blank-entity");
        assertThat(back.spans()).isEqualTo(odd.spans());
    }

    /**
     * An independent reading of one brat document: each {@code .ann} line split by hand, each fragment
     * ({@code START END}, fragments separated by {@code ;}) sliced from the {@code .txt} by code points.
     * Only line breaks may lie between two fragments, and the text column must be the fragments joined by
     * one space, as brat shows them; an entity is reported as "LABEL text" with its fragments joined by
     * {@code \n}.
     */
    record BratEntities(List<String> entities, List<String> fragmented) {

        /** Where brat (Python's str.splitlines) breaks a line. */
        static final String BRAT_BREAKS = "[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]";

        static BratEntities read(Path txtFile, Path annFile) throws IOException {
            String txt = Files.readString(txtFile, StandardCharsets.UTF_8);
            List<String> entities = new ArrayList<>();
            List<String> fragmented = new ArrayList<>();
            for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", -1);
                assertThat(fields).as(line).hasSize(3);
                assertThat(fields[0]).matches("T\\d+");
                int space = fields[1].indexOf(' ');
                assertThat(space).as(line).isPositive();
                String label = fields[1].substring(0, space);
                List<String> pieces = new ArrayList<>();
                int previousEnd = -1;
                for (String fragment : fields[1].substring(space + 1).split(";", -1)) {
                    String[] offsets = fragment.split(" ", -1);
                    assertThat(offsets).as(line).hasSize(2);
                    int start = Integer.parseInt(offsets[0]);
                    int end = Integer.parseInt(offsets[1]);
                    assertThat(start).as(line).isGreaterThan(previousEnd).isLessThanOrEqualTo(end);
                    if (previousEnd >= 0) {
                        assertThat(pythonSlice(txt, previousEnd, start)).as("between the fragments of " + line).matches(BRAT_BREAKS + "+");
                    }
                    String piece = pythonSlice(txt, start, end);
                    assertThat(piece).as(line).doesNotContainPattern(BRAT_BREAKS);
                    pieces.add(piece);
                    previousEnd = end;
                }
                assertThat(fields[2]).as(line).isEqualTo(String.join(" ", pieces));
                if (pieces.size() > 1) {
                    fragmented.add(line);
                }
                entities.add(label + " " + String.join("\n", pieces));
            }
            return new BratEntities(entities, fragmented);
        }
    }

    @Test
    void inlineExportOfUneditedCablesIsByteIdentical() throws IOException {
        Path folder = out.resolve("inline");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), seeds, folder);
        for (String seed : List.of(ExportTestSupport.TAGGED_SEED, ExportTestSupport.PLAIN_SEED)) {
            assertThat(Files.readAllBytes(folder.resolve(seed)))
                    .isEqualTo(Files.readAllBytes(ExportTestSupport.seeds().resolve(seed)));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("inline", cabletag.formats.io.OutputSet.LOCK_FILE); // no staging left
        }
    }

    @Test
    void inlineExportCarriesCorrections() throws IOException {
        Document tagged = seeds.stream().filter(d -> d.id().startsWith("004")).findFirst().orElseThrow();
        cabletag.core.Span erbil = tagged.spans().stream().filter(s -> tagged.textOf(s).equals("Erbil")).findFirst().orElseThrow();
        Document corrected = tagged.withSpans(tagged.spans().replace(erbil, erbil.withLabel(cabletag.core.Label.LOC)));
        Path folder = out.resolve("inline");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(corrected), folder);
        String written = Files.readString(folder.resolve(ExportTestSupport.TAGGED_SEED));
        // The first "Erbil 3" is relabelled in place, the second is untouched.
        assertThat(written).contains("questions about the \" [LOC Erbil  ] 3 \"", "issue of the \" [PER Erbil  ] 3 \"");
        assertThat(written.length()).isEqualTo(Files.readString(ExportTestSupport.seeds().resolve(ExportTestSupport.TAGGED_SEED)).length());
    }
}
