package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanConflictException;
import cabletag.core.SpanSet;
import cabletag.formats.CorpusReader;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * A correction session over a corpus: the cables, their corrected spans and review status, the undo
 * history, and the store that keeps every correction. Each edit is one undoable command and is
 * written to the store before the call returns, so a crash loses nothing that was confirmed.
 * The original files are only ever read.
 *
 * <p>Not thread-safe: call from one thread (the UI thread). Only reading runs on other threads:
 * {@link #open} and {@link #readAll} read in parallel, and {@link #openLazily} starts a background reader
 * whose events reach listeners through the executor it is given.
 */
public final class Workspace implements AutoCloseable {

    private static final String ENCODING_FALLBACK = "encoding-fallback";

    private final List<Path> inputs;
    private final CorpusSource source;
    private final CorrectionFiles files;
    private final List<CableState> cables;
    private final StoredCorrection[] storedFor;
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final EditHistory history = new EditHistory();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    // Written to by the background reader too (cables whose store file must be rewritten).
    private final Set<Integer> unsaved = new ConcurrentSkipListSet<>();
    // Store files of an older version or name, by cable: deleted once that cable's current file is written.
    private final Map<Integer, Path> superseded = new ConcurrentHashMap<>();
    private final SpanTarget target = (cable, change) -> cable(cable).apply(change);
    private volatile long savedRevision;
    private volatile StoreWriter writer;
    private volatile boolean closed;
    private ExecutorService reader;
    private StoreLock lock;

    private Workspace(List<Path> inputs, CorpusSource source, CorrectionFiles files, List<CorpusSource.Entry> entries) {
        this.inputs = List.copyOf(inputs);
        this.source = source;
        this.files = files;
        this.cables = new ArrayList<>(entries.size());
        for (CorpusSource.Entry entry : entries) {
            CableState cable = new CableState(cables.size(), entry);
            cables.add(cable);
            indexByName.putIfAbsent(cable.name, cable.index);
        }
        this.storedFor = new StoredCorrection[cables.size()];
        reportRepeatedNames();
    }

    /** Two inputs holding the same relative name would share one store file: say so rather than mix them. */
    private void reportRepeatedNames() {
        Map<String, Integer> seen = new HashMap<>();
        for (CableState cable : cables) {
            if (!cable.entry.isRead() && seen.merge(cable.name, 1, Integer::sum) == 2) {
                problems.add(cable.name + " is in more than one of the opened folders; their corrections would share"
                        + " one store file, so open those folders one at a time.");
            }
        }
    }

    /**
     * Opens files/folders; restores stored corrections and statuses; progress 0..1 (may be null, may
     * be called from reader threads). Every cable is read when this returns.
     */
    public static Workspace open(List<Path> inputs, StoreLocation store, DoubleConsumer progress) throws IOException {
        return open(new ReaderCorpus(CorpusReader.standard(), inputs), new CorrectionFiles(store.workspaceDir(inputs)),
                inputs, progress);
    }

    /**
     * Opens files/folders as soon as they are listed: names and review statuses are there at once;
     * each cable is read (and its stored corrections re-applied) the first time it is needed, and all
     * of them by a background reader. Until a cable is read its {@link CableEntry} counts are -1; as
     * cables get read, listeners hear {@code cablesChanged} through {@code events} (the UI passes
     * {@code Platform::runLater}, so listeners always run on its thread).
     */
    public static Workspace openLazily(List<Path> inputs, StoreLocation store, Executor events) throws IOException {
        Workspace workspace = list(new ReaderCorpus(CorpusReader.standard(), inputs),
                new CorrectionFiles(store.workspaceDir(inputs)), inputs);
        workspace.startReading(events);
        return workspace;
    }

    static Workspace open(CorpusSource source, CorrectionFiles files, List<Path> inputs, DoubleConsumer progress)
            throws IOException {
        DoubleConsumer report = progress == null ? fraction -> { } : progress;
        Workspace workspace = list(source, files, inputs);
        report.accept(0.05);
        workspace.readAll(fraction -> report.accept(0.05 + 0.95 * fraction));
        workspace.flushQuietly();
        report.accept(1.0);
        return workspace;
    }

    /** Lists the corpus and reads the store: names and statuses, no documents yet. */
    static Workspace list(CorpusSource source, CorrectionFiles files, List<Path> inputs) throws IOException {
        List<String> listingProblems = new ArrayList<>();
        List<CorpusSource.Entry> entries = source.list(listingProblems);
        Workspace workspace = new Workspace(inputs, source, files, entries);
        workspace.problems.addAll(listingProblems);
        workspace.lock();
        workspace.attach(files.readAll(workspace.problems));
        return workspace;
    }

    private void lock() {
        try {
            lock = StoreLock.tryAcquire(files.dir());
            if (lock == null) {
                problems.add("These files are open in another cabletag window or process too; edits made in both"
                        + " overwrite each other cable by cable. Close one of them.");
            }
        } catch (IOException e) {
            problems.add("Could not lock the store " + files.dir() + " (" + e.getMessage() + "); edits are still saved.");
        }
    }

    /** Pairs each stored correction with its cable; its status applies at once, its spans on reading. */
    private void attach(List<StoredCorrection> stored) {
        Map<String, Integer> byKey = new HashMap<>();
        for (CableState cable : cables) {
            if (cable.entry.isRead()) {
                byKey.putIfAbsent(DocumentKey.of(cable.entry.document()), cable.index);
            } else {
                // a cable file holds one document, whose id the reader derives from the name
                byKey.putIfAbsent(DocumentKey.of(cable.name, CableReader.idOf(cable.name)), cable.index);
            }
        }
        for (StoredCorrection correction : stored) {
            Integer index = correction.id() == null ? indexByName.get(correction.document()) : byKey.get(correction.key());
            if (index == null) {
                problems.add("Stored corrections for " + correction.document()
                        + " match no document in the inputs; they are kept in the store untouched.");
            } else if (storedFor[index] == null) {
                storedFor[index] = correction;
                cables.get(index).status(correction.status());
            }
        }
    }

    /** Reads every cable not read yet, in parallel; progress 0..1. */
    public void readAll(DoubleConsumer progress) {
        DoubleConsumer report = progress == null ? fraction -> { } : progress;
        AtomicInteger done = new AtomicInteger();
        int total = cables.size();
        int step = Math.max(1, total / 100);
        IntStream.range(0, total).parallel().forEach(index -> {
            read(index);
            int finished = done.incrementAndGet();
            if (finished % step == 0 || finished == total) {
                synchronized (report) {
                    report.accept(finished / (double) total);
                }
            }
        });
    }

    /** How many cables are read so far (all of them after {@link #open}). */
    public int readCount() {
        int count = 0;
        for (CableState cable : cables) {
            if (cable.isRead()) {
                count++;
            }
        }
        return count;
    }

    private void startReading(Executor events) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        reader = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cabletag-reader");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            reader.execute(() -> {
                Set<Integer> batch = new LinkedHashSet<>();
                long lastPost = System.nanoTime();
                int index;
                while (!closed && (index = next.getAndIncrement()) < cables.size()) {
                    if (!cables.get(index).isRead()) {
                        read(index);
                        batch.add(index);
                    }
                    if (!batch.isEmpty() && (batch.size() >= 1000 || System.nanoTime() - lastPost > 200_000_000L)) {
                        post(events, batch);
                        batch = new LinkedHashSet<>();
                        lastPost = System.nanoTime();
                    }
                }
                if (!batch.isEmpty() && !closed) {
                    post(events, batch);
                }
            });
        }
        reader.shutdown();
    }

    private void post(Executor events, Set<Integer> batch) {
        Set<Integer> copy = Set.copyOf(batch);
        events.execute(() -> fire(copy));
    }

    /** The cable, read (once, by whichever thread gets there first) and with its stored corrections. */
    private CableState read(int index) {
        CableState cable = cable(index);
        if (!cable.isRead()) {
            synchronized (cable) {
                if (!cable.isRead()) {
                    load(cable);
                }
            }
        }
        return cable;
    }

    private void load(CableState cable) {
        Document document = cable.entry.isRead() ? cable.entry.document() : source.read(cable.entry);
        for (Diagnostic diagnostic : document.diagnostics()) {
            // corpus-level news: files that could not be read, and files read in another encoding than UTF-8;
            // the rest (unknown labels, tag syntax notes) stays with its cable
            if (diagnostic.severity() == Diagnostic.Severity.ERROR || diagnostic.code().equals(ENCODING_FALLBACK)) {
                problems.add(diagnostic.format(cable.name));
            }
        }
        cable.setRead(document);
        StoredCorrection correction = storedFor[cable.index];
        boolean rewrite = false;
        if (correction != null) {
            if (correction.file() != null && !correction.file().equals(files.fileFor(cable.key()))) {
                superseded.put(cable.index, correction.file());
                rewrite = true;
            }
            if (correction.hasSpanChanges()) {
                Reapplier.Result result = Reapplier.reapply(document, cable.sourceHash(), correction);
                cable.restore(result.spans(), result.removed(), result.added());
                if (result.sourceChanged() || !result.complete()) {
                    reportReapply(cable, correction, result);
                    rewrite = true; // against the current source, after keeping a copy
                }
            }
        }
        cable.publish();
        if (rewrite) {
            unsaved.add(cable.index);
        }
    }

    private void reportReapply(CableState cable, StoredCorrection correction, Reapplier.Result result) {
        String name = cable.name;
        int total = correction.removed().size() + correction.added().size();
        List<String> notes = new ArrayList<>();
        if (result.sourceChanged()) {
            notes.add(name + ": the file changed since the corrections were saved; re-applied "
                    + result.reapplied() + " of " + total + ".");
        } else if (!result.complete()) {
            notes.add(name + ": re-applied " + result.reapplied() + " of " + total + " stored corrections.");
        }
        for (String failure : result.notReapplied()) {
            notes.add(name + ": could not re-apply " + failure + ".");
        }
        if (!result.complete() && correction.file() != null) {
            try {
                Path copy = files.keepCopy(correction.file(), "before-reapply");
                if (copy != null) {
                    notes.add(name + ": the corrections as they were are kept in " + copy + ".");
                }
            } catch (IOException e) {
                notes.add(name + ": could not keep a copy of the stored corrections (" + e.getMessage()
                        + "); they stay in " + correction.file() + " until the next edit of this cable.");
            }
        }
        cable.notes().addAll(notes);
        problems.addAll(notes);
    }

    // ---------------------------------------------------------------- reading

    public List<CableEntry> cables() {
        List<CableEntry> entries = new ArrayList<>(cables.size());
        for (CableState cable : cables) {
            entries.add(entry(cable));
        }
        return entries;
    }

    public CableEntry entry(int cable) {
        return entry(cable(cable));
    }

    private static CableEntry entry(CableState cable) {
        return new CableEntry(cable.index, cable.name, cable.entityCount(), cable.problemCount(), cable.status());
    }

    public int size() {
        return cables.size();
    }

    /** The cable as corrected so far. */
    public Document document(int cable) {
        return read(cable).current();
    }

    /**
     * Starts, in the background, what the first edit of this cable needs: its token index (a few hundred
     * milliseconds for a 4-million-character cable in a cold JVM) and its source hash. Call it once the
     * cable is on screen: started earlier, it competed with the opening for the processor.
     */
    public void prepareEditing(int cable) {
        read(cable).prepareEditing();
    }

    /** The cable as read from its file, before any correction. */
    public Document original(int cable) {
        return read(cable).original();
    }

    /** The index of the cable with this source name, if any. */
    public OptionalInt indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Skipped files, store re-apply reports, store write failures... in the order they happened. */
    public List<String> problems() {
        return Collections.unmodifiableList(new ArrayList<>(problems));
    }

    /** What the analyst should know about one cable: reading diagnostics and store re-apply notes. */
    public List<String> problems(int cable) {
        CableState state = read(cable);
        List<String> result = new ArrayList<>();
        state.original().diagnostics().forEach(d -> result.add(d.format(state.name)));
        result.addAll(state.notes());
        return result;
    }

    public List<Path> inputs() {
        return inputs;
    }

    /** The folder this workspace's corrections are stored in. */
    public Path storeDir() {
        return files.dir();
    }

    /** A finder over the cable as corrected, sharing the cable's tokens. */
    public TextFinder finder(int cable) {
        CableState state = read(cable);
        return new TextFinder(state.current(), state.tokens());
    }

    public List<TextMatch> find(int cable, String query, boolean ignoreCase, boolean wholeTokens) {
        return finder(cable).findAll(query, ignoreCase, wholeTokens);
    }

    // ---------------------------------------------------------------- review status

    public ReviewStatus status(int cable) {
        return cable(cable).status();
    }

    /** Not an undoable edit: review status is the analyst's bookkeeping, saved at once. */
    public void setStatus(int cable, ReviewStatus status) {
        requireOpen();
        if (status == null) {
            throw new IllegalArgumentException("a review status is required");
        }
        CableState state = read(cable);
        if (state.status() == status) {
            return;
        }
        state.status(status);
        unsaved.add(cable);
        flushQuietly();
        fire(Set.of(cable));
    }

    /** The first cable after {@code afterCable} not yet reviewed, wrapping round; empty when all are. */
    public OptionalInt nextUnreviewed(int afterCable) {
        int size = cables.size();
        for (int step = 1; step <= size; step++) {
            int candidate = Math.floorMod(afterCable + step, size);
            if (candidate != afterCable && cables.get(candidate).status() != ReviewStatus.REVIEWED) {
                return OptionalInt.of(candidate);
            }
        }
        return OptionalInt.empty();
    }

    /** "Reviewed, next": marks the cable reviewed and returns the next one still to review, if any. */
    public OptionalInt markReviewedAndNext(int cable) {
        setStatus(cable, ReviewStatus.REVIEWED);
        return nextUnreviewed(cable);
    }

    // ---------------------------------------------------------------- edits

    public Selection relabel(int cable, Span span, Label label) {
        requireLabel(label);
        PlannedEdit plan = editor(cable).relabel(span, label);
        return plan == null ? new Selection(cable, span) : push(cable, plan);
    }

    /** Takes the tag away; the text stays. */
    public Selection delete(int cable, Span span) {
        return push(cable, editor(cable).delete(span));
    }

    /** Tags the selection, snapped outwards to whole tokens; a caret inside a word tags that word. */
    public Selection add(int cable, int start, int end, Label label) {
        requireLabel(label);
        return push(cable, editor(cable).add(start, end, label));
    }

    public Selection growStart(int cable, Span span) {
        return push(cable, editor(cable).growStart(span));
    }

    public Selection shrinkStart(int cable, Span span) {
        return push(cable, editor(cable).shrinkStart(span));
    }

    public Selection growEnd(int cable, Span span) {
        return push(cable, editor(cable).growEnd(span));
    }

    public Selection shrinkEnd(int cable, Span span) {
        return push(cable, editor(cable).shrinkEnd(span));
    }

    /** Splits at a word boundary inside the span; both parts keep the label. Selects the first part. */
    public Selection split(int cable, Span span, int at) {
        return push(cable, editor(cable).split(span, at));
    }

    /** Merges two neighbouring entities (only whitespace between); the first one's label wins. */
    public Selection merge(int cable, Span first, Span second) {
        return push(cable, editor(cable).merge(first, second));
    }

    /**
     * Relabel (or tag, when untagged) every whole-token occurrence of span's text, one undoable step.
     * {@code span} may be an entity or any selection (snapped to whole tokens, like {@link #add}); its
     * label is ignored. Matching is exact (case-sensitive). Occurrences where a new tag would cross an
     * existing entity are left alone and counted in the description. CORPUS reads every cable first.
     */
    public Selection applyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireOpen();
        requireLabel(label);
        CableState origin = read(cable);
        if (span == null || span.end() > origin.current().text().length()) {
            throw new EditRejectedException("Select the text whose occurrences should be tagged.");
        }
        // like add: a selection reaching into a word means the whole word
        int[] snapped = origin.tokens().snap(span.start(), span.end());
        if (snapped == null) {
            throw new EditRejectedException("Select some text, not only spaces.");
        }
        if (snapped[0] != span.start() || snapped[1] != span.end()) {
            span = new Span(snapped[0], snapped[1], span.label());
        }
        String needle = origin.current().textOf(span);
        List<Integer> targets = new ArrayList<>();
        if (scope == OccurrenceScope.CORPUS) {
            readAll(null);
            for (CableState each : cables) {
                targets.add(each.index);
            }
        } else {
            targets.add(cable);
        }
        OccurrenceTagger tagger = new OccurrenceTagger(needle, label);
        List<SpanEdit> parts = new ArrayList<>();
        for (int index : targets) {
            CableState state = read(index);
            SpanChange change = tagger.changeFor(state.current(), state.tokens());
            if (!change.isEmpty()) {
                parts.add(new SpanEdit(target, index, change, "", null, null));
            }
        }
        if (parts.isEmpty()) {
            throw new EditRejectedException(tagger.skipped() > 0
                    ? "No occurrence of " + Quotes.of(needle) + " can be tagged " + label + " without crossing another entity."
                    : "Every occurrence of " + Quotes.of(needle) + " is already tagged " + label + ".");
        }
        Span selectAfter = new Span(span.start(), span.end(), label);
        if (!tagger.touched(cable, selectAfter, parts) && !origin.current().spans().containsSpan(selectAfter)) {
            selectAfter = tagger.firstAdded(cable, parts);
        }
        Span selectAfterUndo = origin.current().spans().containsSpan(span) ? span : null;
        String where = scope == OccurrenceScope.CORPUS ? " in " + parts.size() + " cable" + (parts.size() == 1 ? "" : "s") : "";
        String description = "Tag " + tagger.changed() + " occurrence" + (tagger.changed() == 1 ? "" : "s") + " of "
                + Quotes.of(needle) + " as " + label + where
                + (tagger.skipped() > 0 ? " (" + tagger.skipped() + " left alone: they would cross an entity)" : "");
        CompositeEdit edit = new CompositeEdit(parts, description,
                selectAfter != null ? new Selection(cable, selectAfter) : new Selection(cable, null, span.start()),
                selectAfterUndo != null ? new Selection(cable, selectAfterUndo) : new Selection(cable, null, span.start()));
        return perform(() -> history.push(edit), edit, description);
    }

    private Selection push(int cable, PlannedEdit plan) {
        SpanEdit edit = new SpanEdit(target, cable, plan.change(), plan.description(), plan.selectAfter(), plan.selectAfterUndo());
        return perform(() -> history.push(edit), edit, plan.description());
    }

    // ---------------------------------------------------------------- history

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** Takes back the last edit and returns what to select. Throws IllegalStateException when there is none. */
    public Selection undo() {
        requireOpen();
        Edit edit = history.nextUndo();
        if (edit == null) {
            throw new IllegalStateException("nothing to undo");
        }
        return perform(history::undo, edit, "Undo " + edit.description());
    }

    /** Does the last undone edit again and returns what to select. Throws IllegalStateException when there is none. */
    public Selection redo() {
        requireOpen();
        Edit edit = history.nextRedo();
        if (edit == null) {
            throw new IllegalStateException("nothing to redo");
        }
        return perform(history::redo, edit, "Redo " + edit.description());
    }

    /** What undo would take back, e.g. "Relabel “Erbil” as LOC"; empty when nothing. */
    public String undoDescription() {
        Edit edit = history.nextUndo();
        return edit == null ? "" : edit.description();
    }

    public String redoDescription() {
        Edit edit = history.nextRedo();
        return edit == null ? "" : edit.description();
    }

    /** Advances with every edit, undo and redo. */
    public long revision() {
        return history.revision();
    }

    private Selection perform(Supplier<Selection> action, Edit edit, String description) {
        requireOpen();
        Selection selection;
        try {
            selection = action.get();
        } catch (SpanConflictException conflict) {
            throw new EditRejectedException(explain(description, edit, conflict), conflict);
        }
        for (int cable : edit.cables()) {
            CableState state = cable(cable);
            if (state.status() == ReviewStatus.NEW) {
                state.status(ReviewStatus.IN_PROGRESS);
            }
            unsaved.add(cable);
        }
        flushQuietly();
        fire(edit.cables());
        return selection;
    }

    private String explain(String description, Edit edit, SpanConflictException conflict) {
        Document document = cable(edit.cables().iterator().next()).current();
        Span rejected = conflict.rejected();
        Span existing = conflict.existing();
        int length = document.text().length();
        String reason;
        if (rejected == null || existing == null || rejected.end() > length || existing.end() > length) {
            reason = conflict.getMessage();
        } else if (rejected.sameRange(existing)) {
            reason = Quotes.of(document, rejected) + " is already tagged " + existing.label();
        } else {
            reason = Quotes.of(document, rejected) + " would cross " + Quotes.entity(document, existing)
                    + "; entities may nest but not cross";
        }
        return "Cannot " + Character.toLowerCase(description.charAt(0)) + description.substring(1) + ": " + reason + ".";
    }

    // ---------------------------------------------------------------- saving

    /** Edits or statuses not yet on disk (only after a failed write: edits are saved as they happen). */
    public boolean isDirty() {
        return !unsaved.isEmpty() || savedRevision != history.revision();
    }

    /**
     * From now on, edits are written to the store by a background thread (the window's choice: a key press
     * must not wait for the disk). {@link #save()} and {@link #close()} still return only once all is on disk.
     */
    public void saveInBackground() {
        if (writer == null) {
            writer = new StoreWriter();
        }
    }

    /** As {@link #saveInBackground()}, with the writes run by {@code writerThread}: the seam tests use to see them. */
    void saveInBackground(Executor writerThread) {
        if (writer == null) {
            writer = new StoreWriter(writerThread);
        }
    }

    /** Writes whatever is not on disk yet. Throws UncheckedIOException when the store cannot be written. */
    public void save() {
        try {
            if (writer != null) {
                writer.awaitIdle(); // what failed there is marked unsaved again, and retried here
            }
            flush(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save corrections to " + files.dir() + ": " + e.getMessage(), e);
        }
    }

    private void flushQuietly() {
        try {
            flush(writer);
        } catch (IOException e) {
            reportSaveFailure(e);
        }
    }

    private void reportSaveFailure(IOException e) {
        String message = "Could not save corrections to " + files.dir() + " (will retry with the next edit): " + e;
        synchronized (problems) {
            if (problems.isEmpty() || !problems.get(problems.size() - 1).equals(message)) {
                problems.add(message);
            }
        }
    }

    /** Writes every unsaved cable: here and now when {@code via} is null, else queued on it. */
    private void flush(StoreWriter via) throws IOException {
        if (!unsaved.isEmpty()) {
            write(via, MANIFEST_WRITE, () -> files.writeManifestIfMissing(inputs));
        }
        for (Integer index : new ArrayList<>(unsaved)) {
            CableState cable = cable(index);
            if (!cable.isRead()) {
                continue; // only read cables are ever marked unsaved; nothing to write yet
            }
            unsaved.remove(index);
            StoreAction store;
            if (cable.isWorthStoring()) {
                StoredCorrection snapshot = cable.toStored();
                store = () -> files.write(snapshot);
            } else {
                String key = cable.key();
                store = () -> files.delete(key);
            }
            write(via, index, () -> {
                store.run();
                // taken only once the new file is written: a queued write that a newer one replaces
                // must not take the old file's deletion with it
                Path old = superseded.remove(index);
                if (old != null) {
                    java.nio.file.Files.deleteIfExists(old);
                }
            });
        }
        savedRevision = history.revision();
    }

    private static final int MANIFEST_WRITE = -1;

    /** One write to the store. */
    private interface StoreAction {
        void run() throws IOException;
    }

    private void write(StoreWriter via, int cable, StoreAction action) throws IOException {
        if (via == null) {
            try {
                action.run();
            } catch (IOException e) {
                notSaved(cable);
                throw e;
            }
            return;
        }
        via.submit(cable, () -> {
            try {
                action.run();
            } catch (IOException e) {
                notSaved(cable);
                reportSaveFailure(e);
            }
        });
    }

    /** A write failed: the cable stays unsaved, so the next edit or save writes it again. */
    private void notSaved(int cable) {
        if (cable != MANIFEST_WRITE) {
            unsaved.add(cable);
        }
        savedRevision = -1;
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    private void fire(Set<Integer> changed) {
        Set<Integer> copy = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
        for (WorkspaceListener listener : listeners) {
            listener.cablesChanged(copy);
        }
    }

    /** Flushes; the workspace cannot be edited afterwards. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (reader != null) {
            reader.shutdownNow();
            try {
                reader.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            save();
        } finally {
            if (writer != null) {
                writer.shutdown();
            }
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException e) {
                    // the process ending releases it anyway
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private CableState cable(int index) {
        if (index < 0 || index >= cables.size()) {
            throw new IndexOutOfBoundsException("no cable " + index + " (the workspace has " + cables.size() + ")");
        }
        return cables.get(index);
    }

    private EntityEditor editor(int cable) {
        requireOpen();
        CableState state = read(cable);
        return new EntityEditor(state.current(), state.tokens());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the workspace is closed");
        }
    }

    private static void requireLabel(Label label) {
        if (label == null) {
            throw new EditRejectedException("Choose a label.");
        }
    }

    /** Works out, cable by cable, what tagging every occurrence of one text means. */
    private static final class OccurrenceTagger {
        private final String needle;
        private final Label label;
        private int changed;
        private int skipped;

        OccurrenceTagger(String needle, Label label) {
            this.needle = needle;
            this.label = label;
        }

        /**
         * Matches never overlap one another and a relabel keeps its range, so every candidate is checked
         * against the cable's spans as they are, and the whole change is applied in one rebuild.
         */
        SpanChange changeFor(Document document, TokenIndex tokens) {
            List<Span> removed = new ArrayList<>();
            List<Span> added = new ArrayList<>();
            SpanSet spans = document.spans();
            for (TextMatch match : new TextFinder(document, tokens).findAll(needle, false, true)) {
                Optional<Span> existing = spans.atRange(match.start(), match.end());
                Span wanted = new Span(match.start(), match.end(), label);
                if (existing.isPresent()) {
                    if (!existing.get().label().equals(label)) {
                        removed.add(existing.get());
                        added.add(wanted);
                        changed++;
                    }
                } else if (spans.conflictWith(wanted).isPresent()) {
                    skipped++;
                } else {
                    added.add(wanted);
                    changed++;
                }
            }
            return new SpanChange(removed, added);
        }

        boolean touched(int cable, Span span, List<SpanEdit> parts) {
            for (SpanEdit part : parts) {
                if (part.cable() == cable && part.change().added().contains(span)) {
                    return true;
                }
            }
            return false;
        }

        Span firstAdded(int cable, List<SpanEdit> parts) {
            for (SpanEdit part : parts) {
                if (part.cable() == cable && !part.change().added().isEmpty()) {
                    return part.change().added().get(0);
                }
            }
            return null;
        }

        int changed() {
            return changed;
        }

        int skipped() {
            return skipped;
        }
    }
}
