package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.tokens.TagScheme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import round trips on the awkward cases, each document on its own so a failure names it:
 * clean text with characters outside the BMP (at the very start and end, inside and glued to
 * entities), an entity nested in another, entities over line breaks (also CRLF ones), an empty cable
 * and a cable with no entity. jsonl, doccano and brat give back the same text and spans; conll gives back its tokens
 * (documented in FORMATS.md) and only the outermost entities, as any flat tag scheme must.
 */
class TrickyRoundTripTest {

    private static final String GRIN = "\uD83D\uDE00"; // 😀
    private static final String DOUBLE_A = "\uD835\uDD38"; // 𝔸

    @TempDir
    Path out;

    private static final String NON_BMP_TEXT = DOUBLE_A + " met " + GRIN + DOUBLE_A + "l-Rubaie at the Embassy Baghdad\n"
            + "staff and Camp\nAshraf " + GRIN;

    /** The span over the first occurrence of {@code part} (the last one with {@code last}). */
    private static Span span(String text, String part, String label, boolean last) {
        int at = last ? text.lastIndexOf(part) : text.indexOf(part);
        assertThat(at).as(part).isNotNegative();
        return Span.of(at, at + part.length(), label);
    }

    private static Document document(String id, String text, Span... spans) {
        return new Document(id, DocumentSource.ofCleanText("tricky.jsonl", SourceFormat.JSONL, text), text,
                SpanSet.of(spans), Map.of(), null);
    }

    private static final Document NON_BMP = document("nonbmp", NON_BMP_TEXT,
            span(NON_BMP_TEXT, DOUBLE_A, "MISC", false),                     // the first code point of the text
            span(NON_BMP_TEXT, GRIN + DOUBLE_A + "l-Rubaie", "PER", false),  // two non-BMP characters glued to a word
            span(NON_BMP_TEXT, "Embassy Baghdad\nstaff", "ORG", false),     // over a line break ...
            span(NON_BMP_TEXT, "Baghdad", "LOC", false),                     // ... with an entity nested inside
            span(NON_BMP_TEXT, "Camp\nAshraf", "LOC", false),
            span(NON_BMP_TEXT, GRIN, "MISC", true));                         // the last code point of the text
    /** A dataset's text with Windows line ends (inline cables read CRLF as {@code \n}, a jsonl text keeps it). */
    private static final Document CRLF = document("crlf", "He met the Embassy\r\nBaghdad staff.\r\n",
            span("He met the Embassy\r\nBaghdad staff.\r\n", "Embassy\r\nBaghdad", "ORG", false));
    private static final Document EMPTY = document("empty", "");
    private static final Document NO_ENTITY = document("none", "Nothing " + GRIN + " to tag here.\nNor here.");

    private final List<Document> corpus = List.of(NON_BMP, EMPTY, NO_ENTITY, CRLF);

    private static List<String> spansAndTexts(Document document) {
        List<String> result = new ArrayList<>();
        for (Span span : document.spans()) {
            result.add(span + " " + document.textOf(span));
        }
        return result;
    }

    /** The documents read back, by id; every id exported comes back once, and nothing else. */
    private Map<String, Document> roundTrip(ExportFormat format, String target) throws IOException {
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(format), corpus, out.resolve(target));
        assertThat(summary.cables()).isEqualTo(corpus.size());
        Map<String, Document> back = new LinkedHashMap<>();
        for (Document document : ExportTestSupport.read(out.resolve(target))) {
            assertThat(document.diagnostics()).as(document.id()).isEmpty();
            assertThat(back.put(document.id(), document)).as("duplicate " + document.id()).isNull();
        }
        assertThat(back.keySet()).containsExactlyInAnyOrder("nonbmp", "empty", "none", "crlf");
        return back;
    }

    private void assertSameTextAndSpans(Map<String, Document> back) {
        for (Document original : corpus) {
            Document read = back.get(original.id());
            assertThat(read.text()).as(original.id()).isEqualTo(original.text());
            assertThat(spansAndTexts(read)).as(original.id()).isEqualTo(spansAndTexts(original));
        }
        assertThat(back.get("nonbmp").spans()).hasSize(6); // the nested LOC included
    }

    @Test
    void jsonl() throws IOException {
        assertSameTextAndSpans(roundTrip(ExportFormat.JSONL, "tricky.jsonl"));
    }

    @Test
    void doccano() throws IOException {
        assertSameTextAndSpans(roundTrip(ExportFormat.DOCCANO, "tricky.jsonl"));
    }

    /** brat keeps the entities over a line break as fragments; read back they are whole again. */
    @Test
    void brat() throws IOException {
        assertSameTextAndSpans(roundTrip(ExportFormat.BRAT, "brat"));
    }

    /**
     * conll: the text read back is the exported tokens joined by single spaces, a sentence a line, so
     * only the white space may differ; each outermost entity comes back over the same characters with
     * its label; the nested LOC "Baghdad" inside "Embassy Baghdad staff" is not in a flat format (the
     * summary counts it) and does not come back.
     */
    @Test
    void conll() throws IOException {
        for (TagScheme scheme : List.of(TagScheme.IOB2, TagScheme.BIOES)) {
            Path target = out.resolve(scheme.name() + ".conll");
            ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL).withScheme(scheme), corpus, target);
            assertThat(summary.nestedDropped()).isEqualTo(1);
            assertThat(summary.entities()).isEqualTo(6);
            List<Document> back = ExportTestSupport.read(target);
            assertThat(back).hasSameSizeAs(corpus);
            for (int i = 0; i < corpus.size(); i++) {
                Document original = corpus.get(i);
                Document read = back.get(i);
                assertThat(read.diagnostics()).isEmpty();
                assertThat(read.text()).doesNotContain("  ").doesNotStartWith(" ");
                assertThat(withoutSpaces(read.text())).as(original.id()).isEqualTo(withoutSpaces(original.text()));
                List<String> expected = new ArrayList<>();
                for (Span span : original.spans().outermost()) {
                    expected.add(span.label().name() + " " + withoutSpaces(original.textOf(span)));
                }
                List<String> actual = new ArrayList<>();
                for (Span span : read.spans()) {
                    actual.add(span.label().name() + " " + withoutSpaces(read.textOf(span)));
                }
                assertThat(actual).as(original.id() + " " + scheme).isEqualTo(expected);
            }
            assertThat(back.get(1).text()).isEmpty();
            assertThat(back.get(2).spans()).isEmpty();
            assertThat(back.get(0).text()).startsWith(DOUBLE_A + " met ").endsWith("Ashraf " + GRIN);
        }
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
