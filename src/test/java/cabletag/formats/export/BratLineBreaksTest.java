package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * brat cuts an entity into fragments at every character where brat's reader (Python's
 * {@code str.splitlines()}) breaks a line, and an entity that starts or ends at such a character reads
 * back with the same edges as from jsonl and doccano.
 */
class BratLineBreaksTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u000B", "\f", "\u001C", "\u001D", "\u001E", "\u0085", "\u2028", "\u2029"})
    void everyPythonLineBreakCutsFragmentsAndAllThreeFormatsReadBackTheSameEntities(String br) throws IOException {
        String text = "\uD83D\uDE00 Embassy" + br + "Baghdad staff" + br + br + "met" + br + "Rubaie" + br + " ." + br;
        int embassy = text.indexOf("Embassy");
        int baghdadEnd = text.indexOf(" staff");
        int met = text.indexOf("met");
        int rubaie = text.indexOf("Rubaie");
        int dot = text.indexOf(" .");
        SpanSet spans = SpanSet.of(
                new Span(embassy, baghdadEnd, label("ORG")),                       // over one break
                new Span(embassy, text.indexOf(" staff") + 6 + br.length(), label("MISC")), // ends on a break, nests ORG
                new Span(met - br.length(), met + 3, label("LOC")),                // starts on a break
                new Span(rubaie, rubaie + 6 + br.length(), label("PER")),          // ends on a break
                new Span(dot - br.length(), dot, label("DATE")),                   // a break only
                new Span(0, text.length(), label("DOC")));                         // everything, nesting the rest
        Document document = new Document("doc", DocumentSource.ofCleanText("w.jsonl", SourceFormat.JSONL, text), text,
                spans, Map.of(), List.of());

        for (ExportFormat format : List.of(ExportFormat.JSONL, ExportFormat.DOCCANO, ExportFormat.BRAT)) {
            Path target = dir.resolve(format.cliName() + (format.writesFolder() ? "" : ".jsonl"));
            assertThat(ExportTestSupport.export(ExportOptions.of(format), List.of(document), target).problems()).isEmpty();
            Document back = ExportTestSupport.read(format == ExportFormat.BRAT ? target.resolve("w/doc.ann") : target).get(0);
            assertThat(back.text()).as(format.cliName()).isEqualTo(text);
            assertThat(back.spans()).as(format.cliName()).isEqualTo(spans);
            // the entity of a line break only is named as no token (conll and hf leave it out), and nothing else
            assertThat(back.diagnostics()).as(format.cliName()).allSatisfy(d -> assertThat(d.message()).startsWith("entity DATE '"))
                    .extracting(cabletag.core.Diagnostic::code).containsOnly("blank-entity");
        }
        Path ann = dir.resolve("brat/w/doc.ann");
        String annText = Files.readString(ann, StandardCharsets.UTF_8);
        // brat's own reader splits the .ann with splitlines(): still one line per entity.
        assertThat(annText.split(ExportFormatsTest.BratEntities.BRAT_BREAKS, -1)).hasSize(spans.size() + 1);
        ExportFormatsTest.BratEntities entities = ExportFormatsTest.BratEntities.read(dir.resolve("brat/w/doc.txt"), ann);
        assertThat(entities.entities()).hasSize(spans.size());
        int breakLength = br.codePointCount(0, br.length());
        assertThat(annText).contains("\tORG 2 9;" + (9 + breakLength) + " " + (16 + breakLength) + "\tEmbassy Baghdad\n");
        int dotAt = text.codePointCount(0, dot);
        assertThat(annText).contains("\tDATE " + (dotAt - breakLength) + " " + (dotAt - breakLength) + ";" + dotAt + " " + dotAt + "\t \n");
    }

    /** 10,000 nested entities: each line is its ranges and its own text, nothing that grows with the depth squared beyond that. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedEntitiesWriteEachEntitysTextOnce() throws IOException {
        int depth = 10_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(i % 50 == 49 ? '\n' : 'x');
        }
        text.append("core");
        List<Span> nested = new ArrayList<>();
        long covered = 0;
        for (int i = 0; i < depth; i++) {
            nested.add(new Span(i, text.length(), label("PER")));
            covered += text.length() - i;
        }
        String clean = text.toString();
        Document document = new Document("deep", DocumentSource.ofCleanText("d.jsonl", SourceFormat.JSONL, clean), clean,
                SpanSet.of(nested), Map.of(), List.of());
        Path target = dir.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), List.of(document), target);
        long size = Files.size(target.resolve("d/deep.ann"));
        // Each line: its text (at most the covered text) and about 12 bytes of ranges per fragment of 50.
        assertThat(size).isLessThanOrEqualTo(covered + covered / 50 * 14 + depth * 40L);
        try (var lines = Files.lines(target.resolve("d/deep.ann"), StandardCharsets.UTF_8)) {
            assertThat(lines.count()).isEqualTo(depth);
        }
    }

    private static cabletag.core.Label label(String name) {
        return cabletag.core.Label.of(name);
    }
}
