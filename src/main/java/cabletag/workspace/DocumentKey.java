package cabletag.workspace;

import cabletag.core.Document;

/** How stored corrections find their document: its source name plus its id (one file may hold many); the
 * name alone for files from before ids were stored. */
final class DocumentKey {

    private DocumentKey() {
    }

    static String of(Document document) {
        return of(document.source().name(), document.id());
    }

    static String of(String sourceName, String id) {
        return id == null ? sourceName : sourceName + "#" + id;
    }
}
