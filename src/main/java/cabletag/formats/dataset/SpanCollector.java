package cabletag.formats.dataset;

import cabletag.core.CodePoints;
import cabletag.core.Diagnostic;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gathers the entities of an imported document, given in code point offsets, into a {@link SpanSet}:
 * offsets outside the text, unusable labels and spans the overlap policy refuses become warnings at
 * the place they were read, and the rest of the document is kept.
 */
final class SpanCollector {

    private final String text;
    private final CodePoints points;
    private final List<Span> spans = new ArrayList<>();
    private final List<Diagnostic> diagnostics;

    SpanCollector(String text, List<Diagnostic> diagnostics) {
        this.text = text;
        this.points = CodePoints.of(text);
        this.diagnostics = diagnostics;
    }

    /** Adds an entity at code point offsets; returns false (with a warning) when it cannot be kept. */
    boolean add(long start, long end, String labelName, int line, int column) {
        Optional<Label> label = label(labelName);
        if (label.isEmpty()) {
            diagnostics.add(Diagnostic.warning("bad-label", line, column,
                    "'" + labelName + "' is not a usable label (capital letters, digits, _ or -); entity dropped"));
            return false;
        }
        int length = points.codePointLength();
        if (start < 0 || end > length || start >= end) {
            diagnostics.add(Diagnostic.warning("bad-offsets", line, column,
                    "entity [" + start + ", " + end + ") " + labelName + " does not fit the text of " + length
                            + " characters; entity dropped"));
            return false;
        }
        Span span = new Span(points.toUtf16((int) start), points.toUtf16((int) end), label.get());
        for (Span existing : spans) {
            if (existing.sameRange(span) || existing.crosses(span)) {
                String reason = existing.sameRange(span) ? "same text as" : "crosses";
                diagnostics.add(Diagnostic.warning("overlap", line, column, "entity " + span.label() + " '"
                        + span.textIn(text) + "' " + reason + " the " + existing.label() + " entity '"
                        + existing.textIn(text) + "'; entity dropped"));
                return false;
            }
        }
        spans.add(span);
        return true;
    }

    private static Optional<Label> label(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Label.isValidName(upper) ? Optional.of(Label.of(upper)) : Optional.empty();
    }

    SpanSet spans() {
        try {
            return SpanSet.of(spans);
        } catch (SpanConflictException e) {
            throw new IllegalStateException("conflicts are filtered on add", e);
        }
    }
}
