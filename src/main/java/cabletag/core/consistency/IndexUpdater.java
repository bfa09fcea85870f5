package cabletag.core.consistency;

import cabletag.core.Document;
import cabletag.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Keeps an {@link EntityIndex} current edit by edit, so that it equals one built afresh from the cables
 * as they are now. A relabel (the same range taken away and put back with another label) changes the
 * place's label in place, without reading the cable; any other change reads that one cable again. A text
 * that becomes an entity for the first time is then looked for, untagged, in every cable: the one case that
 * reads the corpus, and rare (a relabel or deletion never causes it).
 */
public final class IndexUpdater {

    private final EntityIndex index;
    private CableScan.Matcher scannedMatcher;
    private int scannedFor = -1;

    public IndexUpdater(EntityIndex index) {
        this.index = index;
    }

    /** One cable's span changes, as an edit, undo or redo applied them. */
    public record Change(int cable, List<Span> removed, List<Span> added) { }

    /**
     * Applies the changes; {@code documents} gives a cable as it is now (after all the changes), and is
     * asked only for cables that must be read again.
     */
    public void apply(List<Change> changes, IntFunction<Document> documents) {
        Map<Integer, List<Change>> byCable = new HashMap<>();
        for (Change change : changes) {
            byCable.computeIfAbsent(change.cable(), c -> new ArrayList<>()).add(change);
        }
        for (Map.Entry<Integer, List<Change>> each : byCable.entrySet()) {
            int cable = each.getKey();
            if (!relabelInPlace(cable, each.getValue())) {
                CableScan.index(index, cable, documents.apply(cable), scannedMatcher());
            }
        }
        scanNewEntities(documents);
    }

    /** Looks for the untagged places of texts that became entities and were never looked for. */
    public void scanNewEntities(IntFunction<Document> documents) {
        List<Integer> fresh = index.entitiesNotScanned();
        if (fresh.isEmpty()) {
            return;
        }
        CableScan.Matcher matcher = new CableScan.Matcher(index, fresh);
        for (int cable = 0; cable < index.cableCount(); cable++) {
            CableScan.addUntagged(index, cable, documents.apply(cable), matcher);
        }
        fresh.forEach(index::markScanned);
    }

    private CableScan.Matcher scannedMatcher() {
        if (scannedMatcher == null || scannedFor != index.rawCount()) {
            List<Integer> scanned = new ArrayList<>();
            for (int raw = 0; raw < index.rawCount(); raw++) {
                if (index.isScanned(raw)) {
                    scanned.add(raw);
                }
            }
            scannedMatcher = new CableScan.Matcher(index, scanned);
            scannedFor = index.rawCount();
        }
        return scannedMatcher;
    }

    /** A pure relabel changes labels only: done on the records, or false to read the cable again. */
    private boolean relabelInPlace(int cable, List<Change> changes) {
        List<Span[]> pairs = new ArrayList<>();
        for (Change change : changes) {
            if (change.removed().size() != change.added().size()) {
                return false;
            }
            for (Span gone : change.removed()) {
                Span back = null;
                for (Span added : change.added()) {
                    if (added.sameRange(gone)) {
                        back = added;
                        break;
                    }
                }
                if (back == null) {
                    return false;
                }
                pairs.add(new Span[] {gone, back});
            }
        }
        int done = 0;
        for (Span[] pair : pairs) {
            if (!index.relabel(cable, pair[0].start(), pair[0].end(), pair[0].label(), pair[1].label())) {
                break;
            }
            done++;
        }
        if (done == pairs.size()) {
            return true;
        }
        return false; // the caller reads the cable again, which puts right the ones done
    }
}
