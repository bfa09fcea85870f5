package cabletag.workspace;

import cabletag.formats.io.AtomicFile;
import cabletag.formats.io.FileSet;
import cabletag.formats.io.StaleTemporaryFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store of corrections: one small JSON file per corrected cable under {@code store/cables/}, named
 * by the cable's key (its file's real path and its id, ADR 0008) and the fingerprint of the source the
 * offsets refer to. Finding a cable's corrections costs one look-up by name, whatever the corpus, and
 * does not depend on which files or folders were opened.
 *
 * <p>A file that cannot be read is never written over: before the next write of its cable it is moved
 * aside ({@code ….unreadable-<time>.json}) and the user is told where. Thread-safe.
 */
public final class CorrectionStore {

    static final String FOLDER = "store";
    static final String CABLES = "cables";
    private static final Pattern NAME = Pattern.compile("^.*\\.([0-9a-f]{16})\\.([0-9a-f]{12}|-{12})\\.json$");
    private static final String NO_FINGERPRINT = "-".repeat(12);

    private final Path dir;
    private final Map<String, Path> byKey = new ConcurrentHashMap<>();
    private final Map<String, List<Path>> byFingerprint = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    // store files found unreadable by a look-up, by key hash: moved aside before their cable is next written
    // store files this store wrote or read whole: a write over one of them needs no check that it is readable
    private final java.util.Set<Path> knownGood = ConcurrentHashMap.newKeySet();
    private final Map<String, Path> unreadable = new ConcurrentHashMap<>();
    /** What the store has to tell that is no problem: a step over many cables completed or taken back on opening. */
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    /**
     * A step over many cables is left half written (a failed rename after its journal, a folder that could not be
     * written on opening): every write completes it first, so that no later write is overtaken by it.
     */
    private volatile boolean pendingSet;
    private volatile FileSet.Checkpoint checkpoint = FileSet.NO_CHECKPOINT;

    private CorrectionStore(Path dir) {
        this.dir = dir;
    }

    /**
     * The store under a cabletag home; older per-input-set stores there are migrated first, once. Throws
     * {@link UnreadableStoreException} when the store is there but cannot be read.
     */
    public static CorrectionStore open(StoreLocation location) throws IOException {
        CorrectionStore store = new CorrectionStore(location.root().resolve(FOLDER));
        store.index();
        new StoreMigration(location.root(), store).run();
        return store;
    }

    /** A store in this folder (tests, the start-up warm-up). */
    static CorrectionStore openFolder(Path storeFolder) throws IOException {
        CorrectionStore store = new CorrectionStore(storeFolder);
        store.index();
        return store;
    }

    public Path dir() {
        return dir;
    }

    Path cablesDir() {
        return dir.resolve(CABLES);
    }

    /**
     * Lists the file names once: a look-up afterwards costs no directory scan. A store not there yet is
     * empty; one that is there but cannot be listed throws, never passes for empty (see {@link StoreFolderProbe}).
     * A step over many cables that a killed process left half written is completed or taken back first, and said
     * ({@link #notes()}, or a problem when it cannot be); the same listing tells whether there is one.
     */
    private void index() throws UnreadableStoreException {
        if (!StoreFolderProbe.cablesFolderExists(dir)) {
            return;
        }
        StaleTemporaryFiles.removeFrom(cablesDir()); // a killed process's; an hour old, so no live writer's
        if (list()) {
            recoverSets(); // rare: a listing more
            byKey.clear();
            byFingerprint.clear();
            list(); // what it finds again is not said twice (remember)
        }
    }

