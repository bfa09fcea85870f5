package cabletag.workspace;

import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which stored cable no longer at its place a moved or renamed file is. The files of its text that have no
 * corrections of their own and those stored cables are paired by the end of the path they still share: the
 * whole path under a renamed folder, else at least the file name. A pair is taken only when each is the other's
 * one best match, so that no two files take one cable's corrections and no guess is made. A stored cable that no
 * file pairs with (a file renamed) goes to the one file of its text left, when there is one; what cannot be told
 * apart (a renamed file beside a copy never corrected) is named on each file it could be, never dropped, and its
 * store file is left as it is. A file of the text left once every stored cable went to its file is a copy never
 * corrected: it gets nothing.
 *
 * <p>The pairing of a text is worked out once, from the files the inputs list (whatever order or folder
 * they were named by), the folders a copy may be in and the store as first seen, so the window and the commands
 * pair alike, whichever file asks first, and a window that wrote one pair under its new place pairs the next
 * cable as before. Thread-safe.
 */
final class MovedCables {

    /** What a moved file gets: corrections put back (with a note), or a problem naming the cables it could be. */
    record Found(CorrectionStore.Lookup lookup, String note, String problem) {
        static final Found NONE = new Found(CorrectionStore.Lookup.NONE, null, null);
    }

    private final CorrectionStore store;
    private final FilesOfText files;
    /** For each group of stored cables (their files), how they were paired with the files of their text. */
    private final Map<List<Path>, MovedPairing> pairings = new HashMap<>();

    MovedCables(CorrectionStore store, List<Path> inputs) {
        this.store = store;
        this.files = new FilesOfText(store, inputs, CorpusReader.standard());
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
        return pairing(candidates, key, new FilesOfText.Text(sourceSha256, id, oneDocument, key)).of(shown, key);
    }

    /**
     * Pairs the group's stored cables with the files of their text: first those of the inputs named as one of
     * them was, read to see whether they hold that text and have no corrections of their own (a renamed folder
     * pairs them all, and no other file needs reading); when a stored cable is left, also the files that could
     * be it under another name ({@link FilesOfText#ofSize}), which decide whether one file alone is left for it.
     */
    private synchronized MovedPairing pairing(List<CorrectionStore.Lookup> candidates, String key, FilesOfText.Text text) {
        List<Path> group = new ArrayList<>();
        candidates.forEach(lookup -> group.add(lookup.file()));
        MovedPairing known = pairings.get(group);
        if (known != null) {
            return known;
        }
        Set<String> names = new TreeSet<>();
        candidates.forEach(lookup -> names.add(Path.of(lookup.correction().path()).getFileName().toString()));
        Set<String> weighed = new TreeSet<>(files.namedAs(names, text));
        // the file asking: an input is among those when it shares a name, and pairs with nothing when it does not;
        // named here for a file the inputs do not list, which is weighed all the same
        weighed.add(key);
        Map<String, CorrectionStore.Lookup> pairs = pairs(weighed, candidates);
        if (pairs.size() < candidates.size()) {
            Set<Path> folders = new LinkedHashSet<>();
            folders.add(Path.of(CableKey.pathOf(key)).getParent());
            for (CorrectionStore.Lookup lookup : candidates) {
                if (!pairs.containsValue(lookup)) {
                    folders.add(Path.of(lookup.correction().path()).getParent()); // a file renamed in its folder is there
                }
            }
            weighed.addAll(files.ofSize(sizeOf(key), folders, text));
            pairs = pairs(weighed, candidates);
        }
        MovedPairing made = new MovedPairing(candidates, pairs, weighed);
        pairings.put(group, made);
        return made;
    }

    /** Pairs are taken, in path order, while some file and stored cable are each the other's one best match. */
    private static Map<String, CorrectionStore.Lookup> pairs(Set<String> weighed, List<CorrectionStore.Lookup> candidates) {
        Map<String, CorrectionStore.Lookup> pairs = new TreeMap<>();
        List<String> files = new ArrayList<>(weighed);
        List<CorrectionStore.Lookup> stored = new ArrayList<>(candidates);
        boolean found = true;
        while (found) {
            found = false;
            for (String file : List.copyOf(files)) {
                CorrectionStore.Lookup best = onlyBest(CableKey.pathOf(file), stored, lookup -> lookup.correction().path());
                if (best != null && file.equals(onlyBest(best.correction().path(), files, CableKey::pathOf))) {
                    pairs.put(file, best);
                    files.remove(file);
                    stored.remove(best);
                    found = true;
                }
            }
        }
        return pairs;
    }

    private static long sizeOf(String key) {
        try {
            return Files.size(Path.of(CableKey.pathOf(key)));
        } catch (IOException e) {
            return -1; // gone since it was read: only the files of its name are weighed
        }
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
}
