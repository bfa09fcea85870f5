package cabletag.workspace.consistency;

/**
 * Which cable an index slot holds: its store key (the file's real path and the document's id, as the
 * corrections store names it), its file, and the name shown for it.
 */
record CableIdentity(String key, String file, String name) {

    static String fileOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }
}
