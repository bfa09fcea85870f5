package cabletag.workspace.suggest;

import cabletag.core.Label;
import cabletag.core.Span;

/**
 * A proposed entity in a cable's clean text: not a span of the document (never exported) until the
 * analyst accepts it.
 *
 * @param start    UTF-16 offset in the clean text
 * @param end      UTF-16 offset, exclusive
 * @param label    the proposed label
 * @param text     the text covered
 * @param source   which source proposes it
 * @param evidence what it rests on (reviewed cables, the analyst's additions, machine tags, the model)
 * @param score    0..1: the share of the evidence for this label times the evidence's weight, or the
 *                 model's probability
 */
public record Suggestion(int start, int end, Label label, String text, SuggestionSource source, Evidence evidence, double score) {

    public Suggestion {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a suggestion needs some text: [" + start + ", " + end + ")");
        }
    }

    /** The entity accepting it adds. */
    public Span span() {
        return new Span(start, end, label);
    }

    public int length() {
        return end - start;
    }

    public boolean intersects(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
