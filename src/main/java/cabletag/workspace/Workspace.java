package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

/**
 * A correction session over a corpus, for the window: a small front over its parts, each with one job:
 * {@link CorpusLoader} lists and reads the cables and puts back their stored corrections (through
 * {@link CorrectedDocuments}, the commands' route too), {@link EditService} makes the undoable edits,
 * {@link StoreSync} keeps the store in step. The original files are only ever read.
 *
 * <p>Not thread-safe: call from one thread (the UI thread). Only reading runs on other threads:
 * {@link #open} and {@link #readAll} read in parallel, and {@link #openLazily} starts a background reader
 * whose events reach listeners through the executor it is given.
 */
public final class Workspace implements AutoCloseable {

    private final List<Path> inputs;
    /**
     * The store's news of steps it finished or took back on opening, among the problems of no cable as notes. Kept
     * as they were then: a later set write that recovers another process's step adds to the store's own notes, not
     * to these lines, and the count of problems takes away only what it listed.
     */
    private final List<String> storeNews;
    private final CorpusSource source;
    private final Problems problems = new Problems();
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    /** Rows changed by reads away from the screen, told to the listeners as the reader's batches are. */
    private final ChangedRows changedRows = new ChangedRows(this::fire);
    /** How many inputs the listing takes, a folder named by all its entries being one. */
    private final int namedInputs;
    private final CorpusLoader loader;
    private final StoreSync sync;
    private final EditService edits;
    private final PositionKeeper positions;
    private final CorrectedDocuments corrections;
    private volatile boolean closed;
    /** Set by {@link #openStreaming}: the folder is still being listed in the background. */
    private volatile StreamedListing listing;
    private Runnable startReading = () -> { };

    private Workspace(List<Path> inputs, CorpusSource source, CorrectedDocuments corrections) throws IOException {
        this(inputs, source, corrections, true);
    }

    private Workspace(List<Path> inputs, CorpusSource source, CorrectedDocuments corrections, boolean listNow)
            throws IOException {
        this.inputs = List.copyOf(inputs);
        // corpus/* is one input, corpus, as the listing names its cables (WholeFolders): rows as for corpus
        this.namedInputs = cabletag.formats.WholeFolders.of(this.inputs).size();
        this.source = source;
        this.corrections = corrections.under(this.inputs);
        problems.addAll(corrections.problems());
        storeNews = List.copyOf(corrections.storeNotes());
        problems.addAll(storeNews); // listed in the Problems pane too, not only said once in the status bar
        // the parts call each other only once all three exist (reading happens after listing, revisions after edits)
        this.loader = listNow ? CorpusLoader.list(source, this.corrections, problems, this::rewrite, changedRows::changed)
                : CorpusLoader.unlisted(source, this.corrections, problems, this::rewrite, changedRows::changed);
        this.sync = new StoreSync(corrections.store(), loader, problems, this::revision, changedRows::changed);
        this.edits = new EditService(loader, sync, this::fire, this.corrections::rejections);
        this.positions = new PositionKeeper(corrections.store() == null ? null
                : new PositionStore(corrections.store().dir().getParent()), loader, problems);
        loader.attach(sync);
        sync.lock(canonical(inputs));
    }

    /** Reading found a cable whose store file must be written anew (and, when given, an old one deleted). */
    private void rewrite(int cable, Path replaced, boolean whole) {
        sync.markUnsaved(cable, replaced, whole);
    }

    private static List<String> canonical(List<Path> inputs) {
        List<String> canonical = new ArrayList<>();
        for (Path input : inputs) {
            String path = CableKey.canonical(input);
            if (!canonical.contains(path)) {
                canonical.add(path);
            }
        }
        canonical.sort(null);
        return canonical;
    }

    /** Whether these inputs reach some of this session's cables (the same files, a folder holding them...). */
    public boolean overlaps(List<Path> others) {
        return SessionLock.overlap(canonical(inputs), canonical(others));
    }

    /**
     * Opens files/folders; restores stored corrections and statuses; progress 0..1 (may be null, may
     * be called from reader threads). Every cable is read when this returns.
     */
    public static Workspace open(List<Path> inputs, StoreLocation store, DoubleConsumer progress) throws IOException {
        return open(new ReaderCorpus(CorpusReader.standard(), inputs), CorrectedDocuments.open(store), inputs, progress);
    }

