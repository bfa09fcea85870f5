package cabletag.ui;

import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import java.util.List;

/**
 * Where a first open of a set of cables starts: the first cable not reviewed that has entities or
 * problems (something to look at; a corpus often starts with plain cables that have neither), else the
 * first not reviewed, else the first. Cables not read yet (counts -1) count as having nothing yet.
 */
final class StartingCable {

    private StartingCable() {
    }

    static int of(List<CableEntry> cables) {
        int firstUnreviewed = -1;
        for (CableEntry cable : cables) {
            if (cable.status() == ReviewStatus.REVIEWED) {
                continue;
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
