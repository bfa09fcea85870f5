package cabletag.workspace.consistency;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.consistency.CableScan;
import cabletag.core.consistency.ConsistencyFinder;
import cabletag.core.consistency.EntityIndex;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.FirstPlaces;
import cabletag.core.consistency.IndexUpdater;
import cabletag.core.consistency.Place;
import cabletag.core.consistency.ScannedCable;
import cabletag.core.consistency.Vocabulary;
import cabletag.core.consistency.WordFilter;
import cabletag.workspace.CableChange;
import cabletag.workspace.WorkspaceChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The entity index of an open corpus, with what ties it to files: each slot's store key and name, the
 * saved index it may be reopened from, and the edits that keep it current.
 *
 * <p>Built in one streamed pass: each document is {@link #scan scanned} on whichever thread reads it, for
 * its entities and for the untagged places of the {@link Vocabulary} of entity texts known so far, then
 * {@link #add added} here in input order. A text that became an entity after a cable was scanned may still
 * be untagged in it: {@link #needsUntaggedPass()} says whether any cable must be read again for that, and
 * {@link #cablesForUntaggedPass()} which ones, those whose words a {@link WordFilter} of the later texts
 * meets; {@link #scanUntagged} each of them. Reopened from a saved index, a file whose stamp (size,
 * modification time, and those of its stored corrections) is unchanged is taken as saved ({@link #takeSaved}),
 * without reading it, and its places are decoded only when asked for.
 *
 * <p>Not thread-safe but for {@link #scan}: one thread builds, updates and asks it.
 */
public final class CorpusIndex {

    /** A new vocabulary for the reading threads at most every this many cables added (or a sixteenth of those read). */
    private static final int VOCABULARY_EVERY = 64;

    private final EntityIndex index = new EntityIndex();
    private final ConsistencyFinder finder = new ConsistencyFinder(index);
    private final IndexUpdater updater = new IndexUpdater(index);
    private final List<CableIdentity> identities = new ArrayList<>();
    private final Map<String, Integer> cableByKey = new HashMap<>();
    private final Map<String, List<IndexFile.SavedCable>> savedByFile = new HashMap<>();
    /** Saved cables not taken (their files changed): their places come off the saved counts when reading ends. */
    private final List<IndexFile.SavedCable> untaken = new ArrayList<>();
    /** File stamps known from the listing, by real path, so saving looks at no file again. */
    private final Map<String, FileStamp> knownStamps = new HashMap<>();
    /** Cables whose reading lost annotation data: saved with a stamp no file has, so every run reads them and names the loss. */
    private final java.util.Set<String> readEveryTime = new java.util.HashSet<>();
    private boolean changed = true;
    /** The saved index's first places of each text, good while every cable sits in its saved slot and nothing changed. */
    private FirstPlaces savedFirsts;
    private int savedCount;
    private boolean takenInSavedOrder = true;

    // the build: what each cable was scanned for, and the vocabulary the reading threads use now
    private volatile Vocabulary vocabulary = new Vocabulary(0, List.of());
    private final Map<String, Integer> generationOfText = new HashMap<>();
    private int[] generationOf = new int[16];
    private int[][] wordsOf = new int[16][];
    private boolean[] taken = new boolean[16];
    private int addedSinceVocabulary;
    private boolean vocabularyBehind;
    private boolean settled;
    private List<Integer> untaggedPassRaws;
    private Set<Integer> untaggedPassCables;
    private final Map<Integer, CableScan.Matcher> latePass = new HashMap<>();

    private final int vocabularyEvery;

    private CorpusIndex(int vocabularyEvery) {
        this.vocabularyEvery = vocabularyEvery;
    }

    /** An index to build from nothing. */
    public static CorpusIndex empty() {
        return new CorpusIndex(VOCABULARY_EVERY);
    }

    /** As {@link #empty()}, a new vocabulary at most every {@code vocabularyEvery} cables (a test makes it often). */
    static CorpusIndex empty(int vocabularyEvery) {
        return new CorpusIndex(vocabularyEvery);
    }

    /**
     * An index to build from what was saved at {@code file}: its texts and counts, and its cables to be taken
     * unread when unchanged. A damaged file is reported to {@code problems} (named, with why) and the
     * index is built from nothing.
     */
    public static CorpusIndex reopen(Path file, Consumer<String> problems) {
        CorpusIndex result = new CorpusIndex(VOCABULARY_EVERY);
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
        result.changed = false;
        result.savedFirsts = saved.firsts();
        result.savedCount = saved.cables().size();
        for (String raw : saved.raws()) {
            result.index.rawId(raw); // a fresh index gives the saved ids back in order
        }
        for (String label : saved.labels()) {
            result.index.labelId(Label.of(label));
        }
        int[][] counts = saved.counts();
        for (int raw = 0; raw < counts.length; raw++) {
            for (int slot = 0; slot < counts[raw].length; slot++) {
                if (counts[raw][slot] != 0) {
                    result.index.addCount(raw, slot - 1, counts[raw][slot]);
                }
            }
        }
        java.util.BitSet bits = java.util.BitSet.valueOf(saved.scanned());
        List<String> scanned = new ArrayList<>();
        bits.stream().filter(raw -> raw < saved.raws().size()).forEach(raw -> {
            result.index.markScanned(raw);
            scanned.add(saved.raws().get(raw));
        });
        result.vocabulary = new Vocabulary(0, scanned);
        for (IndexFile.SavedCable cable : saved.cables()) {
            result.savedByFile.computeIfAbsent(CableIdentity.fileOf(cable.key()), f -> new ArrayList<>(1)).add(cable);
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
        if (!savedByFile.containsKey(realFile)) {
            return false;
        }
        CableStamp now = CableStamp.of(file, null);
        FileStamp stamp = new FileStamp(realFile, now.size(), now.modified(), now.identity(), false);
        knownStamps.put(realFile, stamp);
        return takeSaved(stamp, storedFile);
    }

    /** As above, with the file's stamp known already ({@link #knowStamps}): no look at the file. */
    public boolean takeSaved(FileStamp file, Function<String, Path> storedFile) {
        List<IndexFile.SavedCable> cables = savedByFile.remove(file.realPath());
        if (cables == null) {
            return false;
        }
        for (IndexFile.SavedCable cable : cables) {
            CableStamp saved = cable.stamp();
            if (!saved.sameFile(file)
                    || !saved.sameStore(CableStamp.ofStore(storedFile.apply(cable.key())))) {
                untaken.addAll(cables);
                changed = true;
                return false;
            }
        }
        for (IndexFile.SavedCable cable : cables) {
            int slot = slot(cable.key(), file.realPath(), cable.name(), cable.format());
            takenInSavedOrder &= slot == cable.position();
            index.setSavedCable(slot, cable.name(), cable.placeCount(), cable.places());
            taken[slot] = true;
        }
        return true;
    }

    /** Whether the saved index holds cables of this file (to decide, before reading, whether it may be skipped). */
    public boolean hasSaved(String realFile) {
        return savedByFile.containsKey(realFile);
    }

    /**
     * One document's places, apart from the index, for {@link #add}: safe on any thread (the reading threads
     * call it), with the vocabulary of the moment.
     */
    public ScannedCable scan(Document document) {
        return CableScan.scan(document, vocabulary);
    }

    /** Reads one document into the index: its entities, and the untagged places of every text looked for so far. */
    public int add(String key, String name, Document document) {
        return add(key, name, scan(document));
    }

    /** Puts one scanned document into the index, in input order. */
    public int add(String key, String name, ScannedCable cable) {
        int slot = slot(key, CableIdentity.fileOf(key), name, cable.format());
        int[] records = cable.records().clone();
        int[] textIds = new int[cable.texts().size()];
        for (int i = 0; i < textIds.length; i++) {
            textIds[i] = index.rawId(cable.texts().get(i));
        }
        int[] labelIds = new int[cable.labels().size()];
        for (int i = 0; i < labelIds.length; i++) {
            labelIds[i] = index.labelId(cable.labels().get(i));
        }
        Vocabulary now = vocabulary;
        for (int i = 0; i < records.length; i += EntityIndex.STRIDE) {
            int label = records[i + 1];
            records[i] = textIds[records[i]];
            if (label != EntityIndex.UNTAGGED) {
                records[i + 1] = labelIds[label];
                vocabularyBehind |= !now.contains(index.raw(records[i]));
            }
        }
        index.setCable(slot, cable.name(), records, cable.placeCount());
        if (cable.readingLostData()) {
            readEveryTime.add(key);
        } else {
            readEveryTime.remove(key);
        }
        generationOf[slot] = cable.generation();
        wordsOf[slot] = cable.words();
        taken[slot] = false;
        changed = true;
        addedSinceVocabulary++;
        if (vocabularyBehind && addedSinceVocabulary >= Math.max(vocabularyEvery, identities.size() / 16)) {
            renewVocabulary();
        }
        return slot;
    }

    /** The texts looked for from now on: those looked for before, and every entity text (new ones marked with the next generation). */
    private void renewVocabulary() {
        int generation = vocabulary.generation() + 1;
        List<String> texts = new ArrayList<>();
        for (int raw = 0; raw < index.rawCount(); raw++) {
            String text = index.raw(raw);
            if (index.isScanned(raw) || vocabulary.contains(text) || index.isEntity(raw)) {
                texts.add(text);
                if (!index.isScanned(raw) && !vocabulary.contains(text)) {
                    generationOfText.put(text, generation);
                }
            }
        }
        vocabulary = new Vocabulary(generation, texts);
        vocabularyBehind = false;
        addedSinceVocabulary = 0;
    }

    private int slot(String key, String file, String name, cabletag.core.SourceFormat format) {
        Integer known = cableByKey.get(key);
        if (known != null) {
            identities.set(known, new CableIdentity(key, file, name, format));
            return known;
        }
        int slot = identities.size();
        identities.add(new CableIdentity(key, file, name, format));
        cableByKey.put(key, slot);
        if (slot == taken.length) {
            taken = Arrays.copyOf(taken, slot * 2);
            generationOf = Arrays.copyOf(generationOf, slot * 2);
            wordsOf = Arrays.copyOf(wordsOf, slot * 2);
        }
        return slot;
    }

    /** Once reading ends: saved cables not taken, and those of files no longer listed, leave the saved counts. */
    private void settle() {
        if (settled) {
            return;
        }
        settled = true;
        savedByFile.values().forEach(untaken::addAll);
        savedByFile.clear();
        changed |= !untaken.isEmpty();
        for (IndexFile.SavedCable cable : untaken) {
            int[] records = cable.places().records();
            for (int i = 0; i < records.length; i += EntityIndex.STRIDE) {
                index.addCount(records[i], records[i + 1], -1);
            }
        }
        untaken.clear();
    }

    /**
     * Whether some cable must be read again for entity texts it was not scanned for: then each of
     * {@link #cablesForUntaggedPass()} goes through {@link #scanUntagged}.
     */
    public boolean needsUntaggedPass() {
        settle();
        if (untaggedPassRaws == null) {
            untaggedPassRaws = index.entitiesNotScanned();
            WordFilter later = new WordFilter();
            int latest = 0;
            for (int raw : untaggedPassRaws) {
                int generation = generationOfText.getOrDefault(index.raw(raw), WordFilter.NEVER);
                later.add(index.raw(raw), generation);
                latest = Math.max(latest, generation);
            }
            untaggedPassCables = new HashSet<>();
            for (int slot = 0; slot < identities.size(); slot++) {
                boolean again = taken[slot] || wordsOf[slot] == null
                        ? latest > generationOf[slot] && !later.isEmpty() // words unknown: any later text may be there
                        : later.mayHoldLater(wordsOf[slot], generationOf[slot]);
                if (again) {
                    untaggedPassCables.add(slot);
                }
                wordsOf[slot] = null;
            }
        }
        return !untaggedPassCables.isEmpty();
    }

    /** The real paths of the files holding cables {@link #needsUntaggedPass()} found must be read again. */
    public Set<String> filesForUntaggedPass() {
        needsUntaggedPass();
        Set<String> files = new HashSet<>();
        for (int slot : untaggedPassCables) {
            files.add(identities.get(slot).file());
        }
        return files;
    }

    /** Whether the cable of this key must be read again in the untagged pass. */
    public boolean needsUntaggedPass(String key) {
        Integer slot = cableByKey.get(key);
        return slot != null && needsUntaggedPass() && untaggedPassCables.contains(slot);
    }

    /** The second pass over one document (by its key): the untagged places of the texts it was not scanned for. */
    public void scanUntagged(String key, Document document) {
        Integer slot = cableByKey.get(key);
        if (slot == null || !needsUntaggedPass() || !untaggedPassCables.remove(slot)) {
            return;
        }
        int generation = taken[slot] ? 0 : generationOf[slot];
        CableScan.Matcher matcher = latePass.computeIfAbsent(generation, g -> new CableScan.Matcher(index,
                untaggedPassRaws.stream().filter(raw -> generationOfText.getOrDefault(index.raw(raw), WordFilter.NEVER) > g).toList()));
        CableScan.addUntagged(index, slot, document, matcher);
        changed = true;
    }

    /** Ends the build: the texts of the untagged pass count as looked for from now on. */
    public void finishBuild() {
        settle();
        needsUntaggedPass();
        if (!untaggedPassRaws.isEmpty()) {
            untaggedPassRaws.forEach(index::markScanned);
            changed = true;
        }
        untaggedPassRaws = null;
        untaggedPassCables = null;
        latePass.clear();
        generationOfText.clear();
        wordsOf = new int[taken.length][];
    }

    /** Whether the index differs from the saved one it was reopened from (or none was): saved only then. */
    public boolean isChanged() {
        return changed;
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

    /** The name of a slot's cable under its input (its file's, for a dataset's document). */
    public String name(int slot) {
        return identities.get(slot).name();
    }

    /** The format a slot's cable was read in: a cable, or a dataset's document; null when not known. */
    public cabletag.core.SourceFormat format(int slot) {
        return identities.get(slot).format();
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

    /** The places of each finding, in one pass over the places. */
    public List<List<Place>> places(List<Finding> findings) {
        return finder.places(findings);
    }

    /**
     * The first place of each finding, cables ranked by {@code cableRank}: one pass over the places, unless the
     * index is as saved, every cable in its saved slot and ranked as it is numbered, when the saved first places
     * are those.
     */
    public List<Place> firstPlaces(List<Finding> findings, java.util.function.IntUnaryOperator cableRank) {
        boolean asSaved = savedFirsts != null && !changed && takenInSavedOrder && identities.size() == savedCount
                && savedFirsts.rawCount() == index.rawCount();
        for (int slot = 0; asSaved && slot < identities.size(); slot++) {
            asSaved = cableRank.applyAsInt(slot) == slot;
        }
        return asSaved ? finder.firstPlaces(findings, savedFirsts) : finder.firstPlaces(findings, cableRank);
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
            changed = true;
        }
    }

    /** Saves the index atomically, each cable stamped as its files are now (as listed, when known). */
    public void save(Path file, Function<String, Path> storedFile) throws IOException {
        List<CableStamp> stamps = new ArrayList<>(identities.size());
        for (CableIdentity identity : identities) {
            FileStamp known = readEveryTime.contains(identity.key()) ? new FileStamp(identity.file(), -1, -1)
                    : knownStamps.get(identity.file());
            Path stored = storedFile.apply(identity.key());
            stamps.add(known == null ? CableStamp.of(Path.of(identity.file()), stored) : CableStamp.of(known, stored));
        }
        IndexFile.write(file, index, identities, stamps);
        changed = false;
        savedFirsts = null; // those of the file reopened, not of what was just written
    }

    /** Remembers how files were when listed (before any was read), so saving stamps them without looking again. */
    public void knowStamps(List<FileStamp> files) {
        files.forEach(stamp -> knownStamps.put(stamp.realPath(), stamp));
    }
}
