package cabletag.workspace;

import cabletag.core.Label;
import java.util.List;

/**
 * What "apply to all occurrences" would do, worked out without doing it: every occurrence it would change,
 * for a preview to choose from, then {@link Workspace#applyOccurrences}. A plan holds for the revision it
 * was made at: after any other edit it is refused, so a stale preview never writes.
 *
 * @param cable       the cable the analyst was in
 * @param needle      the text whose occurrences are meant
 * @param label       the label they get
 * @param scope       this cable or the corpus
 * @param occurrences every occurrence that would change, in cable then text order
 * @param crossing    occurrences left out because a tag there would cross another entity
 * @param revision    the workspace revision the plan was made at
 */
public record OccurrencePlan(int cable, String needle, Label label, OccurrenceScope scope,
                             List<Occurrence> occurrences, int crossing, long revision) {

    public OccurrencePlan {
        occurrences = List.copyOf(occurrences);
    }

    /** The occurrences a preview checks at first: all but the doubtful ones. */
    public List<Occurrence> suggested() {
        return occurrences.stream().filter(o -> !o.doubtful()).toList();
    }
}
