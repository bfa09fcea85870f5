package cabletag.formats;

import cabletag.core.Document;
import java.util.List;

/** What reading one file gave: its documents, or the problem that made it be skipped (file:line:col: …). */
public record ReadOutcome(CorpusFile file, List<Document> documents, List<String> problems) {

    public boolean skipped() {
        return documents.isEmpty() && !problems.isEmpty();
    }
}
