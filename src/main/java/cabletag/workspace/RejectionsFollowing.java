package cabletag.workspace;

import cabletag.formats.io.IoReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The window's side of {@link RejectedPlaces}: when a cable is read and its rejected suggestions are kept under the
 * place it was moved from, or over an earlier text of its file, the rejections file is written at once as they are
 * now, as its corrections are stored anew under its new place and fingerprint. Afterwards the place its corrections
 * were found at is no longer known (they are stored under the cable's own key), so the rejections have to move
 * with them then, not later. When the file cannot be written, the cable's rejections are followed from where they
 * are for the rest of the session, and that is said.
 */
final class RejectionsFollowing {

    private final CorrectedDocuments corrections;
    /** The corrections as found, of the cables whose rejections could not be written where they are now. */
    private final Map<Integer, StoredCorrection> notKept = new ConcurrentHashMap<>();
    /**
     * The cables without corrections whose rejections, kept under the place they moved from, were written under their
     * own key: read again, they do not take them from there again (one the analyst took back since stays so). A cable
     * with corrections needs none: they are stored under its own key then, and found there.
     */
    private final Set<Integer> keptHere = ConcurrentHashMap.newKeySet();

    RejectionsFollowing(CorrectedDocuments corrections) {
        this.corrections = corrections;
    }

    /** The cable was read (again), its corrections put back as {@code corrected}; says whether a note was told. */
    boolean read(CableState cable, CorrectedDocument corrected) {
        StoredCorrection from = corrected.stored() == null && keptHere.contains(cable.index) ? null : corrected.rejectionsFrom();
        RejectedPlaces placed = corrections.rejectedIn(cable.key(), corrected.original(), cable::sourceHashIfAny, from);
        boolean told = false;
        for (String note : placed.notes()) {
            told |= cable.tellNews(note);
        }
        notKept.remove(cable.index);
        if (!placed.outOfDate()) {
            return told;
        }
        try {
            Path copy = corrections.rejections().follow(placed);
            if (corrected.stored() == null && from != null) {
                keptHere.add(cable.index);
            }
            if (copy != null) {
                told |= cable.tellNews(cable.shown + ": note: the rejected suggestions as they were are kept in " + copy + ".");
            }
        } catch (IOException e) {
            if (from != null) {
                notKept.put(cable.index, from);
            }
            told |= cable.tellNews(cable.shown + ": note: the rejected suggestions of this cable could not be kept where it is now ("
                    + IoReason.describe(e) + "); they apply in this session, and stay in " + corrections.rejections().file()
                    + " as they were.");
        }
        return told;
    }

    /** The cable's rejected places now (it is read): the same route as the commands'. */
    RejectedPlaces of(CableState cable) {
        return corrections.rejectedIn(cable.key(), cable.original(), cable::sourceHashIfAny, notKept.get(cable.index));
    }
}