    /**
     * Opens files/folders as soon as they are listed: names and review statuses are there at once;
     * each cable is read (and its stored corrections re-applied) the first time it is needed, and all
     * of them by a background reader. Until a cable is read its {@link CableEntry} counts are -1; as
     * cables get read, listeners hear of them through {@code events} (the UI passes
     * {@code Platform::runLater}, so listeners always run on its thread). The last event names no cable:
     * every cable is read. Their summaries are kept beside the store for the next opening, as they are read
     * (in batches) and when the workspace closes.
     */
    public static Workspace openLazily(List<Path> inputs, StoreLocation store, Executor events) throws IOException {
        Workspace workspace = new Workspace(inputs, new ReaderCorpus(CorpusReader.standard(), inputs), CorrectedDocuments.open(store));
        workspace.changedRows.tellThrough(events);
        workspace.loader.keepSummaries(new SummaryKeeper(() -> CableSummaries.open(store, inputs, workspace.problems), workspace.problems));
        workspace.loader.startReading(events, read -> workspace.fire(new WorkspaceChange(read, List.of())));
        return workspace;
    }

    /**
     * Opens files/folders for the window, returning once the first cables are listed (a batch of 64, or all
     * when fewer): the rest of the corpus is listed in the background and joins the workspace in corpus
     * order, a batch at a time; listeners hear of each batch through {@code events} (a change naming no
     * cable, like the reader's last), and {@link #isListed()} says when all is listed. The listing holds
     * after the first batch, and nothing is read in the background, until {@link #carryOnInBackground()}
     * says so: the window first shows a cable. Where the analyst left off ({@link #lastPosition()}) is known
     * once the corpus is listed.
     */
    public static Workspace openStreaming(List<Path> inputs, StoreLocation store, Executor events) throws IOException {
        return openStreaming(inputs, store, events, count -> { });
    }

    /** As {@link #openStreaming(List, StoreLocation, Executor)}; {@code afterBatch} runs on the listing thread after each batch (tests). */
    public static Workspace openStreaming(List<Path> inputs, StoreLocation store, Executor events,
                                          java.util.function.IntConsumer afterBatch) throws IOException {
        Workspace[] opened = new Workspace[1];
        // opened once, by the listing (after its first batch: a file unchanged since it was read as one cable
        // is listed as one unopened) or else by the reader, which takes the unchanged cables' counts from it
        java.util.function.Supplier<CableSummaries> summaries = once(() -> CableSummaries.open(store, inputs, opened[0].problems));
        Workspace workspace = new Workspace(inputs, new ReaderCorpus(CorpusReader.standard(), inputs, summaries),
                CorrectedDocuments.open(store), false);
        opened[0] = workspace;
        // every cable read gives its summary, the first one shown too, though the kept ones are opened later
        workspace.loader.keepSummaries(new SummaryKeeper(summaries, workspace.problems));
        workspace.changedRows.tellThrough(events);
        StreamedListing listing = new StreamedListing(workspace.loader,
                count -> {
                    events.execute(() -> workspace.fire(new WorkspaceChange(Set.of(), List.of())));
                    afterBatch.accept(count);
                },
                () -> {
                    workspace.positions.listed();
                    events.execute(() -> workspace.fire(new WorkspaceChange(Set.of(), List.of())));
                });
        workspace.listing = listing;
        workspace.startReading = () -> {
            Thread thread = new Thread(() -> {
                try {
                    // listed first: on two cores a reader beside the listing made listing 250,000 files take 20 s
                    workspace.loader.awaitListing();
                } catch (InterruptedException e) {
                    return;
                }
                workspace.loader.startReading(events, read -> workspace.fire(new WorkspaceChange(read, List.of())));
            }, "cabletag-reader-start");
            thread.setDaemon(true);
            thread.start();
        };
        listing.start();
        listing.awaitFirstBatch();
        return workspace;
    }

