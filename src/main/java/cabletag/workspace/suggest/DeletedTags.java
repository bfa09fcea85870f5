package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.HashSet;
import java.util.Set;

/**
 * The places where the analyst deleted one of the file's tags, read from the corrections (the spans the file has and
 * the cable no longer does): the tagger's GOI deleted came straight back as a suggestion there, for the analyst to say
 * no a second time. Any label: a deletion says the words are no entity. Undone, the entity is back, and nothing is
 * suggested over an entity anyway.
 */
final class DeletedTags {

    private DeletedTags() {
    }

    /** {@code rejected}, and no at every place of the {@code original}'s spans that {@code now} no longer has. */
    static RejectionCheck orDeleted(RejectionCheck rejected, Document original, Document now) {
        if (original.spans() == now.spans()) {
            return rejected;
        }
        Set<Long> deleted = new HashSet<>();
        for (Span span : original.spans()) {
            if (!now.spans().containsSpan(span)) {
                deleted.add(place(span.start(), span.end()));
            }
        }
        if (deleted.isEmpty()) {
            return rejected;
        }
        return (start, end, label, text) -> deleted.contains(place(start, end)) || rejected.isRejected(start, end, label, text);
    }

    private static long place(int start, int end) {
        return (long) start << 32 | end;
    }
}
