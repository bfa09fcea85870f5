package cabletag.workspace;

public interface WorkspaceListener {
    void cablesChanged(java.util.Set<Integer> cables);
}
