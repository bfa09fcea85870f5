package cabletag.workspace;

import cabletag.core.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/** A corpus held in memory, so edit tests need no reader; the store still goes to a real folder. */
final class InMemoryCorpus implements CorpusSource {

    private final List<Document> documents;

    InMemoryCorpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    @Override
    public List<Document> readAll(DoubleConsumer progress, List<String> problems) {
        progress.accept(1.0);
        return new ArrayList<>(documents);
    }

    static Workspace open(Path storeDir, Document... documents) {
        try {
            return Workspace.open(new InMemoryCorpus(List.of(documents)), new CorrectionFiles(storeDir),
                    List.of(storeDir), null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
