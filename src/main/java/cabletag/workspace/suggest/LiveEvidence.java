package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What the analyst confirmed since the corpus's evidence was gathered, as counts to add to (or take from)
 * the gathered gazetteer: an accepted suggestion or an added entity joins it at once, an undo takes it
 * back out, a cable marked reviewed moves its entities to the strongest evidence. Each change carries a
 * sequence number, so a new gathering drops what it has read itself and keeps what came in while it ran.
 * Thread-safe.
 */
final class LiveEvidence {

    private record Delta(long sequence, String text, Label label, Evidence evidence, int count) { }

    private final List<Delta> deltas = new ArrayList<>();
    private long sequence;

    /** The kind of evidence an entity of a cable is (as {@link Gazetteer#addCable} decides it). */
    static Evidence kindOf(Span span, SpanSet original, boolean reviewed) {
        return reviewed ? Evidence.REVIEWED : original.containsSpan(span) ? Evidence.MACHINE : Evidence.CONFIRMED;
    }

    /** Entities put into ({@code count} 1) or taken out of ({@code count} -1) a cable with this review status. */
    synchronized void change(Document document, List<Span> spans, boolean reviewed, int count) {
        SpanSet original = document.originalSpans();
        for (Span span : spans) {
            deltas.add(new Delta(++sequence, document.textOf(span), span.label(), kindOf(span, original, reviewed), count));
        }
    }

    /** Where a gathering starting now begins: {@link #dropUpTo} with it when the gathering ends. */
    synchronized long mark() {
        return sequence;
    }

    /** Forgets the changes up to {@code mark}: a gathering that began after them has read them. */
    synchronized void dropUpTo(long mark) {
        deltas.removeIf(delta -> delta.sequence() <= mark);
    }

    synchronized boolean isEmpty() {
        return deltas.isEmpty();
    }

    /** {@code gathered} with these changes: an overlay of it, {@code gathered} itself is left as it is. */
    synchronized Gazetteer applyTo(Gazetteer gathered) {
        Gazetteer live = gathered.overlay();
        for (Delta delta : deltas) {
            live.adjust(delta.text(), delta.label(), delta.evidence(), delta.count());
        }
        return live;
    }
}
