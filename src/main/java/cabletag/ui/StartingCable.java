package cabletag.ui;

import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a first open of a set of cables starts: the first cable not reviewed that has entities or
 * problems (something to look at; a corpus often starts with plain cables that have neither), else the
 * first not reviewed, else the first. The window opens lazily, so a cable not read yet (counts -1) is
 * read to find out, but at most {@link #MOST_READ} of them: on a corpus of plain cables the first open
 * must not read the whole corpus on the UI thread.
 */
final class StartingCable {

    static final int MOST_READ = 50;

    private StartingCable() {
    }

    /** {@code read}: reads a cable not read yet and gives its entry with its counts. */
    static int of(List<CableEntry> cables, IntFunction<CableEntry> read) {
        int firstUnreviewed = -1;
        int reads = 0;
        for (CableEntry listed : cables) {
            CableEntry cable = listed;
            if (cable.status() == ReviewStatus.REVIEWED) {
                continue;
            }
            if (cable.entityCount() < 0 && cable.problemCount() <= 0 && reads < MOST_READ) {
                reads++;
                cable = read.apply(cable.index());
            }
            if (cable.entityCount() > 0 || cable.problemCount() > 0) {
                return cable.index();
            }
            if (firstUnreviewed < 0) {
                firstUnreviewed = cable.index();
            }
        }
        return Math.max(firstUnreviewed, 0);
    }
}
