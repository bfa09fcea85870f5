package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One cable in a session: its name and status from the start, and once read, the document as read,
 * its current spans, and the differences between the two kept up to date edit by edit (so saving a
 * cable with 100,000 entities writes only what changed).
 *
 * <p>Reading happens once, on whichever thread first needs the cable (the UI thread or the background
 * loader); {@link #isRead()} publishes it. Edits happen only on the UI thread, after reading.
 */
final class CableState {

    final int index;
    /** Its name under its input: what the corpus list shows and the export names it by. */
    final String name;
    /** Its file as the user named it: what the lines about it start with ({@link cabletag.formats.CorpusFile#shownName}). */
    final String shown;
    /** Replaced only when the cable is read again from its changed file (the listing's size and time are then the new ones). */
    volatile CorpusSource.Entry entry;
    /** The size and modification time of its file when it was last read; size -1 when not known (a dataset's document). */
    private volatile long readSize = -1;
    private volatile long readModified;
    private volatile CableKey.Parts key;
    private volatile boolean read;
    /** Read at least once: its counts are known even while its documents are let go (see {@link #unload}). */
    private volatile boolean summarized;
    /** Read from its file at least once in this session: what reading reports was reported. */
    private volatile boolean loaded;
    private volatile int entities = -1;
    /**
     * The reading problems of its file as last read (null: never read): kept when the documents are let go,
     * so that the Problems pane lists what the file says now without parsing it again. Shared with the
     * document it came from; empty for most cables.
     */
    private volatile List<Diagnostic> readProblems;
    private Document original;
    private AheadOfTime<String> sourceHash;
    private Document current;
    private final Set<Span> removed = new HashSet<>();
    private final Set<Span> added = new HashSet<>();
    private volatile ReviewStatus status = ReviewStatus.NEW;
    /** Kept when the document is let go: the corpus list shows and filters by it. */
    private volatile HeaderSummary header = HeaderSummary.NONE;
    /**
     * What putting its stored corrections back (or keeping them) went wrong with: problems, counted by its row
     * as the commands count those they meet too (a stored correction not put back, one that cannot be read).
     */
    private final List<String> correctionProblems = Collections.synchronizedList(new ArrayList<>());
    /**
     * The news of its corrections, no problem: found again after a move, a copy kept. Listed, not counted (the
     * commands do not count them either).
     */
    private final List<String> news = Collections.synchronizedList(new ArrayList<>());
    private AheadOfTime<TokenIndex> tokens;

    CableState(int index, CorpusSource.Entry entry) {
        this.index = index;
        this.name = entry.name();
        this.shown = entry.shown();
        this.entry = entry;
    }

    /**
     * Its store key: the file's real path and the id the file's own name gives the document (see {@link CableKey}).
     * Worked out when first needed: resolving the real path of 250,000 files costs seconds the listing need not pay
     * when the store holds nothing.
     */
    String key() {
        return keyParts().key();
    }

    /** Its store key's parts apart: the real path and the id, either of which may hold a '#'. */
    CableKey.Parts keyParts() {
        CableKey.Parts known = key;
        if (known == null) {
            // a cable not read yet is a file of one document, whose id is its name without extension
            known = entry.isRead() ? CableKey.partsOf(entry.file(), entry.document())
                    : CableKey.partsOf(entry.file(), id(), cabletag.core.SourceFormat.INLINE);
            key = known;
        }
        return known;
    }

    /**
     * The document's id as read: read, or a cable's file name without extension. The name is the one the file was
     * reached by; its store key holds the id of the file's own name ({@link #keyParts}).
     */
    String id() {
        return entry.isRead() ? entry.document().id() : cabletag.formats.inline.CableReader.idOf(entry.name());
    }

    /** The real path of the cable's file, as its store key holds it. */
    String path() {
        return keyParts().path();
    }

    boolean isRead() {
        return read;
    }

    /** Called once, under the cable's lock, before its stored corrections are restored. */
    void setRead(Document document) {
        original = document;
        // hashing a 5 MB cable cost a cold start 70-150 ms; nothing needs the hash until a save or a re-apply
        sourceHash = new AheadOfTime<>(() -> Reapplier.sourceHash(document));
        tokens = new AheadOfTime<>(() -> TokenIndex.of(document));
        current = document;
    }

    /** The file's size and modification time, taken just before it was read. */
    void readAt(long size, long modified) {
        readModified = modified;
        readSize = size;
    }

    /**
     * How its file changed on disk since the cable was read ({@link cabletag.formats.ChangedSinceListed#change}),
     * or null: unchanged, never read, or not read from a file of its own.
     */
    String changeOnDisk() {
        long size = readSize;
        return size < 0 ? null : cabletag.formats.ChangedSinceListed.change(entry.file(), size, readModified);
    }

    /** Makes the read cable visible to other threads (the volatile write orders everything before it). */
    void publish() {
        remember();
        summarized = true;
        loaded = true;
        read = true;
    }

    boolean wasLoaded() {
        return loaded;
    }

    /** Whether the cable was read at least once, so its summary (counts) is known. */
    boolean isSummarized() {
        return summarized;
    }

    /**
     * Takes the entity count, the reading problems and the header fields from a summary kept from an earlier
     * session (the same file, unchanged, and no stored corrections): the list and the Problems pane show them
     * without reading the cable.
     */
    void summarizeFromKept(int entityCount, List<Diagnostic> problems, HeaderSummary headerFields) {
        if (!read) {
            entities = entityCount;
            readProblems = problems;
            header = headerFields;
            summarized = true;
        }
    }

    /**
     * Lets go of the documents, keeping the counts, status and notes (the corpus list's summary). Called
     * under the cable's lock, only when the documents can be had back as they are by reading the file
     * again with its stored corrections: no unsaved change, nothing waiting to be written.
     */
    void unload() {
        if (!read) {
            return;
        }
        remember();
        read = false;
        original = null;
        current = null;
        sourceHash = null;
        tokens = null;
        removed.clear();
        added.clear();
    }

    private void remember() {
        entities = current.spans().size();
        readProblems = original.diagnostics();
    }

    /** What the parsed cable costs the heap, roughly: its source, clean text and layout, and its entities. */
    long estimatedBytes() {
        Document document = original;
        if (document == null) {
            return 0;
        }
        String source = document.source().text();
        long chars = document.text().length() + (source == null ? 0 : source.length());
        return 512 + 6L * chars + 120L * Math.max(document.spans().size(), current.spans().size());
    }

    Document original() {
        return original;
    }

    String sourceHash() {
        return sourceHash.get();
    }

    /** The fingerprint of its source, null for a document read without one (nothing can be found again by it). */
    String sourceHashIfAny() {
        return original.source().text() == null ? null : sourceHash.get();
    }

    Document current() {
        return current;
    }

    /** Sets the spans restored from the store, with the differences that produce them. */
    void restore(CorrectedDocument corrected) {
        restore(corrected.document().spans(), corrected.removed(), corrected.added());
    }

    void restore(SpanSet spans, List<Span> removedFromRead, List<Span> addedToRead) {
        current = original.withSpans(spans);
        removed.clear();
        added.clear();
        removed.addAll(removedFromRead);
        added.addAll(addedToRead);
    }

    /** Applies a change, or throws and stays as it was. */
    void apply(SpanChange change) {
        SpanSet next = change.applyTo(current.spans());
        current = current.withSpans(next);
        for (Span span : change.removed()) {
            if (!added.remove(span)) {
                removed.add(span);
            }
        }
        for (Span span : change.added()) {
            if (!removed.remove(span)) {
                added.add(span);
            }
        }
    }

    /**
     * The ranges where the analyst changed the cable as read, in this session or in the store: took an
     * entity away (deleted, relabelled, moved a boundary) or put one there; as {@link #range}.
     */
    Set<Long> rangesChangedFromRead() {
        Set<Long> ranges = new HashSet<>();
        for (Span span : removed) {
            ranges.add(range(span.start(), span.end()));
        }
        for (Span span : added) {
            ranges.add(range(span.start(), span.end()));
        }
        return ranges;
    }

    static long range(int start, int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    HeaderSummary header() {
        return header;
    }

    void header(HeaderSummary summary) {
        header = summary;
    }

    ReviewStatus status() {
        return status;
    }

    void status(ReviewStatus status) {
        this.status = status;
    }

    TokenIndex tokens() {
        return tokens.get();
    }

    /**
     * Starts what the first edit needs, so it does not wait: the source hash first, which every edit's save
     * needs and which is quick, then the token index, which only the edits that move boundaries ask for.
     */
    void prepareEditing() {
        sourceHash.startInBackground();
        tokens.startInBackground();
    }

    /** Adds a problem of its corrections unless it was said already in the session; says whether it was added. */
    boolean tellProblem(String line) {
        return tellOnce(correctionProblems, line);
    }

    /** Adds news of its corrections unless it was said already in the session; says whether it was added. */
    boolean tellNews(String line) {
        return tellOnce(news, line);
    }

    /**
     * Its unreadable store file was moved aside to {@code aside}. The problem that said it cannot be read and
     * will be moved aside is out of date, and the commands, which no longer find the file, no longer count
     * it: it becomes a note that says where the file went. Without such a problem (the file was found
     * unreadable only when it was about to be written over), {@code note} says so.
     */
    void storeFileMovedAside(Path aside, String note) {
        String stale = CorrectedDocuments.unreadableStoreFile(shown);
        List<String> said = new ArrayList<>();
        synchronized (correctionProblems) {
            correctionProblems.removeIf(line -> line.startsWith(stale) && said.add(line));
        }
        if (said.isEmpty()) {
            tellNews(note);
        }
        for (String problem : said) {
            tellNews(CorrectedDocuments.movedAside(shown, problem, aside));
        }
    }

    /**
     * Its corrections were stored anew, so those that could not be put back (a changed file) are no longer
     * stored: only the copy kept before re-applying holds them, and the commands, which find the new file,
     * no longer name them. The problems that named them become notes. Says whether any did.
     */
    boolean notReappliedLeftOut() {
        List<String> said = new ArrayList<>();
        synchronized (correctionProblems) {
            correctionProblems.removeIf(line -> CorrectedDocuments.isNotReapplied(shown, line) && said.add(line));
        }
        for (String problem : said) {
            tellNews(CorrectedDocuments.storedWithout(shown, problem));
        }
        return !said.isEmpty();
    }

    private static boolean tellOnce(List<String> into, String line) {
        synchronized (into) {
            if (into.contains(line)) {
                return false;
            }
            into.add(line);
            return true;
        }
    }

    /** The problems of its corrections as they are now, a copy (the store's writer thread may add one meanwhile). */
    List<String> correctionProblemsNow() {
        synchronized (correctionProblems) {
            return List.copyOf(correctionProblems);
        }
    }

    /** The news of its corrections as they are now, a copy. */
    List<String> newsNow() {
        synchronized (news) {
            return List.copyOf(news);
        }
    }

    /**
     * The reading problems of its file: of the documents while parsed, else as last read (empty while never
     * read). The documents are not parsed for it.
     */
    List<Diagnostic> readProblems() {
        if (read) {
            Document document = original;
            if (document != null) {
                return document.diagnostics();
            }
        }
        List<Diagnostic> known = readProblems;
        return known == null ? List.of() : known;
    }

    /** -1 while never read; the last known count while its documents are let go. */
    int entityCount() {
        if (read) {
            Document shown = current;
            if (shown != null) {
                return shown.spans().size();
            }
        }
        return entities;
    }

    /**
     * -1 while never read; the last known count while its documents are let go. What the commands count for
     * the cable: its file's reading problems (not its notes, such as a label not known yet) and the problems of
     * its corrections ({@link CableProblems#count()}).
     */
    int problemCount() {
        List<Diagnostic> known = read ? readProblems() : readProblems; // the field: null while never read
        return known == null ? -1 : CableProblems.problemsAmong(known) + correctionProblems.size();
    }

    boolean hasSpanChanges() {
        return !removed.isEmpty() || !added.isEmpty();
    }

    /** Worth a store file: edited, or given a status. */
    boolean isWorthStoring() {
        return hasSpanChanges() || status != ReviewStatus.NEW;
    }

    StoredCorrection toStored() {
        // under the id of its key: the file's own name's, also when it was reached through a link with another name
        return new StoredCorrection(path(), original.source().name(), keyParts().id(), sourceHash(), status,
                stored(removed, original.text()), stored(added, original.text()));
    }

    private static List<StoredSpan> stored(Set<Span> spans, String text) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Span.ORDER);
        List<StoredSpan> result = new ArrayList<>(sorted.size());
        for (Span span : sorted) {
            result.add(new StoredSpan(span, span.textIn(text)));
        }
        return result;
    }
}