    /** Remembers every store file of the folder; true when it holds files of a set of files (a step over many cables). */
    private boolean list() throws UnreadableStoreException {
        boolean sets = false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cablesDir())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json")) {
                    sets |= FileSet.isSetFile(name);
                    continue;
                }
                Matcher matched = NAME.matcher(name);
                if (matched.matches()) {
                    remember(matched.group(1), matched.group(2), file);
                }
            }
        } catch (IOException e) {
            throw StoreFolderProbe.unlistable(dir, cablesDir(), e);
        } catch (java.nio.file.DirectoryIteratorException e) {
            throw StoreFolderProbe.unlistable(dir, cablesDir(), e.getCause());
        }
        return sets;
    }

    /** Completes or takes back the steps over many cables left half written, and tells the user in one line each. */
    private void recoverSets() {
        try {
            tell(FileSet.recoverIfFree(cablesDir()));
        } catch (IOException e) {
            pendingSet = true;
            problems.add("store: a step over many cables that was cut short could not be looked at ("
                    + cabletag.formats.io.IoReason.describe(e) + "); some cables may have it and others not");
        }
    }

    private void tell(List<FileSet.Outcome> outcomes) {
        for (FileSet.Outcome outcome : outcomes) {
            String about = outcome.about() == null || outcome.about().isEmpty() ? "a step over several cables" : outcome.about();
            switch (outcome.kind()) {
                case FINISHED -> notes.add("store: finished writing " + about + " that was cut short (" + cablesDir()
                        + "): every one of them has it now");
                case TAKEN_BACK -> notes.add("store: took back " + about + ", which was cut short before it was written whole ("
                        + (outcome.reason() == null ? cablesDir() : outcome.reason()) + "): none of them has it; do it again if it is still wanted");
                case NOT_FINISHED -> {
                    pendingSet = true;
                    problems.add("store: error: could not finish writing " + about + " that was cut short ("
                            + outcome.reason() + "): " + outcome.inPlace() + " of its " + outcome.files()
                            + " store files are written and the others not; open the store again where "
                            + cablesDir() + " can be written to finish it");
                }
            }
        }
    }

    private void remember(String keyHash, String fingerprint, Path file) {
        Path before = byKey.put(keyHash, file);
        if (before != null && !before.equals(file)) {
            // two files for one cable (a killed write between the new file and the old one's removal): the
            // newer one wins; the other stays on disk, named, for the analyst to look at
            Path older = olderOf(before, file);
            byKey.put(keyHash, older == before ? file : before);
            String line = older + ": error: another store file holds corrections for the same cable, "
                    + (older == before ? file : before) + ", which is used; this one is left as it is.";
            if (!problems.contains(line)) {
                problems.add(line); // a store listed again after a set was completed finds it again
            }
        }
        if (!fingerprint.equals(NO_FINGERPRINT)) {
            byFingerprint.computeIfAbsent(fingerprint, f -> Collections.synchronizedList(new ArrayList<>())).add(file);
        }
    }

    private static Path olderOf(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) <= 0 ? a : b;
        } catch (IOException e) {
            return a;
        }
    }

    /** What is stored for a key: nothing, a correction, or an unreadable file (with what it still holds). */
    record Lookup(StoredCorrection correction, Path file, String unreadable) {
        static final Lookup NONE = new Lookup(null, null, null);

        boolean found() {
            return correction != null;
        }
    }

    /** Whether nothing at all is stored: then no cable needs its key worked out. */
    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The file holding a key's corrections, without reading it; null when none. */
    Path storedFileOf(String key) {
        // nothing stored: no key to hash (a reopened index asks this of 250,000 cables)
        return byKey.isEmpty() ? null : byKey.get(CableKey.hash(key));
    }

    Lookup find(String key) {
        Path file = byKey.get(CableKey.hash(key));
        if (file == null) {
            return Lookup.NONE;
        }
        return read(file, key);
    }

    private Lookup read(Path file, String key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Lookup.NONE;
        } catch (IOException e) {
            return new Lookup(null, file, cabletag.formats.io.IoReason.reason(e)); // "...cannot be read: permission denied"
        }
        try {
            StoredCorrection read = CorrectionJson.parse(bytes);
            if (read.path() != null && key != null && !read.key().equals(key)) {
                return new Lookup(null, file, "it names another cable (" + read.key() + ")");
            }
            knownGood.add(file);
            return new Lookup(read.at(read.path(), file), file, null);
        } catch (CorrectionJson.Unreadable e) {
            if (key != null) {
                unreadable.put(CableKey.hash(key), file);
            }
            StoredCorrection salvaged = e.salvaged();
            return new Lookup(salvaged == null ? null : salvaged.at(salvaged.path(), file), file, e.getMessage());
        }
    }

    /**
     * Every stored cable with this exact source (SHA-256) that is no longer where it was: the cables a file
     * with this text may have been before it was moved or renamed ({@link MovedCables} decides which).
     * For a file of several documents (a dataset) only those of the same id. Sorted by their old path.
     */
    List<Lookup> movedCandidates(String sourceSha256, String id, boolean oneDocumentFile) {
        List<Lookup> candidates = orphans().get(sourceSha256.substring(0, 12));
        if (candidates == null) {
            return List.of();
        }
        List<Lookup> moved = new ArrayList<>();
        for (Lookup lookup : List.copyOf(candidates)) {
            StoredCorrection stored = lookup.correction();
            if (sourceSha256.equals(stored.sourceSha256()) && (oneDocumentFile || java.util.Objects.equals(stored.id(), id))) {
                moved.add(lookup);
            }
        }
        moved.sort(java.util.Comparator.comparing((Lookup lookup) -> lookup.correction().path())
                .thenComparing(lookup -> lookup.file().toString()));
        return moved;
    }

    /**
     * Whether a stored cable with this fingerprint may be no longer at its path (its first 12 digits match one):
     * what a file read while looking for moved cables is worth remembering for.
     */
    boolean mayHaveMoved(String sourceSha256) {
        return orphans().containsKey(sourceSha256.substring(0, 12));
    }

    /** Whether any stored cable is no longer at its path: else no moved cable can be found, and no hash is needed. */
    boolean findMovedIfAny() {
        return !orphans().isEmpty();
    }

    /** The paths at which the corrections of cables no longer there were made (reads each fingerprinted file once). */
    List<String> pathsOfOrphans() {
        List<String> paths = new ArrayList<>();
        for (List<Lookup> same : orphans().values()) {
            synchronized (same) {
                for (Lookup lookup : same) {
                    paths.add(lookup.correction().path());
                }
            }
        }
        paths.sort(null);
        return paths;
    }

    private volatile Map<String, List<Lookup>> orphans;

    /**
     * The stored corrections whose cable is no longer at its path, by fingerprint, as read: the only
     * ones a moved cable can be found in. Worked out once (one read of each fingerprinted file), so that
     * a corpus whose cables all stayed where they were is never hashed for this. Not changed afterwards by
     * this store's own writes and deletions, so that every cable of a session is paired against the same set.
     */
    private Map<String, List<Lookup>> orphans() {
        Map<String, List<Lookup>> known = orphans;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (orphans == null) {
                Map<String, List<Lookup>> found = new ConcurrentHashMap<>();
                byFingerprint.forEach((fingerprint, files) -> {
                    for (Path file : List.copyOf(files)) {
                        Lookup lookup = read(file, null);
                        StoredCorrection stored = lookup.correction();
                        if (lookup.unreadable() == null && stored != null && stored.path() != null
                                && !Files.exists(Path.of(stored.path()))) {
                            found.computeIfAbsent(fingerprint, f -> Collections.synchronizedList(new ArrayList<>())).add(lookup);
                        }
                    }
                });
                orphans = found;
            }
            return orphans;
        }
    }

    /** The file a correction is written to: readable name, key hash, source fingerprint. */
    Path fileFor(StoredCorrection correction) {
        String key = correction.key();
        String file = correction.path().substring(correction.path().lastIndexOf('/') + 1);
        String readable = (file + (correction.id() == null || file.startsWith(correction.id() + ".") ? "" : "_" + correction.id()))
                .replaceAll("[^A-Za-z0-9_-]+", "_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        String fingerprint = correction.sourceSha256() == null ? NO_FINGERPRINT : correction.sourceSha256().substring(0, 12);
        return cablesDir().resolve(readable + "." + CableKey.hash(key) + "." + fingerprint + ".json");
    }

    /**
     * Writes a cable's corrections, replacing its earlier file. An earlier file that cannot be read is
     * first moved aside (returned, so the caller can tell the user); it is never written over.
     */
    Path write(StoredCorrection correction) throws IOException {
        completePendingSet();
        String keyHash = CableKey.hash(correction.key());
        Path target = fileFor(correction);
        Path earlier = byKey.get(keyHash);
        Path movedAside = null;
        if (unreadable(earlier, correction.key())) {
            movedAside = moveAside(earlier);
            earlier = null;
        }
        AtomicFile.write(target, CorrectionJson.toJson(correction));
        remembered(correction, target);
        if (earlier != null && !earlier.equals(target)) {
            deleteFile(earlier);
        }
        return movedAside;
    }

    /** Whether a cable's present store file (null: none) cannot be read, and so is to be moved aside, never written over. */
    private boolean unreadable(Path file, String key) {
        return file != null && !knownGood.contains(file) && Files.exists(file) && read(file, key).unreadable() != null;
    }

    /**
     * One cable's part of a step over many cables: the corrections to store under {@code key}, or null when its
     * file is to go (the cable is back to its source's tags and status "new"), and an older file of the cable to
     * delete once the new one is there (it was found again after a move), or null.
     */
    record SetMember(String key, StoredCorrection correction, Path superseded) {
    }

    /**
     * Writes several cables' corrections as one set (ADR 0013): after a crash, a full disk or a failed write at
     * any moment, every cable of it has its new file, or, once the store is next opened, either every one or none.
     * {@code about} says what the step was, for the line that tells of one cut short. Returns for each member the
     * unreadable file moved aside before it was written (never written over), or null. A failure before the set was
     * decided leaves every file as it was; one after it leaves the set for the next write or opening to complete.
     */
    List<Path> writeSet(List<SetMember> members, String about) throws IOException {
        completePendingSet();
        List<Path> aside = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        List<Path> gone = new ArrayList<>();
        List<Path> goneElsewhere = new ArrayList<>();
        FileSet set = FileSet.begin(cablesDir(), about, checkpoint);
        try {
            tell(set.recovered()); // another process's, killed since this store was opened
            for (SetMember member : members) {
                Path earlier = byKey.get(CableKey.hash(member.key()));
                Path movedAside = null;
                if (unreadable(earlier, member.key())) {
                    movedAside = moveAside(earlier); // never written over, as by a single write
                    earlier = null;
                }
                aside.add(movedAside);
                Path target = member.correction() == null ? null : fileFor(member.correction());
                if (target != null) {
                    set.write(target.getFileName().toString(), CorrectionJson.toJson(member.correction()));
                }
                targets.add(target);
                for (Path old : java.util.Arrays.asList(earlier, member.superseded())) {
                    if (old == null || old.equals(target)) {
                        continue;
                    }
                    if (cablesDir().equals(old.getParent())) {
                        set.delete(old.getFileName().toString());
                        gone.add(old);
                    } else {
                        goneElsewhere.add(old);
                    }
                }
            }
            set.commit();
        } catch (IOException e) {
            if (set.decided()) {
                pendingSet = true;
            }
            throw e;
        } finally {
            set.close();
        }
        for (Path old : gone) {
            forget(old);
        }
        for (int i = 0; i < members.size(); i++) {
            if (targets.get(i) != null) {
                remembered(members.get(i).correction(), targets.get(i));
            }
        }
        for (Path old : goneElsewhere) {
            deleteFile(old);
        }
        return aside;
    }

    /** Knows {@code target} as the file of the correction just written there. */
    private void remembered(StoredCorrection correction, Path target) {
        knownGood.add(target);
        byKey.put(CableKey.hash(correction.key()), target);
        if (correction.sourceSha256() != null) {
            List<Path> same = byFingerprint.computeIfAbsent(correction.sourceSha256().substring(0, 12),
                    f -> Collections.synchronizedList(new ArrayList<>()));
            if (!same.contains(target)) {
                same.add(target);
            }
        }
    }

    /**
     * Completes a step over many cables left half written, before anything else is written: a write that went
     * first would be overtaken by it. Throws, naming it, while it cannot be completed.
     */
    private void completePendingSet() throws IOException {
        if (!pendingSet) {
            return;
        }
        synchronized (this) {
            if (!pendingSet) {
                return;
            }
            List<FileSet.Outcome> outcomes = FileSet.recover(cablesDir());
            for (FileSet.Outcome outcome : outcomes) {
                if (outcome.kind() == FileSet.Kind.NOT_FINISHED) {
                    throw new IOException("a step over many cables is still half written in " + cablesDir() + " ("
                            + outcome.reason() + "); nothing more is written until it is finished");
                }
            }
            pendingSet = false;
            tell(outcomes);
            // the files it put in place and took away (rare: a failed rename, then a write)
            byKey.clear();
            byFingerprint.clear();
            orphans = null;
            list();
        }
    }

    /** Test seam: called at each step of a set's write (a test fails there, as a full disk would). */
    void checkpoint(FileSet.Checkpoint at) {
        checkpoint = at;
    }

    /** Whether a step over many cables is left half written, to be completed before the next write. */
    boolean hasPendingSet() {
        return pendingSet;
    }

    /**
     * What opening the store (or a write) did that is no problem but must be said: a step over many cables that a
     * killed process left half written, completed or taken back, one line each.
     */
    public List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    /**
     * Moves aside the cable's store file if a look-up found it unreadable, at once and on the caller's
     * thread (a rename), so the analyst is told where it went together with the edit that caused it;
     * returns where, or null.
     */
    Path moveAsideIfUnreadable(String key) throws IOException {
        Path file = unreadable.remove(CableKey.hash(key));
        if (file == null || !Files.exists(file)) {
            return null;
        }
        return moveAside(file); // which also forgets it as the key's file
    }

    /** Takes away a cable's corrections (it is back to its source's tags and status "new"). */
    Path delete(String key) throws IOException {
        completePendingSet();
        Path earlier = byKey.get(CableKey.hash(key));
        if (earlier == null) {
            return null;
        }
        if (Files.exists(earlier) && read(earlier, key).unreadable() != null) {
            return moveAside(earlier);
        }
        deleteFile(earlier);
        return null;
    }

    /** Deletes a store file that a newer one replaces (e.g. the file of a cable found again after a move). */
    void deleteFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        forget(file);
    }

    private void forget(Path file) {
        knownGood.remove(file);
        byKey.values().remove(file);
        byFingerprint.values().forEach(list -> list.remove(file));
        // the moved cables stay as they were found at the first look: a window that wrote one of them under its
        // new place (and deleted its old file) must pair the others as the commands do, not by what is left
    }

    /** Keeps an unreadable file under a name no reader takes for a store file. */
    Path moveAside(Path file) throws IOException {
        String name = file.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        Path aside = file.resolveSibling(base + ".unreadable-" + Instant.now().toEpochMilli() + ".json");
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        forget(file);
        return aside;
    }

    /** Keeps a copy of a cable's file before it is rewritten for a changed source: nothing is lost. */
    Path keepCopy(Path file, String reason) throws IOException {
        Path copy = copyName(file, reason);
        try {
            AtomicFile.write(copy, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
        return copy;
    }

    /**
     * Keeps a copy of the corrections a cable was read with, before they are rewritten: the file they were
     * read from, byte for byte, or, when they came from a write still queued (the file on disk is older or
     * not there yet) or their file is gone meanwhile, these corrections themselves, beside the file they
     * will be written to.
     */
    Path keepCopy(StoredCorrection stored, String reason) throws IOException {
        if (stored.file() != null) {
            Path copy = keepCopy(stored.file(), reason);
            if (copy != null) {
                return copy;
            }
        }
        Path copy = copyName(stored.file() != null ? stored.file() : fileFor(stored), reason);
        AtomicFile.write(copy, CorrectionJson.toJson(stored));
        return copy;
    }

    /** A name no reader takes for a store file, beside it. */
    private static Path copyName(Path file, String reason) {
        return file.resolveSibling(file.getFileName() + "." + reason + "-" + Instant.now().toEpochMilli() + ".bak");
    }

    /** Store-wide news (migration of older stores, duplicate files), not tied to one cable. */
    public List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    void report(String problem) {
        problems.add(problem);
    }
}
