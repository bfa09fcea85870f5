package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.MetaValue;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.tokens.TokenSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, then open the export as input: the same text and spans come back. */
class RoundTripTest {

    @TempDir
    Path out;

    private final List<Document> corpus = seedsAndAnAwkwardDocument();

    /** Seeds plus a document with an emoji, a nested entity and an entity over a line break. */
    private static List<Document> seedsAndAnAwkwardDocument() {
        List<Document> documents = new ArrayList<>(ExportTestSupport.seedDocuments());
        //          0 1 2         3
        //          ..0123456789012345678901234567890123
        String t = "\uD83D\uDE00 Rubaie met the Embassy Baghdad\nstaff of Camp\nAshraf";
        //             [PER ]         [ORG            ]          [MISC      ]
        //                                    [LOC  ]
        documents.add(new Document("emoji", DocumentSource.ofCleanText("extra.jsonl", SourceFormat.JSONL, t), t,
                SpanSet.of(Span.of(3, 9, "PER"), Span.of(18, 33, "ORG"), Span.of(26, 33, "LOC"),
                Span.of(43, 54, "MISC")), Map.of("origin", MetaValue.ofText("test")), null));
        return documents;
    }

    private static List<String> spansAndTexts(Document document) {
        List<String> result = new ArrayList<>();
        for (Span span : document.spans()) {
            result.add(span + " " + document.textOf(span));
        }
        return result;
    }

    /** Exports the corpus to {@code target} under the test's folder and opens what was written. */
    private List<Document> exportAndReadBack(ExportOptions options, String target) throws IOException {
        ExportTestSupport.export(options, corpus, out.resolve(target));
        return ExportTestSupport.read(out.resolve(target));
    }

    /** For the span formats, which must give back every document as it was. */
    private List<Document> roundTrip(ExportOptions options, String target) throws IOException {
        List<Document> back = exportAndReadBack(options, target);
        assertThat(back).hasSameSizeAs(corpus);
        for (int i = 0; i < corpus.size(); i++) {
            assertThat(back.get(i).text()).isEqualTo(corpus.get(i).text());
            assertThat(spansAndTexts(back.get(i))).isEqualTo(spansAndTexts(corpus.get(i)));
        }
        return back;
    }

    @Test
    void jsonl() throws IOException {
        List<Document> back = roundTrip(ExportOptions.of(ExportFormat.JSONL), "all.jsonl");
        assertThat(back.get(2).id()).isEqualTo("emoji");
        assertThat(back.get(2).metadata()).containsEntry("origin", MetaValue.ofText("test"));
        assertThat(back.get(2).source().format()).isEqualTo(SourceFormat.JSONL);
    }

    @Test
    void doccano() throws IOException {
        List<Document> back = roundTrip(ExportOptions.of(ExportFormat.DOCCANO), "all.jsonl");
        assertThat(back.get(0).source().format()).isEqualTo(SourceFormat.DOCCANO);
    }

    @Test
    void brat() throws IOException {
        // The folder lists 000..., 004..., extra/emoji in name order, as the corpus did.
        List<Document> back = roundTrip(ExportOptions.of(ExportFormat.BRAT), "brat");
        assertThat(back).allSatisfy(d -> assertThat(d.diagnostics()).isEmpty());
    }

    /**
     * CoNLL keeps tokens, not spacing: the text read back is the exported tokens joined by single
     * spaces, one sentence per line, and each entity covers the same tokens with the same label.
     */
    @Test
    void conllGivesTheTokensJoinedBySpacesAndTheSameEntities() throws IOException {
        TokenAligner aligner = new TokenAligner();
        for (TagScheme scheme : List.of(TagScheme.IOB2, TagScheme.BIOES)) {
            List<Document> back = exportAndReadBack(ExportOptions.of(ExportFormat.CONLL).withScheme(scheme), scheme.name() + ".conll");
            assertThat(back).hasSize(corpus.size());
            for (int i = 0; i < corpus.size(); i++) {
                Tokens expected = Tokens.of(aligner.align(corpus.get(i)));
                assertThat(back.get(i).text()).isEqualTo(expected.text());
                assertThat(back.get(i).spans().stream().map(Span::toString).toList()).isEqualTo(expected.spans());
                assertThat(back.get(i).diagnostics()).isEmpty();
            }
            // Only the nested LOC inside "Embassy Baghdad" is not in a flat format.
            assertThat(back.get(2).spans()).extracting(Span::label).containsExactly(Label.PER, Label.ORG, Label.MISC);
        }
    }

    /** An empty cable is a -DOCSTART- with no tokens; it reads back as an empty document, so cable counts survive. */
    @Test
    void conllKeepsAnEmptyCable() throws IOException {
        List<Document> withEmpty = new ArrayList<>(ExportTestSupport.seedDocuments());
        withEmpty.add(1, new Document("empty", DocumentSource.ofCleanText("empty.txt", SourceFormat.INLINE, ""), "",
                SpanSet.of(), Map.of(), null));
        Path target = out.resolve("empty.conll");
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL), withEmpty, target);
        assertThat(summary.cables()).isEqualTo(3);
        List<Document> back = ExportTestSupport.read(target);
        assertThat(back).hasSize(3);
        assertThat(back.get(1).text()).isEmpty();
        assertThat(back.get(1).spans()).isEmpty();
        assertThat(back.get(2).text()).isEqualTo(Tokens.of(new TokenAligner().align(withEmpty.get(2))).text());
        assertThat(back).allSatisfy(d -> assertThat(d.diagnostics()).isEmpty());
    }

    /** A document as CoNLL carries it: its tokens joined by single spaces, a sentence a line, and its flat entities over them. */
    private record Tokens(String text, List<String> spans) {

        static Tokens of(AlignedDocument aligned) {
            StringBuilder text = new StringBuilder();
            List<String> spans = new ArrayList<>();
            for (int s = 0; s < aligned.sentenceCount(); s++) {
                if (s > 0) {
                    text.append('\n');
                }
                List<int[]> offsets = new ArrayList<>();
                for (int t = aligned.sentenceStart(s); t < aligned.sentenceEnd(s); t++) {
                    if (t > aligned.sentenceStart(s)) {
                        text.append(' ');
                    }
                    offsets.add(new int[] {text.length(), text.length() + aligned.token(t).length()});
                    text.append(aligned.token(t));
                }
                for (TokenSpan span : aligned.entities().get(s)) {
                    spans.add(Span.of(offsets.get(span.first())[0], offsets.get(span.end() - 1)[1], span.label().name()).toString());
                }
            }
            return new Tokens(text.toString(), spans);
        }
    }
}
