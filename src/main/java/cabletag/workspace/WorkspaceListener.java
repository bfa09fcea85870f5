package cabletag.workspace;

/**
 * Events for views. Called on the thread that made the change, after the change is complete; what a workspace
 * opened with an events executor finds on other threads (cables read in the background, a cable read again
 * whose row changed) comes through that executor.
 */
public interface WorkspaceListener {

    /** The spans or the review status of some cables changed, or they were read. */
    void changed(WorkspaceChange change);
}
