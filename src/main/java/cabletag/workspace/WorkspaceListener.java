package cabletag.workspace;

/** Events for views. Called on the thread that made the change, after the change is complete. */
public interface WorkspaceListener {

    /** The spans or the review status of some cables changed, or they were read. */
    void changed(WorkspaceChange change);
}
