package cabletag.workspace.consistency;

import cabletag.core.SourceFormat;

/**
 * Which cable an index slot holds: its store key (the file's real path and the document's id, as the
 * corrections store names it), its file, the name shown for it, and the format it was read in (null when
 * not known): a cable or a dataset's document, which an export names by its path or by its id.
 */
record CableIdentity(String key, String file, String name, SourceFormat format) {

    static String fileOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }
}
