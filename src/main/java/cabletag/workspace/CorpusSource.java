package cabletag.workspace;

import cabletag.core.Document;
import java.io.IOException;
import java.util.List;
import java.util.function.DoubleConsumer;

/** Where a workspace's documents come from, in a stable order. */
interface CorpusSource {

    /**
     * Reads every document. Files that cannot be read are skipped and reported in {@code problems}
     * (file and reason); {@code progress} gets 0..1 as reading goes (never null here).
     */
    List<Document> readAll(DoubleConsumer progress, List<String> problems) throws IOException;
}
