package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.util.Optional;

/**
 * Why a document cannot go into a token format (CoNLL, Hugging Face): one of its entities is labelled with a tag
 * of the token schemes ({@code O}, {@code B-PER}; {@link Label#whyATag}), which the labels that come in can no
 * longer be but corrections stored before that rule still may. Written, it would be the tag {@code B-O} or
 * {@code B-B-PER}, which every reader of those files takes for something else; so the cable is not written and
 * the problem says which entity and how to get past it.
 */
final class TagLabelledEntity {

    private TagLabelledEntity() {
    }

    /** The problem line for {@code mapped} (labels already mapped), or empty when every label can be written. */
    static Optional<String> whyNotWritten(Document mapped) {
        for (Span span : mapped.spans()) {
            Optional<String> why = Label.whyATag(span.label().name());
            if (why.isPresent()) {
                String text = mapped.text();
                // a dataset file holds many documents: its name alone would not say which one
                String shown = mapped.source().format() == cabletag.core.SourceFormat.INLINE ? mapped.source().shown()
                        : DocumentWriter.shownKey(mapped);
                return Optional.of(shown + ": not written: its entity \""
                        + cabletag.core.ShownName.of(text.substring(span.start(), span.end())) + "\" ("
                        + InlineWriter.place(text, span.start()) + ") is labelled " + span.label() + ": " + why.get()
                        + "; relabel it in the window, or leave the label out (--drop " + span.label() + ") or rename it (--map "
                        + span.label() + "=NAME)");
            }
        }
        return Optional.empty();
    }
}
