package cabletag.core.consistency;

import cabletag.core.Document;
import java.util.function.IntFunction;

/**
 * Builds an {@link EntityIndex} in two streamed passes, one document at a time: the first gathers the
 * entities (so the vocabulary is whole), the second looks for their untagged places. No document is kept.
 */
public final class IndexBuilder {

    private IndexBuilder() {
    }

    /** Progress 0..1 of a build, from whichever thread builds. */
    @FunctionalInterface
    public interface Progress {
        void at(double fraction);
    }

    public static EntityIndex build(int cables, IntFunction<Document> documents, Progress progress) {
        EntityIndex index = new EntityIndex();
        for (int cable = 0; cable < cables; cable++) {
            CableScan.index(index, cable, documents.apply(cable), null);
            progress.at(0.5 * (cable + 1) / cables);
        }
        scanUntagged(index, cables, documents, progress);
        return index;
    }

    /** The second pass: every entity text's untagged places in every cable. */
    public static void scanUntagged(EntityIndex index, int cables, IntFunction<Document> documents, Progress progress) {
        java.util.List<Integer> entities = index.entitiesNotScanned();
        CableScan.Matcher matcher = new CableScan.Matcher(index, entities);
        for (int cable = 0; cable < cables; cable++) {
            CableScan.addUntagged(index, cable, documents.apply(cable), matcher);
            progress.at(0.5 + 0.5 * (cable + 1) / cables);
        }
        entities.forEach(index::markScanned);
    }
}
