package cabletag.workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A change of spans with what it does to the review status: done or redone, it puts its cables in progress
 * (a reviewed mark must stand for the cable as it is, and a new cable is new no longer); undone, it gives
 * each cable back the status it had just before, so that undo restores exactly the state before the step,
 * the corpus list's status and the store file included.
 */
final class ReopeningEdit implements Edit {

    private final Edit spans;
    private final CableStatuses statuses;
    /** The status each cable had before the step was last done or redone; in progress ones are left out. */
    private Map<Integer, ReviewStatus> before = Map.of();

    ReopeningEdit(Edit spans, CableStatuses statuses) {
        this.spans = spans;
        this.statuses = statuses;
    }

    @Override
    public Selection execute() {
        Map<Integer, ReviewStatus> was = statusesNow();
        Selection selection = spans.execute(); // a step refused here changes no status
        reopen(was);
        return selection;
    }

    @Override
    public Selection redo() {
        Map<Integer, ReviewStatus> was = statusesNow();
        Selection selection = spans.redo();
        reopen(was);
        return selection;
    }

    @Override
    public Selection undo() {
        Selection selection = spans.undo();
        before.forEach(statuses::set);
        return selection;
    }

    private Map<Integer, ReviewStatus> statusesNow() {
        Map<Integer, ReviewStatus> was = new HashMap<>();
        for (int cable : spans.cables()) {
            ReviewStatus status = statuses.of(cable);
            if (status != ReviewStatus.IN_PROGRESS) {
                was.put(cable, status);
            }
        }
        return was;
    }

    private void reopen(Map<Integer, ReviewStatus> was) {
        before = was;
        for (int cable : was.keySet()) {
            statuses.set(cable, ReviewStatus.IN_PROGRESS);
        }
    }

    @Override
    public String description() {
        return spans.description();
    }

    @Override
    public Set<Integer> cables() {
        return spans.cables();
    }
}
