package cabletag.formats.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.bench.DatasetSpansBench;
import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.reader.FormatReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document with 200,000 entities reads in linear time in every dataset format (checking each
 * entity against all kept ones took 16 s for 100,000 in jsonl, 51 s in brat), and the faster overlap
 * filter keeps exactly what checking one by one kept.
 */
class ManySpansReadTest {

    private static final int SPANS = 200_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "doccano", "brat", "conll"})
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // about 4 s on a quiet machine, 10 s at load 13; the old reader took 76 s
    void twoHundredThousandEntitiesInOneDocumentReadInTime(String format) throws Exception {
        Path file = DatasetSpansBench.write(dir, format, SPANS);
        FormatReader reader = switch (format) {
            case "jsonl" -> new JsonlFormat();
            case "doccano" -> new DoccanoFormat();
            case "brat" -> new BratFormat();
            default -> new ConllFormat();
        };
        Document document = reader.read(file, file.getFileName().toString()).get(0);
        assertThat(document.spans()).hasSize(SPANS);
        assertThat(document.diagnostics()).isEmpty();
        Span last = document.spans().get(SPANS - 1);
        assertThat(document.textOf(last)).isEqualTo("w" + (SPANS - 1));
    }

    @Property(tries = 300)
    void earlierEntitiesWinExactlyAsCheckingOneByOne(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count) {
        Random random = new Random(seed);
        String text = "abcdefghijklmnopqrstuvwxyz0123";
        List<long[]> entities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(text.length());
            int end = start + 1 + random.nextInt(Math.min(12, text.length() - start));
            entities.add(new long[] {start, end, random.nextInt(3)});
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        SpanCollector collector = new SpanCollector(text, diagnostics);
        List<Span> expected = new ArrayList<>();
        List<Integer> expectedDropped = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            long[] e = entities.get(i);
            String label = "L" + e[2];
            collector.add(e[0], e[1], label, i + 1, 1);
            Span span = Span.of((int) e[0], (int) e[1], label);
            if (expected.stream().anyMatch(kept -> kept.sameRange(span) || kept.crosses(span))) {
                expectedDropped.add(i + 1);
            } else {
                expected.add(span);
            }
        }
        assertThat(collector.spans()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(diagnostics).extracting(Diagnostic::line).containsExactlyElementsOf(expectedDropped);
        assertThat(diagnostics).allSatisfy(d -> assertThat(d.code()).isEqualTo("overlap"));
    }
}
