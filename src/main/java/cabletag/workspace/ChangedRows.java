package cabletag.workspace;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Cables whose row changed when they were read away from the screen (a background pass, a corpus-wide
 * edit or its preview read a cable let go again, and its file had changed): their problems reach the
 * workspace's list at once, so their rows and the counts over them must follow without the analyst
 * showing the cable. Reported from any reading thread; told to the listeners through the workspace's
 * events executor as one change naming the cables gathered meanwhile (one post, however many cables).
 */
final class ChangedRows {

    private final WorkspaceListener listeners;
    private final Set<Integer> pending = new LinkedHashSet<>();
    /** Until a window gives its own: on the thread that read (the listener contract of a synchronous workspace). */
    private volatile Executor events = Runnable::run;

    ChangedRows(WorkspaceListener listeners) {
        this.listeners = listeners;
    }

    /** Where the changes are told from now on (the window passes its UI thread). */
    void tellThrough(Executor events) {
        this.events = events;
    }

    /** The cable's row changed: told with the others gathered until the events executor gets to it. */
    void changed(int cable) {
        boolean first;
        synchronized (this) {
            first = pending.isEmpty();
            pending.add(cable);
        }
        if (first) {
            events.execute(this::tell);
        }
    }

    private void tell() {
        Set<Integer> gathered;
        synchronized (this) {
            gathered = Set.copyOf(pending);
            pending.clear();
        }
        if (!gathered.isEmpty()) {
            listeners.changed(new WorkspaceChange(gathered, List.of()));
        }
    }
}
