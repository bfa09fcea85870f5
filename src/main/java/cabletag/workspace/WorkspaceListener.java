package cabletag.workspace;

import java.util.Set;

/** Events for views. Called on the thread that made the change, after the change is complete. */
public interface WorkspaceListener {

    /** The spans or the review status of these cables changed. */
    void cablesChanged(Set<Integer> cables);
}
