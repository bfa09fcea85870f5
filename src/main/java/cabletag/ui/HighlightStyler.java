package cabletag.ui;

import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns entities into RichTextFX style spans in one pass over the spans (never one setStyle call per
 * entity): the outermost entity paints its label's background, a nested entity underlines in its own
 * label's colour so both stay visible, and the selected entity gets a frame. Works on any sub-range, so
 * an edit restyles only what it touched. Needs no running JavaFX.
 */
public final class HighlightStyler {

    public static final String ENTITY = "entity";
    public static final String SELECTED = "selected";
    /** A suggestion: a dashed frame in its label's colour, no fill (see cabletag.css). */
    public static final String SUGGESTION = "suggestion";

    private final LabelPalette palette;
    // Style class lists are shared between segments: 100,000 entities must not mean 100,000 lists.
    private final Map<String, Collection<String>> interned = new HashMap<>();

    public HighlightStyler(LabelPalette palette) {
        this.palette = palette;
    }

    /** Styles for the whole text. */
    public StyleSpans<Collection<String>> styleAll(SpanSet spans, int textLength, Span selected) {
        return style(spans, 0, textLength, selected);
    }

    /** Styles for {@code [from, to)}, to hand to {@code area.setStyleSpans(from, …)}. */
    public StyleSpans<Collection<String>> style(SpanSet spans, int from, int to, Span selected) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        forEachRun(spans, from, to, selected, (length, classes) -> builder.add(classes, length));
        return builder.create();
    }

    /**
     * The style of a suggestion of {@code length} characters: a dashed outline in the label's colour and
     * no fill, framed darker when selected. Suggestions never lie over entities, so one run covers it.
     */
    public StyleSpans<Collection<String>> suggestion(cabletag.core.Label label, int length, boolean selected) {
        String key = "suggestion/" + label.name() + '/' + selected;
        Collection<String> classes = interned.computeIfAbsent(key, k -> selected
                ? List.of(SUGGESTION, "sg-" + palette.colourKey(label), SELECTED)
                : List.of(SUGGESTION, "sg-" + palette.colourKey(label)));
        return new StyleSpansBuilder<Collection<String>>().add(classes, length).create();
    }

    /** Receives the style runs of a range in order: a length and the style classes of those characters. */
    @FunctionalInterface
    interface RunSink {
        void run(int length, Collection<String> classes);
    }

    /**
     * The style runs of {@code [from, to)}, in order, covering it without gaps; an empty range gives
     * one empty run. What {@link #style} builds its spans from, and what a whole document is built
     * from without making spans first.
     */
    void forEachRun(SpanSet spans, int from, int to, Span selected, RunSink sink) {
        List<Span> open = new ArrayList<>();
        int position = from;
        boolean any = false;
        for (Span span : spans.overlapping(from, to)) {
            int start = Math.max(span.start(), from);
            while (!open.isEmpty() && open.get(open.size() - 1).end() <= start) {
                int end = open.get(open.size() - 1).end();
                if (end > position) {
                    sink.run(end - position, classes(open, selected));
                    any = true;
                    position = end;
                }
                open.remove(open.size() - 1);
            }
            if (start > position) {
                sink.run(start - position, classes(open, selected));
                any = true;
                position = start;
            }
            open.add(span);
        }
        while (!open.isEmpty()) {
            int end = Math.min(open.get(open.size() - 1).end(), to);
            if (end > position) {
                sink.run(end - position, classes(open, selected));
                any = true;
                position = end;
            }
            open.remove(open.size() - 1);
        }
        if (to > position || !any) {
            sink.run(to - position, Collections.emptyList());
        }
    }

    private Collection<String> classes(List<Span> open, Span selected) {
        if (open.isEmpty()) {
            return Collections.emptyList();
        }
        Span outer = open.get(0);
        Span inner = open.size() > 1 ? open.get(open.size() - 1) : null;
        boolean isSelected = selected != null && open.contains(selected);
        String key = outer.label().name() + '/' + (inner == null ? "" : inner.label().name()) + '/' + isSelected;
        return interned.computeIfAbsent(key, k -> {
            List<String> classes = new ArrayList<>(4);
            classes.add(ENTITY);
            classes.add(palette.backgroundClass(outer.label()));
            if (inner != null) {
                classes.add(palette.underlineClass(inner.label()));
            }
            if (isSelected) {
                classes.add(SELECTED);
            }
            return Collections.unmodifiableList(classes);
        });
    }
}
