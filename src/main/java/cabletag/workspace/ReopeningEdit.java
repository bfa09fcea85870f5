package cabletag.workspace;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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

    // The status is set before the spans change, not after: a corpus-wide edit writes each cable not in use
    // as it changes it (EditService), and so writes it once, with the status it keeps.

    @Override
    public Selection execute() {
        return forward(spans::execute);
    }

    @Override
    public Selection redo() {
        return forward(spans::redo);
    }

    private Selection forward(Supplier<Selection> change) {
        Map<Integer, ReviewStatus> all = allStatuses();
        Map<Integer, ReviewStatus> earlier = before;
        reopen(all);
        try {
            return change.get();
        } catch (RuntimeException refused) {
            all.forEach(statuses::set); // a step refused here changes no status
            before = earlier;
            throw refused;
        }
    }

    @Override
    public Selection undo() {
        Map<Integer, ReviewStatus> all = allStatuses();
        before.forEach(statuses::set);
        try {
            return spans.undo();
        } catch (RuntimeException refused) {
            all.forEach(statuses::set);
            throw refused;
        }
    }

    private Map<Integer, ReviewStatus> allStatuses() {
        Map<Integer, ReviewStatus> all = new HashMap<>();
        for (int cable : spans.cables()) {
            all.put(cable, statuses.of(cable));
        }
        return all;
    }

    /** Puts in progress every cable of {@code all} (their statuses now) that is not, and remembers what they were. */
    private void reopen(Map<Integer, ReviewStatus> all) {
        Map<Integer, ReviewStatus> was = new HashMap<>();
        all.forEach((cable, status) -> {
            if (status != ReviewStatus.IN_PROGRESS) {
                was.put(cable, status);
                statuses.set(cable, ReviewStatus.IN_PROGRESS);
            }
        });
        before = was;
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
