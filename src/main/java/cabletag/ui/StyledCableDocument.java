package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * A cable's text with every entity's style, as an immutable RichTextFX document. Built off the UI thread
 * (it touches no scene graph), then put into the text area in one replace.
 *
 * <p>Paragraphs are cut at each {@code \n} and filled with styled segments straight from the styler's
 * runs, in one pass. RichTextFX's own route (split the text with a regular expression, make style spans,
 * then restyle every paragraph) took four times as long on a 5 MB cable. A large text is built as two
 * halves on two threads and joined.
 *
 * <p>A line or paragraph separator (U+2028, U+2029) is shown as a mark, {@code ↵} or {@code ⏎}, in its place:
 * JavaFX draws it as nothing, so "Nouri\u2028al-Maliki" read "Nourial-Maliki". One character stands for one,
 * so every offset of the text area is still the document's; the document's text is not changed.
 */
final class StyledCableDocument {

    /** What the text area shows for a line separator (U+2028) and a paragraph separator (U+2029). */
    static final char LINE_SEPARATOR_MARK = '\u21B5';
    static final char PARAGRAPH_SEPARATOR_MARK = '\u23CE';

    /** Below this many characters one thread builds the document. */
    static final int PARALLEL_THRESHOLD = 500_000;

    private StyledCableDocument() {
    }

    static StyledDocument<Collection<String>, String, Collection<String>> build(Document document, LabelPalette palette,
            Span selected, Collection<String> paragraphStyle, Collection<String> textStyle) {
        return build(document, palette, selected, paragraphStyle, textStyle, PARALLEL_THRESHOLD);
    }

    static StyledDocument<Collection<String>, String, Collection<String>> build(Document document, LabelPalette palette,
            Span selected, Collection<String> paragraphStyle, Collection<String> textStyle, int parallelThreshold) {
        String text = document.text();
        if (text.indexOf('\r') >= 0) {
            // RichTextFX also breaks lines at \r; imported datasets may have one
            return buildByRichTextFx(marked(text), new HighlightStyler(palette).styleAll(document.spans(), text.length(), selected),
                    paragraphStyle, textStyle);
        }
        int middle = text.length() < parallelThreshold ? -1 : text.indexOf('\n', text.length() / 2);
        if (middle < 0) {
            return half(document, palette, selected, paragraphStyle, textStyle, 0, text.length(), false);
        }
        CompletableFuture<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> second =
                CompletableFuture.supplyAsync(() -> half(document, palette, selected, paragraphStyle, textStyle,
                        middle + 1, text.length(), false), StyledCableDocument::startDaemon);
        // The first half ends with an empty paragraph where the line break at the middle starts the next
        // one; joining puts the second half's first paragraph there.
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> first =
                half(document, palette, selected, paragraphStyle, textStyle, 0, middle, true);
        return first.concat(second.join());
    }

    private static void startDaemon(Runnable work) {
        Thread thread = new Thread(work, "cabletag-highlight-2");
        thread.setDaemon(true);
        thread.start();
    }

    /** The paragraphs of {@code text[from, to)}, plus an empty last one if {@code endsWithBreak}. */
    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> half(Document document,
            LabelPalette palette, Span selected, Collection<String> paragraphStyle, Collection<String> textStyle,
            int from, int to, boolean endsWithBreak) {
        ParagraphCutter cutter = new ParagraphCutter(marked(document.text()), from, paragraphStyle, textStyle);
        new HighlightStyler(palette).forEachRun(document.spans(), from, to, selected, cutter);
        return cutter.finish(endsWithBreak);
    }

    /**
     * {@code text} with each line and paragraph separator replaced by its mark, one character for one; the same
     * string (no copy) when it has none.
     */
    static String marked(String text) {
        return text.replace('\u2028', LINE_SEPARATOR_MARK).replace('\u2029', PARAGRAPH_SEPARATOR_MARK);
    }

    /** Turns style runs into paragraphs of styled segments, cutting at each line break. */
    private static final class ParagraphCutter implements HighlightStyler.RunSink {
        private final String text;
        private final Collection<String> textStyle;
        private final ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder;
        private List<StyledSegment<String, Collection<String>>> paragraph = new ArrayList<>(4);
        private int position;

        ParagraphCutter(String text, int from, Collection<String> paragraphStyle, Collection<String> textStyle) {
            this.text = text;
            this.position = from;
            this.textStyle = textStyle;
            this.builder = new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), paragraphStyle);
        }

        @Override
        public void run(int length, Collection<String> classes) {
            int runEnd = position + length;
            int at = position;
            for (int newline = text.indexOf('\n', at); newline >= 0 && newline < runEnd; newline = text.indexOf('\n', at)) {
                if (newline > at) {
                    paragraph.add(new StyledSegment<>(text.substring(at, newline), classes));
                }
                endParagraph();
                at = newline + 1;
            }
            if (runEnd > at) {
                paragraph.add(new StyledSegment<>(text.substring(at, runEnd), classes));
            }
            position = runEnd;
        }

        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> finish(boolean endsWithBreak) {
            endParagraph();
            if (endsWithBreak) {
                endParagraph();
            }
            return builder.build();
        }

        private void endParagraph() {
            if (paragraph.isEmpty()) {
                paragraph.add(new StyledSegment<>("", textStyle));
            }
            builder.addParagraph(paragraph);
            paragraph = new ArrayList<>(4);
        }
    }

    static StyledDocument<Collection<String>, String, Collection<String>> buildByRichTextFx(String text,
            StyleSpans<Collection<String>> styles, Collection<String> paragraphStyle, Collection<String> textStyle) {
        GenericEditableStyledDocument<Collection<String>, String, Collection<String>> styled =
                new GenericEditableStyledDocument<>(ReadOnlyStyledDocument.fromString(
                        text, paragraphStyle, textStyle, SegmentOps.styledTextOps()));
        styled.setStyleSpans(0, styles);
        return styled.snapshot();
    }
}
