package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which stored cable no longer at its place a moved or renamed file is. With one stored cable of its text
 * gone from its place, that one. With several (the same cable saved twice, then the folder renamed), the
 * moved files of that text among the inputs and those stored cables are paired by the end of the path they
 * still share: the whole path under a renamed folder, else at least the file name. A pair is taken only when
 * each is the other's one best match, so that no two files take one cable's corrections and no guess is
 * made; what cannot be paired (also a stored cable left over once the others paired) is named, never dropped,
 * and its store file is left as it is.
 *
 * <p>The pairing of a text is worked out once, from the files the inputs list (whatever order or folder
 * they were named by) and the store as first seen, so the window and the commands pair alike and a window
 * that wrote one pair under its new place pairs the next cable as before. Thread-safe.
 */
final class MovedCables {

    /** What a moved file gets: corrections put back (with a note), or a problem naming the cables it could be. */
    record Found(CorrectionStore.Lookup lookup, String note, String problem) {
        static final Found NONE = new Found(CorrectionStore.Lookup.NONE, null, null);
    }

    private final CorrectionStore store;
    private final List<Path> inputs;
    private final CorpusReader reader = CorpusReader.standard();
    /** The inputs' files by file name, listed the first time a text has several stored cables gone from their place. */
    private Map<String, List<CorpusFile>> filesByName;
    /** For each group of stored cables (their files), which one each moved file's key was paired with. */
    private final Map<List<Path>, Map<String, CorrectionStore.Lookup>> pairings = new HashMap<>();

    MovedCables(CorrectionStore store, List<Path> inputs) {
        this.store = store;
        this.inputs = inputs == null ? null : List.copyOf(inputs);
    }

    /**
     * The stored corrections of a file found neither under its key nor elsewhere by its key: {@code key} is
     * the file's (real path and id), {@code shown} its name in lines.
     */
    Found find(String shown, String key, String id, String sourceSha256, boolean oneDocument) {
        List<CorrectionStore.Lookup> candidates = store.movedCandidates(sourceSha256, id, oneDocument);
        if (candidates.isEmpty()) {
            return Found.NONE;
        }
        if (candidates.size() == 1) {
            return putBack(shown, candidates.get(0), "");
        }
        Map<String, CorrectionStore.Lookup> pairs = pairing(candidates, key, sourceSha256, id, oneDocument);
        CorrectionStore.Lookup paired = pairs.get(key);
        if (paired != null) {
            return putBack(shown, paired, "");
        }
        List<CorrectionStore.Lookup> unpaired = new ArrayList<>(candidates);
        unpaired.removeAll(pairs.values());
        // A stored cable left over once the others paired is not given to this file: other files of its text that
        // share no name with it (two copies renamed p.txt and r.txt) would each take it, and only the files that
        // share a name are read for the pairing, so nothing here says this file is its only claimant.
        if (sameCorrections(candidates)) {
            CorrectionStore.Lookup first = unpaired.isEmpty() ? candidates.get(0) : unpaired.get(0);
            return putBack(shown, first, "; the " + candidates.size()
                    + " cables with this text that are no longer where they were hold the same corrections");
        }
        if (unpaired.isEmpty()) {
            return Found.NONE; // one more copy: every stored cable of its text went to the file it was
        }
        List<String> paths = new ArrayList<>();
        unpaired.forEach(lookup -> paths.add(lookup.correction().path()));
        if (unpaired.size() == 1) {
            return new Found(CorrectionStore.Lookup.NONE, null, shown + ": error: the corrections of a cable with this text that"
                    + " is no longer where it was (" + paths.get(0) + ") could belong to this one, but the other copies of its text"
                    + " were paired by their names and this file's name pairs with none; they were not put back and stay in the"
                    + " store as they are. To put them back, give this file the name it had there, and open it again.");
        }
        return new Found(CorrectionStore.Lookup.NONE, null, shown + ": error: the corrections of " + unpaired.size()
                + " cables with this text that are no longer where they were (" + String.join(", ", paths)
                + ") could belong to this one; none was put back, and they stay in the store as they are. To put them back,"
                + " move the files back where they were, or give each copy the file name it had there, and open them again.");
    }

    private static Found putBack(String shown, CorrectionStore.Lookup lookup, String more) {
        return new Found(lookup, shown + ": note: the corrections made when this cable was at " + lookup.correction().path()
                + " are put back (same text; the file was moved or renamed" + more + ").", null);
    }

