package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why a document cannot go into a token format (CoNLL, Hugging Face) or the inline format: one of its entities is
 * labelled with a tag of the token schemes ({@code O}, {@code B-PER}; {@link Label#whyATag}), which the labels that
 * come in can no longer be but corrections stored before that rule still may. Written, it would be the tag {@code B-O}
 * or {@code B-B-PER}, which every reader of those files takes for something else, or a cable tag {@code [O …]} that
 * reads back as text; so the cable is not written and the problem says which entity and how to get past it.
 */
public final class TagLabelledEntity {

    private TagLabelledEntity() {
    }

    /**
     * The problem line for {@code mapped} (labels already mapped), or empty when every label can be written: the first
     * entity of the first such label, and every such label the cable has, so one run says all the options it needs.
     */
    static Optional<String> whyNotWritten(Document mapped) {
        return said(mapped, ": not written: ");
    }

    /**
     * What {@code cabletag check} says of such a cable before any export: the same line as a warning, since conll, hf
     * and inline would leave it out (jsonl, doccano and brat carry the label as it is).
     */
    public static Optional<String> warning(Document document) {
        return said(document, ": warning: conll, hf and inline exports leave this cable out: ");
    }

    private static Optional<String> said(Document mapped, String what) {
        Map<Label, Span> first = new LinkedHashMap<>();
        for (Span span : mapped.spans()) {
            if (!first.containsKey(span.label()) && Label.whyATag(span.label().name()).isPresent()) {
                first.put(span.label(), span);
            }
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Span span = first.values().iterator().next();
        String text = mapped.text();
        // a dataset file holds many documents: its name alone would not say which one
        String shown = mapped.source().format() == cabletag.core.SourceFormat.INLINE ? mapped.source().shown()
                : DocumentWriter.shownKey(mapped);
        String labels = String.join(",", first.keySet().stream().map(Label::name).toList());
        StringBuilder others = new StringBuilder();
        first.forEach((label, at) -> {
            if (at != span) {
                others.append(others.length() == 0 ? "; and " : ", ").append(label).append(" (\"")
                        .append(cabletag.core.ShownName.of(text.substring(at.start(), at.end()))).append("\")");
            }
        });
        return Optional.of(shown + what + "its entity \"" + cabletag.core.ShownName.of(text.substring(span.start(), span.end()))
                + "\" (" + InlineWriter.place(text, span.start()) + ") is labelled " + span.label() + ": "
                + Label.whyATag(span.label().name()).orElseThrow() + others
                + "; relabel it in the window, or leave the label out (--drop " + labels + ") or rename it (--map "
                + String.join(",", first.keySet().stream().map(label -> label + "=NAME").toList()) + ")");
    }
}
