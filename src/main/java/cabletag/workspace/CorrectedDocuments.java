package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.text.Counted;
import cabletag.formats.ReadingRules;
import cabletag.formats.dataset.DistinctIds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one route from a document read from a file to the document as the analyst corrected it: the
 * store look-up by the cable's key, the look-up by fingerprint for a file that moved, reading a damaged
 * store file, and re-applying; and to the suggestions rejected in it, which follow it as its corrections do
 * ({@link #rejectedIn}). The window ({@link Workspace}) and the commands use this same class, so
 * what one shows the other exports. Never writes.
 */
public final class CorrectedDocuments {

    private final CorrectionStore store;
    private final MovedCables moved;
    private final SharedIdCorrections sharedIds;
    /** The rejected suggestions kept beside the store, read when first asked for (only suggestions need them). */
    private final Supplier<Rejections> rejections;

    private CorrectedDocuments(CorrectionStore store, Supplier<Rejections> rejections) {
        this(store, null, rejections);
    }

    private CorrectedDocuments(CorrectionStore store, List<Path> inputs, Supplier<Rejections> rejections) {
        this.store = store;
        this.moved = store == null ? null : new MovedCables(store, inputs, rejections);
        this.sharedIds = store == null ? null : new SharedIdCorrections(store);
        this.rejections = rejections;
    }

    /** The rejections kept under this home, read once, when first asked for. */
    private static Supplier<Rejections> rejectionsUnder(Path home) {
        Rejections[] read = new Rejections[1];
        return () -> {
            synchronized (read) {
                if (read[0] == null) {
                    read[0] = Rejections.open(home);
                }
                return read[0];
            }
        };
    }

    /**
     * The same store, for documents of these inputs: a moved file whose text several stored cables had is
     * paired with one of them by the other files of the inputs ({@link MovedCables}), so the window and the
     * commands, given the same inputs in any order, put back the same corrections.
     */
    public CorrectedDocuments under(List<Path> inputs) {
        return store == null ? this : new CorrectedDocuments(store, inputs, rejections);
    }

    /**
     * The analyst's corrections in the default store (migrating older stores once). A store that is there but
     * cannot be read throws {@link UnreadableStoreException}: it is never taken for an empty one.
     */
    public static CorrectedDocuments open(StoreLocation location) throws IOException {
        return new CorrectedDocuments(CorrectionStore.open(location), rejectionsUnder(location.root()));
    }

    /** The files as they are, no corrections (the commands' {@code --no-corrections}). */
    public static CorrectedDocuments none() {
        Rejections none = Rejections.none();
        return new CorrectedDocuments(null, () -> none);
    }

    static CorrectedDocuments of(CorrectionStore store) {
        return new CorrectedDocuments(store, rejectionsUnder(store.dir().getParent()));
    }

    /** The suggestions rejected, kept beside this store (none kept with {@link #none()}). */
    public Rejections rejections() {
        return rejections.get();
    }

    /**
     * The suggestions rejected in the document as corrected, where they are on its text now: it takes those of the
     * place its corrections were found at, and those made over an earlier text of its file are put back by the rules
     * its corrections were ({@link RejectedPlaces}). The commands' and the window's one route to them.
     */
    public RejectedPlaces rejectedIn(CorrectedDocument corrected) {
        if (corrected.key() == null) {
            return RejectedPlaces.NONE; // nothing stored, nothing rejected at a place
        }
        return rejectedIn(corrected.key(), corrected.original(), () -> corrected.original().source().text() == null ? null : Reapplier.sourceHash(corrected.original()), corrected.rejectionsFrom());
    }

    /** As {@link #rejectedIn(CorrectedDocument)}, for a cable of the window, its source's fingerprint known. */
    RejectedPlaces rejectedIn(String key, Document read, Supplier<String> sourceHash, StoredCorrection stored) {
        return RejectedPlaces.of(rejections(), key, read, sourceHash, stored);
    }

    CorrectionStore store() {
        return store;
    }

    /** The real path of a file, links resolved, as store keys hold it (the absolute path when it cannot be had). */
    public static String realPathOf(Path file) {
        return CableKey.canonical(file);
    }

    /** The store file of a key's corrections, without reading it; null when none (what a saved index is stamped with). */
    public Path storedFile(String key) {
        return store == null ? null : store.storedFileOf(key);
    }

    /** Store-wide problems (older stores that could not be migrated, two files for one cable). */
    public List<String> problems() {
        return store == null ? List.of() : store.problems();
    }

    /**
     * What opening the store did that is no problem but must be said: a step over many cables that a killed
     * process left half written, completed or taken back (ADR 0013), one line each. Said once: the next opening
     * finds nothing left.
     */
    public List<String> storeNotes() {
        return store == null ? List.of() : store.notes();
    }

    /** Whether nothing is stored at all (no look-up can find anything). */
    boolean isEmpty() {
        return store == null || store.isEmpty();
    }

    /** Whether the store holds corrections of cables no longer at their path (a moved cable may find them). */
    boolean mayHoldMoved() {
        return store != null && store.findMovedIfAny();
    }

    /**
     * The paths of the files whose cables have corrections stored but are gone from there (moved, renamed or
     * deleted), sorted; none for the files as they are. Reads every stored file that has a fingerprint once: for
     * {@code check --notes}, which names those no cable of its inputs took.
     */
    public List<String> correctedFilesGone() {
        return store == null ? List.of() : store.pathsOfOrphans();
    }

    /** What is stored under a document's key; cheap when nothing is. */
    CorrectionStore.Lookup lookup(String key) {
        return store == null ? CorrectionStore.Lookup.NONE : store.find(key);
    }

    /** The document of {@code file} with its stored corrections. */
    public CorrectedDocument correct(Path file, Document read) {
        if (isEmpty() && !rejections().hasPlaces()) {
            // nothing stored at all: no key to work out (a real path per file), nothing to find
            return new CorrectedDocument(read, read, null, null, ReviewStatus.NEW, List.of(), List.of(), List.of(), List.of(),
                    null, false);
        }
        CableKey.Parts key = CableKey.partsOf(file, read);
        String[] hash = new String[1]; // worked out once, and only when asked for
        return correct(file, key, read, lookup(key.key()), () -> hash[0] != null ? hash[0] : (hash[0] = Reapplier.sourceHash(read)));
    }

    /** Whether a store file was found and its fingerprint is not that of the document's text. */
    private static boolean isOverOtherText(CorrectionStore.Lookup lookup, Supplier<String> sourceHash) {
        String stored = lookup.found() ? lookup.correction().sourceSha256() : null;
        return stored != null && !stored.equals(sourceHash.get());
    }

    /**
     * The id of the document whose corrections the store file under {@code key} holds when they are not its own
     * (a store written while a later document of the file had the same id); null when they are, or none are stored.
     */
    String heldFor(String key) {
        return sharedIds == null ? null : sharedIds.heldFor(key);
    }

    /**
     * Why corrections were looked for by their text in a file that did not change: they were saved by a cabletag
     * that read its text by other rules (ADR 0014), and the text is not where their offsets say.
     */
    private static String readDifferently(StoredCorrection stored) {
        return READ_DIFFERENTLY + " ("
                + ReadingRules.changedSince(stored.readingGeneration()) + ")";
    }

    /** How the line about a cable's store file that cannot be read ends, until the file is moved aside. */
    private static final String MOVED_ASIDE_WHEN_SAVED = " The file is moved aside, not written over, when this cable is next saved.";

    /** How the line about a cable's store file that cannot be read starts ({@link #movedAside}). */
    static String unreadableStoreFile(String shown) {
        return shown + ": error: the stored corrections in ";
    }

    /**
     * The line that said a cable's store file cannot be read, once the window has moved the file aside to
     * {@code aside}: a note, no longer a problem (the commands no longer find the file, so no longer count
     * it), which keeps what the problem said (why, and what of it was put back) and says where the file went.
     */
    static String movedAside(String shown, String problem, Path aside) {
        String said = problem.endsWith(MOVED_ASIDE_WHEN_SAVED)
                ? problem.substring(0, problem.length() - MOVED_ASIDE_WHEN_SAVED.length()) : problem;
        return shown + ": note:" + said.substring(shown.length() + ": error:".length())
                + " The file was moved aside to " + aside + " before the new corrections were saved; nothing was written over it.";
    }

    /** Why a cable's corrections were looked for by their text: its file changed, or an earlier reading counted them. */
    private static final String FILE_CHANGED = "the file changed since the corrections were saved";
    private static final String READ_DIFFERENTLY = "the corrections were saved when cabletag read this file's text differently";
    /**
     * How the lines about corrections that could not be put back start, after the cable's name: made from the
     * phrases that write them, so that a line of either reason (a changed file, an earlier reading) is found.
     */
    private static final List<String> NOT_REAPPLIED = List.of(": error: could not re-apply ",
            ": error: " + FILE_CHANGED + "; re-applied ", ": error: " + READ_DIFFERENTLY + " (", ": error: re-applied ");

    /** Whether {@code line} says that some of the cable's stored corrections could not be put back. */
    static boolean isNotReapplied(String shown, String line) {
        if (!line.startsWith(shown)) {
            return false;
        }
        for (String start : NOT_REAPPLIED) {
            if (line.startsWith(start, shown.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line that said some corrections could not be put back, once the cable's corrections are stored anew
     * without them: a note, no longer a problem (the commands find the new file, which matches the cable, and
     * say nothing of them), which keeps what the problem said and where the corrections left out went.
     */
    static String storedWithout(String shown, String problem) {
        return shown + ": note:" + problem.substring(shown.length() + ": error:".length())
                + (problem.endsWith(".") ? "" : ".")
                + " The corrections were stored anew without what could not be re-applied; the copy kept before re-applying holds it.";
    }

    /**
     * For a file that found no corrections, the cable with rejected suggestions and no corrections it was before it
     * moved or was renamed (null: none), paired as a cable with corrections is, with a note; what could be it but
     * cannot be told is a note too, never a guess. A file with rejections of its own is no moved cable, as one with
     * corrections of its own is none. Nothing is written: the window keeps them under the new place
     * ({@link RejectionsFollowing}).
     */
    private StoredCorrection movedRejections(String name, String key, String id, Supplier<String> sourceHash, boolean oneDocument,
                                             List<String> problems, List<String> notes) {
        Rejections rejections = rejections();
        if (!rejections.hasPlaces() || !rejections.at(key).isEmpty() || !moved.mayHoldRejected()) {
            return null;
        }
        MovedCables.Found found = moved.findRejected(name, key, id, sourceHash.get(), oneDocument);
        if (found.problem() != null) {
            // named, never dropped: the rejections file stays as it is; a note, as nothing but the suggestions depends on it
            notes.add(found.problem());
        }
        if (!found.lookup().found()) {
            return null;
        }
        notes.add(found.note());
        return found.lookup().correction();
    }

    /**
     * As {@link #correct(Path, Document)}, with the look-up done earlier (the window finds the review
     * statuses while listing) and the source hash computed as the caller prefers.
     */
    CorrectedDocument correct(Path file, CableKey.Parts parts, Document read, CorrectionStore.Lookup lookup,
                              Supplier<String> sourceHash) {
        String name = read.source().shown(); // as its problem lines start
        String key = parts.key();
        String path = parts.path();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean rewrite = false;
        boolean oneDocument = read.source().format() == SourceFormat.INLINE || read.source().format() == SourceFormat.BRAT;
        StoredCorrection rejectedAt = null;
        if (!lookup.found() && lookup.unreadable() == null && store != null && !parts.id().equals(read.id())) {
            // reached through a link with another name, whose corrections an earlier cabletag stored under the id that
            // name gave: put back, and written under the file's own id by the window (the earlier file then goes)
            // (in a dataset another document may have that id of its own: only corrections over this one's text are taken)
            CorrectionStore.Lookup asNamed = store.find(new CableKey.Parts(path, read.id()).key());
            if (asNamed.found() && (oneDocument || !isOverOtherText(asNamed, sourceHash))) {
                lookup = asNamed;
                rewrite = true;
                notes.add(name + ": note: the corrections stored under the id " + read.id() + ", which the name of a link to "
                        + path + " gave this document, are put back here; the window stores them under " + parts.id()
                        + ", the id the file's own name gives.");
            }
        }
        if (!oneDocument && store != null && lookup.unreadable() == null && isOverOtherText(lookup, sourceHash)) {
            // a store from before each document of a file had an id of its own may hold a later document's here
            SharedIdCorrections.Claim claim = sharedIds.ofFirst(file, key, read, lookup);
            lookup = claim.lookup();
            if (claim.note() != null) {
                notes.add(claim.note());
            }
        } else if (!oneDocument && !lookup.found() && lookup.unreadable() == null && store != null
                && DistinctIds.wasRenamed(read)) {
            SharedIdCorrections.Claim claim = sharedIds.ofRenamed(file, read);
            if (claim.lookup().found()) {
                lookup = claim.lookup();
                notes.add(claim.note());
                rewrite = true; // under this document's own key, the other's left to it
            }
        }
        if (lookup.unreadable() != null) {
            StoredCorrection salvaged = lookup.correction();
            problems.add(unreadableStoreFile(name) + lookup.file() + " cannot be read: " + lookup.unreadable()
                    + (salvaged == null
                        ? "; nothing in it could be used." + MOVED_ASIDE_WHEN_SAVED
                        : "; what could still be read (" + Counted.of(salvaged.size(), "correction", "corrections")
                          + ", status " + salvaged.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                          + ") is put back here; check it." + MOVED_ASIDE_WHEN_SAVED));
        } else if (!lookup.found() && store != null && read.source().text() != null) {
            MovedCables.Found found = store.findMovedIfAny() ? moved.find(name, key, parts.id(), sourceHash.get(), oneDocument)
                    : MovedCables.Found.NONE;
            if (found.lookup().found()) {
                notes.add(found.note());
                lookup = found.lookup();
                rewrite = true;
            } else if (found.problem() != null) {
                problems.add(found.problem()); // named, never dropped: the stored files stay as they are
            } else {
                rejectedAt = movedRejections(name, key, parts.id(), sourceHash, oneDocument, problems, notes);
            }
        }
        StoredCorrection stored = lookup.correction();
        if (stored == null) {
            return new CorrectedDocument(read, read, key, path, ReviewStatus.NEW, List.of(), List.of(), problems, notes, null, false,
                    rejectedAt);
        }
        if (!stored.hasSpanChanges()) {
            return new CorrectedDocument(read, read, key, path, stored.status(), List.of(), List.of(), problems, notes, stored, rewrite);
        }
        Reapplier.Result result = Reapplier.reapply(read, sourceHash.get(), stored);
        if (result.lookedFor() || !result.complete()) {
            rewrite = true;
            int total = stored.size();
            String why = result.sourceChanged() ? FILE_CHANGED
                    : readDifferently(stored);
            if (result.complete()) {
                notes.add(name + ": note: " + why + "; all " + total + " were found again and re-applied.");
            } else if (result.lookedFor()) {
                problems.add(name + ": error: " + why + "; re-applied " + result.reapplied() + " of " + total + ".");
            } else {
                problems.add(name + ": error: re-applied " + result.reapplied() + " of " + total + " stored corrections.");
            }
            for (String failure : result.notReapplied()) {
                problems.add(name + ": error: could not re-apply " + failure + ".");
            }
            for (String moved : result.movedApart()) {
                notes.add(name + ": note: " + moved + ".");
            }
        }
        return new CorrectedDocument(read, read.withSpans(result.spans()), key, path, stored.status(),
                result.removed(), result.added(), problems, notes, stored, rewrite);
    }
}
