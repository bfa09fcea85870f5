package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inline export writes only cables that read back the same, and names the others. */
class InlineExportReadBackTest {

    @TempDir
    Path dir;

    @Test
    void aCableWhoseTextReadsAsATagIsNamedAndNotWrittenTheOthersAre() throws IOException {
        String tagLike = "He met [PER x  ] today";
        Document odd = new Document("odd", DocumentSource.ofCleanText("odd.txt", SourceFormat.JSONL, tagLike), tagLike,
                SpanSet.of(Span.of(0, 2, "PER")), Map.of(), List.of());
        String plain = "Rubaie met Maliki";
        Document fine = new Document("fine", DocumentSource.ofCleanText("fine.txt", SourceFormat.JSONL, plain), plain,
                SpanSet.of(Span.of(0, 6, "PER"), Span.of(11, 17, "PER")), Map.of(), List.of());
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(odd, fine), folder);

        assertThat(summary.notWritten()).isEqualTo(1);
        assertThat(summary.cables()).isEqualTo(1);
        assertThat(summary.problems()).singleElement().asString()
                .isEqualTo("odd.txt#odd: not written: written with plain tags it would read back with different text from"
                        + " clean text line 1, column 8 ('[PER x  ] today'): a tag there would be read as text, or text as a tag");
        assertThat(summary.describe()).contains("1 cable not written");
        assertThat(folder.resolve("odd.txt")).doesNotExist();
        assertThat(Files.readString(folder.resolve("fine.txt"))).isEqualTo("[PER Rubaie  ] met [PER Maliki  ]");
    }

    @Test
    void anEditedSeedWithNewTagsOnPlainWordsIsWrittenAndReadsBack() throws IOException {
        Document seed = ExportTestSupport.read(ExportTestSupport.seeds().resolve(ExportTestSupport.TAGGED_SEED)).get(0);
        int at = seed.text().indexOf(" officials ") + 1;
        assertThat(at).isPositive();
        SpanSet edited = seed.spans().with(new Span(at, at + "officials".length(), Label.MISC));
        Path folder = dir.resolve("inline");

        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), List.of(seed.withSpans(edited)), folder);

        assertThat(summary.notWritten()).isZero();
        Document back = new CableReader().read(seed.source().name(), Files.readAllBytes(folder.resolve(ExportTestSupport.TAGGED_SEED)));
        assertThat(back.text()).isEqualTo(seed.text());
        assertThat(back.spans()).isEqualTo(edited);
    }
}
