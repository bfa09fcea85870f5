package cabletag.workspace;

/** The review status of each cable, as the undoable steps read and set it (the session's cables). */
interface CableStatuses {

    ReviewStatus of(int cable);

    void set(int cable, ReviewStatus status);
}
