package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.workspace.RejectedPlaces;
import cabletag.workspace.Rejections;

/** Whether the analyst rejected this suggestion in this cable (or all of its text with this label). */
@FunctionalInterface
public interface RejectionCheck {

    RejectionCheck NONE = (start, end, label, text) -> false;

    boolean isRejected(int start, int end, Label label, String text);

    /**
     * The check for one cable: its rejected places as they follow it ({@link RejectedPlaces}, the window's and the
     * commands' one route to them), and the texts rejected everywhere as they are when asked.
     */
    static RejectionCheck of(Rejections rejections, RejectedPlaces places) {
        return (start, end, label, text) -> rejections.isRejectedEverywhere(text, label) || places.contains(start, end, label, text);
    }

    /**
     * The check for one cable as the analyst left it ({@code now}, the file's {@code original} corrected): the rejections,
     * and every place where the analyst deleted an entity. Where the file tagged it, the deletion is in the corrections
     * ({@link DeletedTags}); an entity of the analyst's own deleted again is among the rejected places. The window's and
     * {@code cabletag suggest}'s one route.
     */
    static RejectionCheck of(Rejections rejections, RejectedPlaces places, Document original, Document now) {
        return DeletedTags.orDeleted(of(rejections, places), original, now);
    }
}
