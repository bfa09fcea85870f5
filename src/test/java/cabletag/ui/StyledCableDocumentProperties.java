package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * The one-pass document build gives the same paragraphs, characters and styles as RichTextFX's own
 * route (fromString, then setStyleSpans), which is what the text area did before.
 */
class StyledCableDocumentProperties {

    private static final LabelPalette PALETTE = new LabelPalette();
    private static final List<Label> LABELS = List.of(Label.PER, Label.LOC, Label.ORG, Label.MISC, Label.of("DATE"));

    @Property(tries = 400)
    void buildsWhatRichTextFxBuilds(@ForAll("documents") Document document) {
        assertSameAsRichTextFx(document, document.spans().isEmpty() ? null : document.spans().get(0), Integer.MAX_VALUE);
    }

    @Property(tries = 400)
    void buildsWhatRichTextFxBuildsInTwoHalves(@ForAll("documents") Document document) {
        assertSameAsRichTextFx(document, document.spans().isEmpty() ? null : document.spans().get(0), 0);
    }

    @Example
    void buildsSeed004AsRichTextFxDoes() throws IOException {
        Path seed = Path.of("seeds/004_139b5bbd77eb63a8.txt");
        Document document = new CableReader().read(seed.getFileName().toString(), Files.readAllBytes(seed));
        assertThat(document.spans()).hasSize(146);
        assertSameAsRichTextFx(document, document.spans().get(3), Integer.MAX_VALUE);
        assertSameAsRichTextFx(document, document.spans().get(3), 0);
    }

    private static void assertSameAsRichTextFx(Document document, Span selected, int parallelThreshold) {
        StyledDocument<Collection<String>, String, Collection<String>> fast =
                StyledCableDocument.build(document, PALETTE, selected, List.of(), List.of(), parallelThreshold);
        StyledDocument<Collection<String>, String, Collection<String>> reference = StyledCableDocument.buildByRichTextFx(
                StyledCableDocument.marked(document.text()), new HighlightStyler(PALETTE).styleAll(document.spans(), document.text().length(), selected),
                List.of(), List.of());
        // one character for one: a line separator is shown as its mark, every other character as it is
        assertThat(fast.getText()).isEqualTo(document.text().replace('\u2028', '↵'));
        assertThat(fast.getParagraphs()).hasSameSizeAs(reference.getParagraphs());
        for (int p = 0; p < fast.getParagraphs().size(); p++) {
            assertThat(styledChars(fast.getParagraphs().get(p))).as("paragraph %d", p)
                    .isEqualTo(styledChars(reference.getParagraphs().get(p)));
        }
    }

    /** Each character of the paragraph with its classes, e.g. {@code "R:entity bg-per"}. */
    private static List<String> styledChars(Paragraph<Collection<String>, String, Collection<String>> paragraph) {
        List<String> chars = new ArrayList<>();
        String text = paragraph.getText();
        for (int i = 0; i < text.length(); i++) {
            chars.add(text.charAt(i) + ":" + String.join(" ", paragraph.getStyleAtPosition(i + 1)));
        }
        return chars;
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab \n\u2028").ofMaxLength(60);
        return text.flatMap(t -> spans(t.length()).map(spans -> document(t, spans)));
    }

    private static Arbitrary<List<Span>> spans(int length) {
        if (length == 0) {
            return Arbitraries.just(List.of());
        }
        Arbitrary<Span> span = Combinators.combine(
                Arbitraries.integers().between(0, length - 1), Arbitraries.integers().between(1, 12), Arbitraries.of(LABELS))
                .as((start, width, label) -> new Span(start, Math.min(length, start + width), label));
        return span.list().ofMaxSize(8);
    }

    /** Keeps the spans that fit the overlap policy, in the order drawn. */
    private static Document document(String text, List<Span> drawn) {
        SpanSet spans = SpanSet.empty();
        for (Span span : drawn) {
            try {
                spans = spans.with(span);
            } catch (SpanConflictException crossing) {
                // drawn spans may cross; the model refuses those, so does this generator
            }
        }
        return new Document("generated", DocumentSource.ofCleanText("generated.txt", SourceFormat.JSONL, text), text,
                spans, Map.of(), List.of());
    }
}