    /** Whether the stored cables differ only by where they were: any of them is then the right one for every copy. */
    private static boolean sameCorrections(List<CorrectionStore.Lookup> candidates) {
        StoredCorrection first = candidates.get(0).correction();
        for (CorrectionStore.Lookup lookup : candidates) {
            StoredCorrection other = lookup.correction();
            if (other.status() != first.status() || !other.removed().equals(first.removed())
                    || !other.added().equals(first.added())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pairs the group's stored cables with the moved files of their text: the file asking ({@code key}) and
     * every file of the inputs named as one of them is, read to see whether it holds that text and has no
     * corrections of its own. Only a file sharing at least the file name can be paired, so no other file
     * needs reading. Pairs are taken while some file and stored cable are each the other's one best match.
     */
    private synchronized Map<String, CorrectionStore.Lookup> pairing(List<CorrectionStore.Lookup> candidates, String key,
                                                                   String sourceSha256, String id, boolean oneDocument) {
        List<Path> group = new ArrayList<>();
        candidates.forEach(lookup -> group.add(lookup.file()));
        Map<String, CorrectionStore.Lookup> known = pairings.get(group);
        if (known != null) {
            return known;
        }
        Set<String> moved = new LinkedHashSet<>(movedFilesNamedAs(candidates, sourceSha256, id, oneDocument));
        moved.add(key);
        Map<String, CorrectionStore.Lookup> pairs = new TreeMap<>();
        List<String> files = new ArrayList<>(moved);
        List<CorrectionStore.Lookup> stored = new ArrayList<>(candidates);
        boolean found = true;
        while (found) {
            found = false;
            for (String file : List.copyOf(files)) {
                CorrectionStore.Lookup best = onlyBest(pathOf(file), stored, lookup -> lookup.correction().path());
                if (best != null && file.equals(onlyBest(best.correction().path(), files, MovedCables::pathOf))) {
                    pairs.put(file, best);
                    files.remove(file);
                    stored.remove(best);
                    found = true;
                }
            }
        }
        pairings.put(group, pairs);
        return pairs;
    }

    /**
     * Of {@code candidates} (stored cables, or moved files), the one whose path ({@code pathOfCandidate}) shares the
     * longest end with {@code path}, when one alone does and shares at least a name; else null.
     */
    private static <T> T onlyBest(String path, List<T> candidates, java.util.function.Function<T, String> pathOfCandidate) {
        T best = null;
        int bestShared = 0;
        boolean tie = false;
        for (T candidate : candidates) {
            int shared = sharedEnd(path, pathOfCandidate.apply(candidate));
            if (shared > bestShared) {
                best = candidate;
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared && shared > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** How many names at the end of the two paths are the same ({@code corp/a/004.txt}, {@code corp2/a/004.txt}: 2). */
    static int sharedEnd(String one, String other) {
        Path a = Path.of(one);
        Path b = Path.of(other);
        int shared = 0;
        while (shared < a.getNameCount() && shared < b.getNameCount()
                && a.getName(a.getNameCount() - 1 - shared).equals(b.getName(b.getNameCount() - 1 - shared))) {
            shared++;
        }
        return shared;
    }

    private static String pathOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }

    /**
     * The keys of the inputs' documents in files named as one of the stored cables was, that hold this text and
     * have no corrections under their own key: the other moved files a stored cable could be paired with.
     */
    private List<String> movedFilesNamedAs(List<CorrectionStore.Lookup> candidates, String sourceSha256, String id,
                                           boolean oneDocument) {
        List<String> keys = new ArrayList<>();
        if (inputs == null) {
            return keys;
        }
        Set<String> names = new LinkedHashSet<>();
        candidates.forEach(lookup -> names.add(Path.of(lookup.correction().path()).getFileName().toString()));
        Map<String, List<CorpusFile>> byName = filesByName();
        for (String name : names) {
            for (CorpusFile file : byName.getOrDefault(name, List.of())) {
                ReadOutcome outcome = reader.read(file);
                for (Document document : outcome.documents()) {
                    boolean alone = document.source().format() == SourceFormat.INLINE
                            || document.source().format() == SourceFormat.BRAT;
                    if (alone != oneDocument || (!alone && !java.util.Objects.equals(document.id(), id))
                            || document.source().text() == null || !sourceSha256.equals(Reapplier.sourceHash(document))) {
                        continue;
                    }
                    String key = CableKey.of(file.path(), document.id());
                    if (store.storedFileOf(key) == null) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    private Map<String, List<CorpusFile>> filesByName() {
        if (filesByName == null) {
            filesByName = new HashMap<>();
            for (CorpusFile file : reader.list(inputs).files()) {
                Path name = file.path().getFileName();
                if (name != null) {
                    filesByName.computeIfAbsent(name.toString(), n -> new ArrayList<>()).add(file);
                }
            }
        }
        return filesByName;
    }
}
