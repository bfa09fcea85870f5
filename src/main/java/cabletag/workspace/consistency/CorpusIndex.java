package cabletag.workspace.consistency;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.consistency.CableScan;
import cabletag.core.consistency.ConsistencyFinder;
import cabletag.core.consistency.EntityIndex;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.IndexUpdater;
import cabletag.core.consistency.Place;
import cabletag.workspace.CableChange;
import cabletag.workspace.WorkspaceChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The entity index of an open corpus, with what ties it to files: each slot's store key and name, the
 * saved index it may be reopened from, and the edits that keep it current. Built one document at a time
 * (nothing is kept but the places): {@link #add} every document, then, if {@link #needsUntaggedPass()},
 * {@link #scanUntagged} every document again. Reopened from a saved index, a file whose stamp (size,
 * modification time, and those of its stored corrections) is unchanged is taken as saved
 * ({@link #takeSaved}), without reading it.
 *
 * <p>Not thread-safe: one thread builds, updates and asks it.
 */
public final class CorpusIndex {

    private final EntityIndex index = new EntityIndex();
    private final ConsistencyFinder finder = new ConsistencyFinder(index);
    private final IndexUpdater updater = new IndexUpdater(index);
    private final List<CableIdentity> identities = new ArrayList<>();
    private final Map<String, Integer> cableByKey = new HashMap<>();
    private final Map<String, List<IndexFile.SavedCable>> savedByFile = new HashMap<>();
    private CableScan.Matcher scanned;
    private CableScan.Matcher untaggedPass;
    private List<Integer> untaggedPassRaws;

    private CorpusIndex() {
    }

    /** An index to build from nothing. */
    public static CorpusIndex empty() {
        return new CorpusIndex();
    }

    /**
     * An index to build from what was saved at {@code file}: its texts, and its cables to be taken
     * unread when unchanged. A damaged file is reported to {@code problems} (named, with why) and the
     * index is built from nothing.
     */
    public static CorpusIndex reopen(Path file, Consumer<String> problems) {
        CorpusIndex result = new CorpusIndex();
        IndexFile.Saved saved;
        try {
            saved = IndexFile.read(file);
        } catch (IndexDamagedException damaged) {
            problems.accept(damaged.getMessage());
            return result;
        }
        if (saved == null) {
            return result;
        }
        for (String raw : saved.raws()) {
            result.index.rawId(raw); // a fresh index gives the saved ids back in order
        }
        for (String label : saved.labels()) {
            result.index.labelId(Label.of(label));
        }
        java.util.BitSet bits = java.util.BitSet.valueOf(saved.scanned());
        bits.stream().filter(raw -> raw < saved.raws().size()).forEach(result.index::markScanned);
        for (IndexFile.SavedCable cable : saved.cables()) {
            result.savedByFile.computeIfAbsent(CableIdentity.fileOf(cable.key()), f -> new ArrayList<>()).add(cable);
        }
        return result;
    }

    /**
     * Takes every saved cable of one file, unread, when the file and each cable's stored corrections are as
     * they were when saved; false (nothing taken) when the caller must read the file.
     *
     * @param realFile   the file's real path, as store keys hold it
     * @param file       the file to look at
     * @param storedFile a cable's store file by key (null when it has none)
     */
    public boolean takeSaved(String realFile, Path file, Function<String, Path> storedFile) {
        List<IndexFile.SavedCable> cables = savedByFile.remove(realFile);
        if (cables == null) {
            return false;
        }
        for (IndexFile.SavedCable cable : cables) {
            if (!cable.stamp().equals(CableStamp.of(file, storedFile.apply(cable.key())))) {
                return false;
            }
        }
        for (IndexFile.SavedCable cable : cables) {
            int slot = slot(cable.key(), cable.name());
            index.setCable(slot, cable.name(), cable.records(), cable.records().length / 6);
        }
        return true;
    }

    /** Whether the saved index holds cables of this file (to decide, before reading, whether it may be skipped). */
    public boolean hasSaved(String realFile) {
        return savedByFile.containsKey(realFile);
    }

    /** Reads one document into the index: its entities, and the untagged places of every text looked for so far. */
    public int add(String key, String name, Document document) {
        int slot = slot(key, name);
        if (scanned == null) {
            List<Integer> raws = new ArrayList<>();
            for (int raw = 0; raw < index.rawCount(); raw++) {
                if (index.isScanned(raw)) {
                    raws.add(raw);
                }
            }
            scanned = new CableScan.Matcher(index, raws);
        }
        CableScan.index(index, slot, document, scanned);
        return slot;
    }

    private int slot(String key, String name) {
        Integer known = cableByKey.get(key);
        if (known != null) {
            identities.set(known, new CableIdentity(key, CableIdentity.fileOf(key), name));
            return known;
        }
        int slot = identities.size();
        identities.add(new CableIdentity(key, CableIdentity.fileOf(key), name));
        cableByKey.put(key, slot);
        return slot;
    }

    /** Whether some entity texts were never looked for untagged: then every document goes through {@link #scanUntagged}. */
    public boolean needsUntaggedPass() {
        if (untaggedPassRaws == null) {
            untaggedPassRaws = index.entitiesNotScanned();
            untaggedPass = new CableScan.Matcher(index, untaggedPassRaws);
        }
        return !untaggedPassRaws.isEmpty();
    }

    /** The second pass over one document (by its key): the untagged places of the texts new to the index. */
    public void scanUntagged(String key, Document document) {
        Integer slot = cableByKey.get(key);
        if (slot != null && needsUntaggedPass()) {
            CableScan.addUntagged(index, slot, document, untaggedPass);
        }
    }

    /** Ends the build: the texts of the second pass count as looked for from now on. */
    public void finishBuild() {
        if (untaggedPassRaws != null) {
            untaggedPassRaws.forEach(index::markScanned);
        }
        untaggedPassRaws = null;
        untaggedPass = null;
        scanned = null;
        savedByFile.clear();
    }

    // ---------------------------------------------------------------- use

    public int cableCount() {
        return identities.size();
    }

    /** The slot of a cable by its store key, or -1. */
    public int cableOf(String key) {
        Integer slot = cableByKey.get(key);
        return slot == null ? -1 : slot;
    }

    public String key(int slot) {
        return identities.get(slot).key();
    }

    public EntityIndex entities() {
        return index;
    }

    public List<Finding> findings(Set<String> dismissed) {
        return finder.findings(dismissed);
    }

    public List<Place> places(Finding finding) {
        return finder.places(finding);
    }

    /** The first place of each finding, cables ranked by {@code cableRank} (one pass over the places). */
    public List<Place> firstPlaces(List<Finding> findings, java.util.function.IntUnaryOperator cableRank) {
        return finder.firstPlaces(findings, cableRank);
    }

    /**
     * Keeps the index current after an edit, undo or redo. {@code slotOf} maps a workspace cable to its slot
     * here; {@code documents} gives a slot's cable as it is now, asked only for cables read again.
     */
    public void apply(WorkspaceChange change, IntFunction<Integer> slotOf, IntFunction<Document> documents) {
        List<IndexUpdater.Change> changes = new ArrayList<>();
        for (CableChange each : change.spanChanges()) {
            changes.add(new IndexUpdater.Change(slotOf.apply(each.cable()), each.removed(), each.added()));
        }
        if (!changes.isEmpty()) {
            updater.apply(changes, documents);
        }
    }

    /** Saves the index atomically, each cable stamped as its files are now. */
    public void save(Path file, Function<String, Path> storedFile) throws IOException {
        List<CableStamp> stamps = new ArrayList<>(identities.size());
        for (CableIdentity identity : identities) {
            stamps.add(CableStamp.of(Path.of(identity.file()), storedFile.apply(identity.key())));
        }
        IndexFile.write(file, index, identities, stamps);
    }
}
