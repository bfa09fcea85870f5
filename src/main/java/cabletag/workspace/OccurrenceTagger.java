package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Works out, cable by cable, what tagging every occurrence of one text with one label means. */
final class OccurrenceTagger {
    private final String needle;
    private final Label label;
    private int changed;
    private int skipped;

    OccurrenceTagger(String needle, Label label) {
        this.needle = needle;
        this.label = label;
    }

    /**
     * Matches never overlap one another and a relabel keeps its range, so every candidate is checked
     * against the cable's spans as they are, and the whole change is applied in one rebuild.
     */
    SpanChange changeFor(Document document, TokenIndex tokens) {
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        SpanSet spans = document.spans();
        for (TextMatch match : new TextFinder(document, tokens).findAll(needle, false, true)) {
            Optional<Span> existing = spans.atRange(match.start(), match.end());
            Span wanted = new Span(match.start(), match.end(), label);
            if (existing.isPresent()) {
                if (!existing.get().label().equals(label)) {
                    removed.add(existing.get());
                    added.add(wanted);
                    changed++;
                }
            } else if (spans.conflictWith(wanted).isPresent()) {
                skipped++;
            } else {
                added.add(wanted);
                changed++;
            }
        }
        return new SpanChange(removed, added);
    }

    boolean touched(int cable, Span span, List<SpanEdit> parts) {
        for (SpanEdit part : parts) {
            if (part.cable() == cable && part.change().added().contains(span)) {
                return true;
            }
        }
        return false;
    }

    Span firstAdded(int cable, List<SpanEdit> parts) {
        for (SpanEdit part : parts) {
            if (part.cable() == cable && !part.change().added().isEmpty()) {
                return part.change().added().get(0);
            }
        }
        return null;
    }

    int changed() {
        return changed;
    }

    int skipped() {
        return skipped;
    }
}
