package cabletag.core.score;

import cabletag.core.Span;

/**
 * One disagreement between the entities as read (predictions) and as corrected (gold).
 *
 * @param kind      what kind of disagreement
 * @param predicted the entity as read; null when the corrected entity was missed
 * @param gold      the corrected entity; null when the entity as read was spurious
 */
public record EntityError(ErrorKind kind, Span predicted, Span gold) {

    public EntityError {
        if (kind == null) {
            throw new IllegalArgumentException("an error needs a kind");
        }
        if (predicted == null && kind != ErrorKind.MISSED || gold == null && kind != ErrorKind.SPURIOUS) {
            throw new IllegalArgumentException(kind.title() + " needs " + (predicted == null ? "a prediction" : "a gold entity"));
        }
    }

    /** The label the error is counted under: the one read, or the corrected one when nothing was read there. */
    public cabletag.core.Label label() {
        return predicted != null ? predicted.label() : gold.label();
    }
}
