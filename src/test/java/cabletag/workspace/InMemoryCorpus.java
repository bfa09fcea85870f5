package cabletag.workspace;

import cabletag.core.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus held in memory, so edit tests need no reader; the store still goes to a real folder.
 * Entries are listed unread, so the tests go through the same read-on-first-use path as cable files.
 */
final class InMemoryCorpus implements CorpusSource {

    private final List<Document> documents;

    InMemoryCorpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    @Override
    public List<Entry> list(List<String> problems) {
        List<Entry> entries = new ArrayList<>();
        for (Document document : documents) {
            entries.add(new Entry(document.source().name(), Path.of("/in-memory").resolve(document.source().name()), document, null));
        }
        return entries;
    }

    @Override
    public Document read(Entry entry) {
        return (Document) entry.handle();
    }

    static Workspace open(Path storeDir, Document... documents) {
        try {
            return Workspace.open(new InMemoryCorpus(List.of(documents)), CorrectedDocuments.of(CorrectionStore.openFolder(storeDir)),
                    List.of(storeDir), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
