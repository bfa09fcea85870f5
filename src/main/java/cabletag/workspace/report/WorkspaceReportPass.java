package cabletag.workspace.report;

import cabletag.workspace.ReviewStatus;
import cabletag.workspace.Workspace;
import java.util.function.BooleanSupplier;

/**
 * One pass of the report card over an open workspace, for the window: cable by cable, each in-scope
 * cable fetched with {@link Workspace#document} and {@link Workspace#original} and dropped at once (the
 * workspace decides what stays parsed), the others counted by their status only. Runs on a background
 * thread; what the result was computed from (the edit revision and every cable's status) is kept, so the
 * window can tell whether a change of the workspace makes it stale.
 */
public final class WorkspaceReportPass {

    /** What a pass gave: the report, or null when cancelled, and what it saw. */
    public record Result(Report report, long revision, ReviewStatus[] statuses) {

        /** Whether the workspace still has the edits and statuses this report was computed from. */
        public boolean isCurrent(Workspace workspace) {
            if (workspace.revision() != revision || workspace.size() != statuses.length) {
                return false;
            }
            for (int cable = 0; cable < statuses.length; cable++) {
                if (workspace.status(cable) != statuses[cable]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Progress: cables done of all. */
    public interface Progress {
        void update(int done, int total);
    }

    private WorkspaceReportPass() {
    }

    /**
     * Computes the report card. Read the revision first (on the thread that edits, when it matters) and
     * pass it in: an edit made during the pass then makes the result stale rather than silently half-counted.
     */
    public static Result run(Workspace workspace, ReportScope scope, long revision, BooleanSupplier cancelled, Progress progress) {
        int size = workspace.size();
        ScoreReport card = new ScoreReport(scope);
        ReviewStatus[] statuses = new ReviewStatus[size];
        for (int cable = 0; cable < size; cable++) {
            if (cancelled.getAsBoolean()) {
                return new Result(null, revision, statuses);
            }
            ReviewStatus status = workspace.status(cable);
            statuses[cable] = status;
            if (card.inScope(status)) {
                card.add(workspace.original(cable), workspace.document(cable), status);
            } else {
                card.countOnly(status);
            }
            progress.update(cable + 1, size);
        }
        return new Result(card.build(), revision, statuses);
    }
}
