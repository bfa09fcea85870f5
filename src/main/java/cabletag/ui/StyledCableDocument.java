package cabletag.ui;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * A cable's text with every entity's style, as an immutable RichTextFX document. Built off the UI thread
 * (it touches no scene graph), then put into the text area in one replace.
 *
 * <p>Paragraphs are cut at each {@code \n} and given their styled segments in one pass. RichTextFX's own
 * route (split the text with a regular expression, then restyle every paragraph) took four times as
 * long on a 5 MB cable.
 */
final class StyledCableDocument {

    private StyledCableDocument() {
    }

    static StyledDocument<Collection<String>, String, Collection<String>> build(Document document, LabelPalette palette,
            Span selected, Collection<String> paragraphStyle, Collection<String> textStyle) {
        String text = document.text();
        StyleSpans<Collection<String>> styles = new HighlightStyler(palette).styleAll(document.spans(), text.length(), selected);
        if (text.indexOf('\r') >= 0) {
            return buildByRichTextFx(text, styles, paragraphStyle, textStyle); // RichTextFX also breaks lines at \r
        }
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), paragraphStyle);
        Iterator<StyleSpan<Collection<String>>> runs = styles.iterator();
        StyleSpan<Collection<String>> run = runs.hasNext() ? runs.next() : null;
        int runEnd = run == null ? 0 : run.getLength();
        int paragraphStart = 0;
        while (true) {
            int newline = text.indexOf('\n', paragraphStart);
            int paragraphEnd = newline < 0 ? text.length() : newline;
            List<StyledSegment<String, Collection<String>>> segments = new ArrayList<>(4);
            int at = paragraphStart;
            while (at < paragraphEnd) {
                while (runEnd <= at) {
                    run = runs.next();
                    runEnd += run.getLength();
                }
                int to = Math.min(runEnd, paragraphEnd);
                segments.add(new StyledSegment<>(text.substring(at, to), run.getStyle()));
                at = to;
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", textStyle));
            }
            builder.addParagraph(segments);
            if (newline < 0) {
                return builder.build();
            }
            paragraphStart = newline + 1;
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
