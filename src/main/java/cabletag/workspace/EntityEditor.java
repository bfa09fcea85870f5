package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.List;
import java.util.function.Supplier;

/**
 * Works out what each correction means for one cable's spans, or refuses it with a message for the
 * analyst. Boundaries always move by whole tokens, so no correction creates half-words.
 */
final class EntityEditor {

    private final Document document;
    /**
     * Asked only by the edits that move boundaries: a relabel or a delete of a large cable's entity must not
     * wait for its token index, built in the background once the cable is shown (seconds' worth of text).
     */
    private final Supplier<TokenIndex> tokenIndex;

    EntityEditor(Document document, Supplier<TokenIndex> tokenIndex) {
        this.document = document;
        this.tokenIndex = tokenIndex;
    }

    private TokenIndex tokens() {
        return tokenIndex.get();
    }

    /** Null when the span already has that label: nothing to do, nothing to undo. */
    PlannedEdit relabel(Span span, Label label) {
        requireEntity(span);
        if (span.label().equals(label)) {
            return null;
        }
        Span relabelled = span.withLabel(label);
        return new PlannedEdit(SpanChange.replace(span, relabelled),
                "Relabel " + Quotes.of(document, span) + " as " + label, relabelled, span);
    }

    PlannedEdit delete(Span span) {
        requireEntity(span);
        return new PlannedEdit(new SpanChange(List.of(span), List.of()),
                "Delete " + Quotes.entity(document, span), null, span);
    }

    PlannedEdit add(int start, int end, Label label) {
        if (start < 0 || end < start || end > document.text().length()) {
            throw new EditRejectedException("The selection [" + start + ", " + end + ") lies outside the text of "
                    + document.source().name() + ".");
        }
        int[] snapped = tokens().snap(start, end);
        if (snapped == null) {
            throw new EditRejectedException("Select a word to tag: the selection holds no text.");
        }
        Span added = new Span(snapped[0], snapped[1], label);
        document.spans().atRange(added.start(), added.end()).ifPresent(existing -> {
            throw new EditRejectedException(Quotes.of(document, added) + " is already tagged " + existing.label()
                    + (existing.label().equals(label) ? "." : "; relabel it instead."));
        });
        return new PlannedEdit(new SpanChange(List.of(), List.of(added)),
                "Tag " + Quotes.of(document, added) + " as " + label, added, null);
    }

    PlannedEdit growStart(Span span) {
        requireEntity(span);
        int start = tokens().previousTokenStart(span.start());
        if (start < 0) {
            throw new EditRejectedException(Quotes.entity(document, span) + " already starts at the first word of the cable.");
        }
        return resize(span, start, span.end(), "Grow");
    }

    PlannedEdit shrinkStart(Span span) {
        requireEntity(span);
        int start = tokens().nextTokenStart(span.start(), span.end());
        if (start < 0) {
            throw new EditRejectedException(Quotes.entity(document, span)
                    + " is a single word: there is nothing left to shrink (delete it instead).");
        }
        return resize(span, start, span.end(), "Shrink");
    }

    PlannedEdit growEnd(Span span) {
        requireEntity(span);
        int end = tokens().nextTokenEnd(span.end());
        if (end < 0) {
            throw new EditRejectedException(Quotes.entity(document, span) + " already ends at the last word of the cable.");
        }
        return resize(span, span.start(), end, "Grow");
    }

    PlannedEdit shrinkEnd(Span span) {
        requireEntity(span);
        int end = tokens().previousTokenEnd(span.end(), span.start());
        if (end < 0) {
            throw new EditRejectedException(Quotes.entity(document, span)
                    + " is a single word: there is nothing left to shrink (delete it instead).");
        }
        return resize(span, span.start(), end, "Shrink");
    }

    private PlannedEdit resize(Span span, int start, int end, String verb) {
        Span resized = span.withBounds(start, end);
        return new PlannedEdit(SpanChange.replace(span, resized),
                verb + " " + Quotes.entity(document, span) + " to " + Quotes.of(document, resized), resized, span);
    }

    /** Splits at a word boundary; the spaces at the cut belong to neither part. */
    PlannedEdit split(Span span, int at) {
        requireEntity(span);
        if (at <= span.start() || at >= span.end()) {
            throw new EditRejectedException("Split inside the entity: position " + at + " is not inside "
                    + Quotes.entity(document, span) + ".");
        }
        int[] word = tokens().tokenStrictlyAround(at);
        if (word != null && word[0] >= span.start() && word[1] <= span.end()) {
            throw new EditRejectedException("Split between two words, not inside "
                    + Quotes.of(document.text().substring(word[0], word[1])) + ".");
        }
        int leftEnd = tokens().previousTokenEnd(at + 1, span.start());
        int rightStart = tokens().nextTokenStart(at - 1, span.end());
        if (leftEnd < 0 || rightStart < 0 || leftEnd > at || rightStart < at) {
            throw new EditRejectedException("Splitting " + Quotes.entity(document, span) + " there leaves one part empty.");
        }
        Span left = span.withBounds(span.start(), leftEnd);
        Span right = span.withBounds(rightStart, span.end());
        return new PlannedEdit(new SpanChange(List.of(span), List.of(left, right)),
                "Split " + Quotes.entity(document, span), left, span);
    }

    /** Merges two neighbouring entities (only spaces between them); the first one's label wins. */
    PlannedEdit merge(Span first, Span second) {
        requireEntity(first);
        requireEntity(second);
        if (first.equals(second)) {
            throw new EditRejectedException("Select two different entities to merge.");
        }
        Span left = first.start() <= second.start() ? first : second;
        Span right = left == first ? second : first;
        if (left.end() > right.start()) {
            throw new EditRejectedException(Quotes.entity(document, left) + " and " + Quotes.entity(document, right)
                    + " overlap; only neighbouring entities can be merged.");
        }
        String between = document.text().substring(left.end(), right.start());
        if (!between.isBlank()) {
            throw new EditRejectedException("Only neighbouring entities can be merged: " + Quotes.of(between)
                    + " stands between " + Quotes.of(document, left) + " and " + Quotes.of(document, right) + ".");
        }
        Span merged = new Span(left.start(), right.end(), first.label());
        return new PlannedEdit(new SpanChange(List.of(left, right), List.of(merged)),
                "Merge " + Quotes.of(document, left) + " and " + Quotes.of(document, right), merged, first);
    }

    private void requireEntity(Span span) {
        if (span == null) {
            throw new EditRejectedException("Select an entity first.");
        }
        if (!document.spans().containsSpan(span)) {
            throw new EditRejectedException("There is no " + span.label() + " entity at " + span.start() + "-" + span.end()
                    + " in " + document.source().name() + " any more; select it again.");
        }
    }
}
