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
import java.util.function.Supplier;

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
 * <p>A cable with suggestions rejected in it and no corrections is no stored cable of the store, but its rejections are
 * the analyst's work as corrections are: such cables gone from their place ({@link RejectedCablesGone}) are paired
 * by the same rules with the files of their text that found no corrections and have neither corrections nor rejected
 * suggestions of their own, and that took no moved cable's corrections ({@link #findRejected}).
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
    private final Supplier<Rejections> rejections;
    private final FilesOfText files;
    /** For each group of stored cables (their files), how they were paired with the files of their text. */
    private final Map<List<Path>, MovedPairing> pairings = new HashMap<>();
    /** The same for each group of cables with rejected suggestions and no corrections (their keys). */
    private final Map<List<String>, MovedPairing> rejectedPairings = new HashMap<>();
    /** Worked out when first asked for: a store whose cables stayed where they were never reads the rejections for it. */
    private RejectedCablesGone rejectedGone;

    MovedCables(CorrectionStore store, List<Path> inputs, Supplier<Rejections> rejections) {
        this.store = store;
        this.rejections = rejections;
        // a file read for either kind of cable keeps the documents of both: each file is read once
        this.files = new FilesOfText(inputs, CorpusReader.standard(),
                sourceSha256 -> store.mayHaveMoved(sourceSha256) || rejectedGone().mayHaveMoved(sourceSha256));
    }

    /**
     * The stored corrections of a file found neither under its key nor elsewhere by its key: {@code key} is
     * the file's (real path and id), {@code shown} its name in lines.
     */
    Found find(String shown, String key, String id, String sourceSha256, boolean oneDocument) {
        MovedPairing pairing = correctionsPairing(key, sourceSha256, id, oneDocument);
        return pairing == null ? Found.NONE : pairing.of(shown, key);
    }

    /** How the stored cables of this text gone from their place were paired; null when there is none. */
    private synchronized MovedPairing correctionsPairing(String key, String sourceSha256, String id, boolean oneDocument) {
        List<CorrectionStore.Lookup> candidates = store.movedCandidates(sourceSha256, id, oneDocument);
        if (candidates.isEmpty()) {
            return null;
        }
        List<Path> group = new ArrayList<>();
        candidates.forEach(lookup -> group.add(lookup.file()));
        // no store file of its own: a file of the text that has one is no moved cable
        FilesOfText.Text text = new FilesOfText.Text(sourceSha256, id, oneDocument, key, other -> store.storedFileOf(other) == null);
        return pairing(pairings, group, candidates, key, text, MovedPairing.Work.CORRECTIONS);
    }

    /** Whether a cable with rejected suggestions and no corrections is gone from its place: else none is looked for. */
    synchronized boolean mayHoldRejected() {
        return !rejectedGone().isEmpty();
    }

    /**
     * The cable with rejected suggestions and no corrections, gone from its place, whose rejections go to a file that
     * found no corrections ({@link #find} gave nothing, and no problem): by the same rules as a cable with corrections
     * ({@link MovedPairing}). The lookup found holds no correction: it says where the rejections were kept.
     */
    synchronized Found findRejected(String shown, String key, String id, String sourceSha256, boolean oneDocument) {
        List<CorrectionStore.Lookup> candidates = rejectedGone().candidates(sourceSha256, id, oneDocument);
        if (candidates.isEmpty()) {
            return Found.NONE;
        }
        Rejections kept = rejections.get();
        // a file that takes a moved cable's corrections takes its rejections with them: it is none of these
        MovedPairing corrected = correctionsPairing(key, sourceSha256, id, oneDocument);
        FilesOfText.Text text = new FilesOfText.Text(sourceSha256, id, oneDocument, key, other -> store.storedFileOf(other) == null
                && kept.firstAt(other).isEmpty() && (corrected == null || !corrected.gives(other)));
        List<String> group = new ArrayList<>();
        candidates.forEach(lookup -> group.add(lookup.correction().key()));
        return pairing(rejectedPairings, group, candidates, key, text, MovedPairing.Work.rejections(kept)).of(shown, key);
    }

    private RejectedCablesGone rejectedGone() {
        if (rejectedGone == null) {
            Rejections kept = rejections.get();
            rejectedGone = kept.hasPlaces() ? RejectedCablesGone.of(kept, store) : RejectedCablesGone.NONE;
        }
        return rejectedGone;
    }

    /**
     * Pairs the group's stored cables with the files of their text: first those of the inputs named as one of
     * them was, read to see whether they hold that text and have no corrections of their own (a renamed folder
     * pairs them all, and no other file needs reading); when a stored cable is left, also the files that could
     * be it under another name ({@link FilesOfText#ofSize}), which decide whether one file alone is left for it.
     */
    private <G> MovedPairing pairing(Map<G, MovedPairing> known, G group, List<CorrectionStore.Lookup> candidates, String key,
                                     FilesOfText.Text text, MovedPairing.Work work) {
        MovedPairing pairedBefore = known.get(group);
        if (pairedBefore != null) {
            return pairedBefore;
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
        MovedPairing made = new MovedPairing(candidates, pairs, weighed, work);
        known.put(group, made);
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