    /** {@code supplier}'s value, made on the first call and handed out again after; from any thread. */
    private static <T> java.util.function.Supplier<T> once(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;
            private boolean made;

            @Override
            public synchronized T get() {
                if (!made) {
                    value = supplier.get();
                    made = true;
                }
                return value;
            }
        };
    }

    /** Whether every cable is listed (always, but while {@link #openStreaming} is still listing). */
    public boolean isListed() {
        return loader.isListed();
    }

    /**
     * Lets a workspace from {@link #openStreaming} go on listing, and starts its background reader (once;
     * later calls do nothing): every cable gets listed and read, its summary kept. A workspace opened
     * otherwise is listed already and reads as it was opened to.
     */
    public void carryOnInBackground() {
        StreamedListing streamed = listing;
        if (streamed != null) {
            streamed.carryOn();
        }
        Runnable start = startReading;
        startReading = () -> { };
        start.run();
    }

    static Workspace open(CorpusSource source, CorrectedDocuments corrections, List<Path> inputs, DoubleConsumer progress)
            throws IOException {
        DoubleConsumer report = progress == null ? fraction -> { } : progress;
        Workspace workspace = new Workspace(inputs, source, corrections);
        report.accept(0.05);
        workspace.readAll(fraction -> report.accept(0.05 + 0.95 * fraction));
        workspace.sync.flushQuietly();
        report.accept(1.0);
        return workspace;
    }

    /** Lists the corpus and reads the store: names and statuses, no documents yet. */
    static Workspace list(CorpusSource source, CorrectedDocuments corrections, List<Path> inputs) throws IOException {
        return new Workspace(inputs, source, corrections);
    }

    /** Reads every cable not read yet, in parallel; progress 0..1. */
    public void readAll(DoubleConsumer progress) {
        loader.readAll(progress);
    }

    /**
     * How many of the cables read so far were taken from the summaries an earlier opening kept, without
     * parsing them (the start-up trace says it: a reopening should take nearly all from there).
     */
    public int readFromKeptSummaries() {
        return loader.fromKeptCount();
    }

    /** How many cables are read so far (all of them after {@link #open}). */
    public int readCount() {
        return loader.readCount();
    }

    // ---------------------------------------------------------------- reading

    public List<CableEntry> cables() {
        return cables(0, loader.size());
    }

    /** The entries of cables {@code from} (inclusive) to {@code to} (exclusive): the rows a listing batch adds. */
    public List<CableEntry> cables(int from, int to) {
        List<CableEntry> entries = new ArrayList<>(Math.max(0, to - from));
        for (int index = from; index < to; index++) {
            entries.add(entry(loader.cable(index)));
        }
        return entries;
    }

    public CableEntry entry(int cable) {
        return entry(loader.cable(cable));
    }

    /**
     * Which document a cable is, as {@link Document#shownKey()} says it of the document: its file as named
     * and its id. Unlike its name under its input, no other cable of the corpus has it, also when two inputs
     * each hold a {@code c.txt} or a dataset holds many documents.
     */
    public String shownKey(int cable) {
        CableState state = loader.cable(cable);
        return state.shown + "#" + state.id();
    }

    /**
     * The files the cables listed so far come from, as listed (a dataset file once), without waiting for the
     * rest of the listing: what an output must not replace ({@code OutputsReadAsInputs}).
     */
    public java.util.Collection<CorpusFile> listedFiles() {
        java.util.Set<CorpusFile> files = new java.util.LinkedHashSet<>();
        for (int cable = 0, size = loader.size(); cable < size; cable++) {
            if (loader.cable(cable).entry.handle() instanceof CorpusFile file) {
                files.add(file);
            }
        }
        return files;
    }

    /**
     * The size in bytes of the file a cable comes from: as listed, else asked of the file system now (a file
     * named directly); -1 when that fails. A cable of a dataset file gives the whole file's size.
     */
    public long fileSize(int cable) {
        CorpusSource.Entry entry = loader.cable(cable).entry;
        if (entry.handle() instanceof CorpusFile listed && listed.size() >= 0) {
            return listed.size();
        }
        try {
            return Files.size(entry.file());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private CableEntry entry(CableState cable) {
        return new CableEntry(cable.index, rowName(cable), cable.entityCount(), cable.problemCount(), cable.status(),
                cable.header());
    }

    /**
     * How the window names a cable: its row in the corpus list, the title and the status bar. See
     * {@link #rowName(CableState)}.
     */
    public String rowName(int cable) {
        return rowName(loader.cable(cable));
    }

    /**
     * A row's name: the cable's file under its input, and for a document of a dataset file, which holds many,
     * its id too ({@code data.jsonl#d1}, as the commands name it), so that two rows of one file can be told
     * apart. With several inputs, the file as the user named it ({@link CorpusFile#shownName}, as the commands'
     * lines name it): two inputs may each hold a {@code c.txt}, and two rows "c.txt" could not be told apart;
     * they are {@code x/c.txt} and {@code y/c.txt}. With one input its name would only repeat on every row; a folder
     * named by all its entries ({@code corpus/*}) is one input, as the listing takes it.
     */
    private String rowName(CableState cable) {
        String file = namedInputs > 1 ? cable.shown : cable.name;
        cabletag.core.Document dataset = cable.entry.document();
        return dataset == null ? file : file + "#" + dataset.id();
    }

    public int size() {
        return loader.size();
    }

    /**
     * The cable as corrected so far. A cable not in use (not shown, its neighbours, recently edited) is read
     * again from its file with its stored corrections and not kept: passes over the whole corpus may call
     * this for every cable, one at a time, from a background thread, and must not keep the documents.
     */
    public Document document(int cable) {
        return loader.isInUse(cable) ? loader.read(cable).current() : loader.visit(cable, CableState::current);
    }

    /**
     * The analyst now looks at this cable (call from the UI thread): it and its neighbours stay parsed,
     * and the least recently used other cables are let go down to the cache's bound.
     */
    public void focus(int cable) {
        loader.focus(cable);
        loader.read(cable);
        loader.trim();
    }

    /**
     * Bounds how many cables stay parsed, by count and estimated heap (the window's default keeps 64 or
     * 192 MB); every other cable is a summary and read again when needed.
     */
    public void boundParsedCables(int maxCount, long maxBytes) {
        loader.boundParsed(maxCount, maxBytes);
    }

    /** Test hook: how many cables hold parsed documents now (never more than the bound plus the pinned ones). */
    int parsedCount() {
        return loader.parsedCount();
    }

    /** Test hook: the most cables that held parsed documents at once since listing. */
    int parsedPeak() {
        return loader.parsedPeak();
    }

    /** Test hook: whether this cable holds its parsed documents now. */
    boolean isParsed(int cable) {
        return loader.cable(cable).isRead();
    }

    /** Test hook: how many cable files the store was given to write (or delete) so far. */
    int storeWriteCount() {
        return sync.writeCount();
    }

    /** Test seam: called at each step of the write of a step over many cables (a test fails or stops there). */
    void storeCheckpoint(cabletag.formats.io.FileSet.Checkpoint at) {
        corrections.store().checkpoint(at);
    }

    /** Test hook: how many files the listing opened to tell what they are. */
    int filesOpenedToList() {
        return source instanceof ReaderCorpus corpus ? corpus.openedToList() : 0;
    }

    /** Test hook: how many times a cable was parsed from its file since the corpus was listed. */
    int loadCount() {
        return loader.loadCount();
    }

    /**
     * Starts, in the background, what the first edit of this cable needs: its token index (a few hundred
     * milliseconds for a 4-million-character cable in a cold JVM) and its source hash. Call it once the
     * cable is on screen: started earlier, it competed with the opening for the processor.
     */
    public void prepareEditing(int cable) {
        loader.read(cable).prepareEditing();
    }

    /** The cable as read from its file, before any correction. */
    public Document original(int cable) {
        return loader.read(cable).original();
    }

    /**
     * The cable's store key: its file's real path and its document id (what a saved consistency index and
     * the suggestions' rejections are kept by).
     */
    public String cableKey(int cable) {
        return loader.cable(cable).key();
    }

    /** The suggestions rejected, kept beside the store: the same ones the commands read. */
    public Rejections rejections() {
        return corrections.rejections();
    }

    /**
     * The suggestions rejected in the cable, where they are on its text now (those it brought from where it was
     * moved from, or from an earlier text of its file, put back as its corrections were): the commands' route.
     */
    public RejectedPlaces rejectedPlaces(int cable) {
        return loader.rejectedIn(loader.read(cable));
    }

    /**
     * A suggestion rejected at this range of the cable, as the rejections file keeps it: under the cable's key, with
     * the fingerprint and reading of its text, so that it can follow the cable when its file moves or changes.
     */
    public Rejections.AtPlace rejectionAt(int cable, int start, int end, cabletag.core.Label label, String text) {
        CableState state = loader.read(cable);
        return new Rejections.AtPlace(state.key(), start, end, label, text, state.sourceHashIfAny(),
                cabletag.formats.ReadingRules.GENERATION);
    }

    /** The file holding the stored corrections of a store key, null when none; never read. */
    public Path storedFileOf(String key) {
        return corrections.storedFile(key);
    }

    /** The index of the cable with this source name, if any. */
    public OptionalInt indexOf(String name) {
        return loader.indexOf(name);
    }

    /**
     * The problems the session names, as things are now (what an export names): the problems of no cable
     * ({@link #problemsOfNoCable()}), then cable by cable in corpus order the news of its file that concerns
     * the whole corpus (could not be read, read in another encoding, empty) and the problems of putting its
     * stored corrections back. A cable's other reading problems (an unclosed tag) are in {@link #problemsOf};
     * the news of the corrections (a copy kept) in {@link #notes()}. Walks the cables' summaries, parsing none.
     */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems.snapshot());
        loader.problemsOfCables(all);
        return all;
    }

    /**
     * The news of the cables' corrections, cable by cable in corpus order: found again after a move, a copy
     * kept. No problem: no row counts it, the commands do not count it, the Problems pane lists it as a note.
     */
    public List<String> notes() {
        List<String> all = new ArrayList<>();
        loader.newsOfCables(all);
        return all;
    }

    /**
     * The cables as corrected so far, in corpus order, for an export, with the problems {@code cabletag export}
     * names for the same inputs (see {@link WorkspaceExportSource}); every export of the window goes through it.
     */
    public cabletag.formats.export.ExportSource exportSource() {
        return new WorkspaceExportSource(this, loader, problems);
    }

    /**
     * What opening the store did that must be said at once: a step over many cables that a killed process left
     * half written, completed, taken back ({@code store: finished writing a step over 37 cables …}) or not
     * completed (a store folder that cannot be written; that one is a problem). All are among the lines of no
     * cable too, for the Problems pane, the first two as notes ({@link #storeNews}).
     */
    public List<String> storeNotes() {
        List<String> said = new ArrayList<>(storeNews);
        for (String problem : corrections.problems()) {
            if (problem.startsWith("store: ")) {
                said.add(problem);
            }
        }
        return said;
    }

    /** Of {@link #storeNotes}, the steps finished or taken back: news, no problem (the commands do not count them). */
    public List<String> storeNews() {
        return storeNews;
    }

    /**
     * The problems that belong to no cable, in the order they happened: the listing's (a dangling link), the
     * store's (an unreadable store file), the session's (a failed write), and the store's news of a step it
     * finished or took back (a note, {@link #storeNews}). No row counts them.
     */
    public List<String> problemsOfNoCable() {
        return problems.snapshot();
    }

    /** How many problems belong to no cable: the corpus's count is the rows' counts plus this one. */
    public int problemCountOfNoCable() {
        return problems.size() - storeNews().size(); // the news are among them, and are no problem
    }

    /**
     * A cable's problems and notes as they are now, its problems the ones its row counts ({@link
     * CableEntry#problemCount()}): its file's reading problems as last read (the file read again drops the
     * fixed ones), the problems of putting its corrections back and their news. Nothing while the cable was
     * never read; never parses it.
     */
    public CableProblems problemsOf(int cable) {
        CableState state = loader.cable(cable);
        return new CableProblems(state.shown, state.readProblems(), state.correctionProblemsNow(), state.newsNow());
    }

    /** What the analyst should know about one cable: reading diagnostics, the problems of its corrections, their news. */
    public List<String> problems(int cable) {
        CableState state = loader.read(cable);
        List<String> result = new ArrayList<>();
        state.original().diagnostics().forEach(d -> result.add(d.format(state.shown)));
        result.addAll(state.correctionProblemsNow());
        result.addAll(state.newsNow());
        return result;
    }

    public List<Path> inputs() {
        return inputs;
    }

    /** The folder the corrections are stored in. */
    public Path storeDir() {
        return sync.dir();
    }

    /** A finder over the cable as corrected, sharing the cable's tokens. */
    public TextFinder finder(int cable) {
        CableState state = loader.read(cable);
        return new TextFinder(state.current(), state.tokens());
    }

    /**
     * The entity a text selection stands for: the one with exactly the selection's range, or else with the
     * range the selection takes once snapped to whole tokens (as {@link #add} would tag it): a find match, a
     * double-clicked word or a drag over an entity's text. Empty when no entity has that range.
     */
    public java.util.Optional<Span> entityAt(int cable, int start, int end) {
        CableState state = loader.read(cable);
        Document document = state.current();
        if (start < 0 || end <= start || end > document.text().length()) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Span> exact = document.spans().atRange(start, end);
        if (exact.isPresent()) {
            return exact; // an entity off the token boundaries (as the machine tagged it) is found as it is
        }
        int[] snapped = state.tokens().snap(start, end);
        return snapped == null ? java.util.Optional.empty() : document.spans().atRange(snapped[0], snapped[1]);
    }

    public List<TextMatch> find(int cable, String query, boolean ignoreCase, boolean wholeTokens) {
        return finder(cable).findAll(query, ignoreCase, wholeTokens);
    }

    // ---------------------------------------------------------------- where the analyst left off

    /**
     * Where the analyst left off in these same cables (opened the same way or another: a folder or its
     * files, in any order), found in the store; empty on a first open. A position file that cannot be read
     * is named in {@link #problems()}.
     */
    public java.util.Optional<Position> lastPosition() {
        if (!loader.isListed()) {
            throw new IllegalStateException("where the analyst left off is known once the corpus is listed");
        }
        return positions.last();
    }

    /**
     * Whether a place where the analyst left off may be stored for these cables: false on a first use of
     * the store, so the window need not wait for the whole corpus to be listed to know it starts afresh.
     */
    public boolean mayHaveLastPosition() {
        return positions.mayHaveStored();
    }

    /** Remembers where the analyst is (written soon on a thread of its own, and at the latest by {@link #close()}). */
    public void rememberPosition(int cable, Span entity) {
        if (!closed) {
            positions.remember(cable, entity);
        }
    }

    // ---------------------------------------------------------------- review status

    public ReviewStatus status(int cable) {
        return loader.cable(cable).status();
    }

    /** Marks a cable, as {@link #setStatus(int, ReviewStatus, Span)} with no entity selected. */
    public void setStatus(int cable, ReviewStatus status) {
        setStatus(cable, status, null);
    }

    /**
     * Marks a cable reviewed, back in progress or new, as one step of the undo history (saved at once, like
     * an edit): Ctrl+Z takes back exactly the last thing done, a mark or an edit, and each undo restores the
     * status from before its step. {@code selected} is the entity the analyst had selected, selected again
     * when the mark is undone or redone (may be null). A cable that has the status already is left alone.
     */
    public void setStatus(int cable, ReviewStatus status, Span selected) {
        requireOpen();
        if (status == null) {
            throw new IllegalArgumentException("a review status is required");
        }
        edits.mark(cable, status, selected);
    }

    /** The first cable after {@code afterCable} not yet reviewed, wrapping round; empty when all are. */
    public OptionalInt nextUnreviewed(int afterCable) {
        int size = loader.size();
        for (int step = 1; step <= size; step++) {
            int candidate = Math.floorMod(afterCable + step, size);
            if (candidate != afterCable && loader.cable(candidate).status() != ReviewStatus.REVIEWED) {
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
        requireOpen();
        return edits.relabel(cable, span, label);
    }

    /** Takes the tag away; the text stays. */
    public Selection delete(int cable, Span span) {
        requireOpen();
        return edits.delete(cable, span);
    }

    /** Tags the selection, snapped outwards to whole tokens; a caret inside a word tags that word. */
    public Selection add(int cable, int start, int end, Label label) {
        requireOpen();
        return edits.add(cable, start, end, label);
    }

    public Selection growStart(int cable, Span span) {
        requireOpen();
        return edits.growStart(cable, span);
    }

    public Selection shrinkStart(int cable, Span span) {
        requireOpen();
        return edits.shrinkStart(cable, span);
    }

    public Selection growEnd(int cable, Span span) {
        requireOpen();
        return edits.growEnd(cable, span);
    }

    public Selection shrinkEnd(int cable, Span span) {
        requireOpen();
        return edits.shrinkEnd(cable, span);
    }

    /** Splits at a word boundary inside the span; both parts keep the label. Selects the first part. */
    public Selection split(int cable, Span span, int at) {
        requireOpen();
        return edits.split(cable, span, at);
    }

    /** Merges two neighbouring entities (only whitespace between); the first one's label wins. */
    public Selection merge(int cable, Span first, Span second) {
        requireOpen();
        return edits.merge(cable, first, second);
    }

    /**
     * Relabel (or tag, when untagged) every whole-token occurrence of span's text, one undoable step.
     * {@code span} may be an entity or any selection (snapped to whole tokens, like {@link #add}); its
     * label is ignored. Matching is exact (case-sensitive). Occurrences where a new tag would cross an
     * existing entity are left alone and counted in the description. CORPUS reads every cable first.
     */
    public Selection applyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireOpen();
        return edits.applyToAll(cable, span, label, scope);
    }

    /**
     * What {@link #applyToAll} would change, without changing it, for a preview: every occurrence (whole
     * tokens, and inside longer words), each flagged when the analyst should choose it on purpose (see
     * {@link Occurrence#doubtful()}). Throws EditRejectedException when nothing would change.
     */
    public OccurrencePlan planApplyToAll(int cable, Span span, Label label, OccurrenceScope scope) {
        requireOpen();
        return edits.planApplyToAll(cable, span, label, scope);
    }

    /**
     * A corpus-wide plan over places found elsewhere (the consistency index): each gets {@code label}, or
     * loses its tag when {@code label} is null; previewed and applied like {@link #planApplyToAll}, one
     * undoable step with {@link #applyOccurrences}.
     */
    public OccurrencePlan planAt(String needle, Label label, List<OccurrenceTarget> places) {
        requireOpen();
        return edits.planAt(needle, label, places);
    }

    /**
     * Does the chosen occurrences of a plan as one undoable step. Refused when anything was edited, undone
     * or redone since the plan was made, or when nothing is chosen.
     */
    public Selection applyOccurrences(OccurrencePlan plan, List<Occurrence> chosen) {
        requireOpen();
        return edits.applyOccurrences(plan, chosen);
    }

    /**
     * Deletes every entity with the text and label of {@code span} (an entity of {@code cable}), in this
     * cable or the corpus, as one undoable step; described "Delete 7 × S (ORG) in this cable".
     */
    public Selection deleteOccurrences(int cable, Span span, OccurrenceScope scope) {
        requireOpen();
        return edits.deleteOccurrences(cable, span, scope);
    }

    /** Deletes these entities of one cable as one undoable step. */
    public Selection deleteSpans(int cable, List<Span> spans) {
        requireOpen();
        return edits.deleteSpans(cable, spans);
    }

    /** Gives these entities of one cable one label, as one undoable step. */
    public Selection relabelSpans(int cable, List<Span> spans, Label label) {
        requireOpen();
        return edits.relabelSpans(cable, spans, label);
    }

    /** Adds these entities (accepted suggestions), in one or more cables, as one undoable step. */
    public Selection addSpans(java.util.Map<Integer, List<Span>> spans, String description) {
        requireOpen();
        return edits.addSpans(spans, description);
    }

    /** Does a step that changes no span (a rejected suggestion) and records it in the undo history. */
    public Selection record(UndoableStep step) {
        requireOpen();
        return edits.record(step);
    }

    public boolean canUndo() {
        return edits.canUndo();
    }

    public boolean canRedo() {
        return edits.canRedo();
    }

    /** Takes back the last edit and returns what to select. Throws IllegalStateException when there is none. */
    public Selection undo() {
        requireOpen();
        return edits.undo();
    }

    /** Does the last undone edit again and returns what to select. Throws IllegalStateException when there is none. */
    public Selection redo() {
        requireOpen();
        return edits.redo();
    }

    /** What undo would take back, e.g. "Relabel “Erbil” as LOC"; empty when nothing. */
    public String undoDescription() {
        return edits.undoDescription();
    }

    public String redoDescription() {
        return edits.redoDescription();
    }

    /** What the last edit did besides its spans (a reviewed cable put back in progress); empty when nothing. */
    public String lastEditNote() {
        return edits.lastNote();
    }

    /** Advances with every edit, undo and redo. */
    public long revision() {
        return edits.revision();
    }

    // ---------------------------------------------------------------- saving

    /**
     * Writes, on the store's thread, the corrections reading put back whole and found must be stored anew
     * (re-applied after the cable's file changed, found again after it moved), as an edit's are: so the window
     * does not stay "unsaved" until the analyst thinks of saving. Corrections that could not all be put back
     * wait for the next save or edit, as the problems that name them say (the commands count them until then).
     * Call from the thread that owns the workspace.
     */
    public void writeReappliedCorrections() {
        sync.writeRewrites();
    }

    /**
     * How many cables wait to be stored anew only because reading could not put all their corrections back
     * (0 once an edit or a save is pending too: then those are what is unsaved).
     */
    public int unsavedPartlyReapplied() {
        return sync.unsavedPartlyReapplied();
    }

    /** Edits or statuses not yet on disk (only after a failed write: edits are saved as they happen). */
    public boolean isDirty() {
        return sync.isDirty();
    }

    /**
     * From now on, edits are written to the store by a background thread (the window's choice: a key press
     * must not wait for the disk). {@link #save()} and {@link #close()} still return only once all is on disk.
     */
    public void saveInBackground() {
        sync.saveInBackground();
    }

    /** As {@link #saveInBackground()}, with the writes run by {@code writerThread}: the seam tests use to see them. */
    void saveInBackground(Executor writerThread) {
        sync.saveInBackground(writerThread);
    }

    /**
     * How the file of {@code cable} changed on disk since the cable was read ({@code changed on disk (1200 bytes
     * then, 1300 now)}, {@code removed}, …), or null: unchanged, not read yet, or a document of a dataset file.
     * Asks the file system once; call when the analyst may have changed it (the window regains the focus).
     */
    public String changeOnDisk(int cable) {
        requireOpen();
        return loader.cable(cable).changeOnDisk();
    }

    /**
     * What {@link #readAgain} did: whether the text changed, how many undo steps went with the old text, and how
     * many corrections could not be put back on the new text (named in the problems, kept in a copy).
     */
    public record ReadAgain(boolean textChanged, int stepsForgotten, int notPutBack) { }

    /**
     * Reads the cable again from its file as it is now, keeping its corrections: they are handed to the store
     * first (never lost: a write that waits or fails is what the cable is read again with), then put back on the
     * new text by the route of every cable read again after its file changed (found by their text; those that
     * cannot be placed are named, and kept in a copy). When the text changed, the undo steps made on the old text
     * are forgotten (see {@link EditHistory#forget}). Listeners hear of the cable. A document of a dataset file is
     * refused: its file holds other documents, read again only by opening the file again.
     */
    public ReadAgain readAgain(int cable) {
        requireOpen();
        CableState state = loader.cable(cable);
        if (state.entry.isRead()) {
            throw new EditRejectedException(state.shown + " is a document of a dataset file: open the file again"
                    + " (File ▸ Open) to read it again.");
        }
        if (!Files.isReadable(state.entry.file())) {
            throw new EditRejectedException(state.shown + " cannot be read now (removed, or no longer readable): the cable"
                    + " stays as it was read, with its corrections.");
        }
        String before = loader.read(cable).current().text();
        loader.withParsed(cable, sync::flushNow); // on its way to the disk: read again with it, written or not
        CableState read = loader.readAgain(cable);
        boolean changed = !read.current().text().equals(before);
        int forgotten = changed ? edits.forgetSteps(cable) : 0;
        fire(new WorkspaceChange(java.util.Set.of(cable), List.of()));
        String notPlaced = read.shown + ": error: could not re-apply ";
        int notPutBack = (int) read.correctionProblemsNow().stream().filter(line -> line.startsWith(notPlaced)).count();
        return new ReadAgain(changed, forgotten, notPutBack);
    }

    /**
     * Writes whatever is not on disk yet. Throws a {@link StoreWriteException} naming the store and the reason
     * when it cannot be written; the edits stay here, unsaved, and a later save writes them once it can.
     */
    public void save() {
        sync.save();
    }

    /**
     * Why corrections of this session are not on disk (the store could not be written), with how many cables
     * wait; empty when all is saved or no write failed. The window asks it before it lets them go.
     */
    public java.util.Optional<StoreWriteFailure> saveFailure() {
        return sync.saveFailure();
    }

    /** The names of the cables whose corrections are not on disk yet, as their rows name them, in corpus order. */
    public List<String> unsavedCableNames() {
        List<String> names = new ArrayList<>();
        for (int cable : sync.unsavedCables()) {
            names.add(entry(cable).name());
        }
        return names;
    }

    public void addListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    private void fire(WorkspaceChange change) {
        for (WorkspaceListener listener : listeners) {
            listener.changed(change);
        }
    }

    /**
     * Flushes; the workspace cannot be edited afterwards. Never throws for a store that cannot be written: what
     * could not be saved is named among the problems and lost, so ask {@link #save} first to keep it.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        loader.close();
        StreamedListing streamed = listing;
        if (streamed != null) {
            streamed.carryOn(); // a listing held after its first batch goes on, finds the loader closed and stops
        }
        positions.close();
        sync.close();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the workspace is closed");
        }
    }
}
