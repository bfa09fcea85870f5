package cabletag.workspace;

import java.util.Set;

/**
 * Marking a cable reviewed (or back in progress) as a step of the undo history: Ctrl+Z after Ctrl+Enter
 * takes the mark back, and an edit made after the mark is undone before the mark is, so each undo
 * restores the status the cable had before the step it takes back.
 */
final class StatusEdit implements Edit {

    private final CableStatuses statuses;
    private final int cable;
    private final ReviewStatus status;
    private final String description;
    private final Selection selection;
    private ReviewStatus previous;

    /** {@code selection}: what the analyst had selected when marking, selected again by undo and redo. */
    StatusEdit(CableStatuses statuses, int cable, ReviewStatus status, String cableName, Selection selection) {
        this.statuses = statuses;
        this.cable = cable;
        this.status = status;
        this.description = "Mark " + cableName + " " + word(status);
        this.selection = selection;
    }

    private static String word(ReviewStatus status) {
        return switch (status) {
            case REVIEWED -> "reviewed";
            case IN_PROGRESS -> "unreviewed";
            case NEW -> "new";
        };
    }

    @Override
    public Selection execute() {
        previous = statuses.of(cable);
        statuses.set(cable, status);
        return selection;
    }

    @Override
    public Selection undo() {
        statuses.set(cable, previous);
        return selection;
    }

    @Override
    public Selection redo() {
        statuses.set(cable, status);
        return selection;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Integer> cables() {
        return Set.of(cable);
    }
}
