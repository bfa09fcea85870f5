package cabletag.workspace;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * The cables of a session: listed first (names and review statuses), each read the first time it is
 * needed or by a background reader, and put back as the analyst corrected it through
 * {@link CorrectedDocuments}, the route the commands use too.
 */
final class CorpusLoader implements StoreSync.Cables {

    private static final String ENCODING_FALLBACK = "encoding-fallback";

    /** What reading a cable found out that the store must act on. */
    interface StoreNeeds {
        /**
         * The cable's stored file should be written anew; {@code replaced}, when not null, goes once it is.
         * {@code whole}: every stored correction was put back (only its fingerprint or place changed).
         */
        void rewrite(int cable, java.nio.file.Path replaced, boolean whole);
    }

    private final CorpusSource source;
    private final CorrectedDocuments corrections;
    /** The rejected suggestions follow each cable read, as its corrections do. */
    private final RejectionsFollowing rejections;
    /** Grows while the corpus is listed (a batch at a time, on the listing thread); read from any thread. */
    private final List<CableState> cables = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Each listed cable's stored corrections, looked up by name as it is listed; taken by its first read. */
    private final Map<Integer, CorrectionStore.Lookup> lookups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> indexByName = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether the whole corpus is listed; the background reader waits for more cables until it is. */
    private volatile boolean listed;
    /** Header strings shared between the cables' summaries (origins, days, classifications repeat). */
    private final Map<String, String> headerStrings = new java.util.concurrent.ConcurrentHashMap<>();
    private final Problems problems;
    private final StoreNeeds needs;
    /** Hears of a cable whose row a read changed (new problems, other counts), from whichever thread read it. */
    private final java.util.function.IntConsumer rowChanged;
    private volatile boolean closed;
    private ExecutorService reader;
    private volatile ParsedCables parsed = new ParsedCables(ParsedCables.DEFAULT_COUNT, ParsedCables.DEFAULT_BYTES);
    /** The store's side: which cables it needs parsed, what it has not written yet; set once the store part exists. */
    private volatile StoreSync storeSync;
    /** Keeps every cable's summary as it is read, for the next opening (null: none kept, as for the commands). */
    private volatile SummaryKeeper keeper;
    /** The shown cable (-1: none yet); it and its neighbours stay parsed. */
    private volatile int focus = -1;
    /** Test hook: how many times a cable was parsed (read from its file or entry). */
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger summarizedCount = new AtomicInteger();
    /** How many cables were taken from the kept summaries, unparsed (the start-up trace says it). */
    private final AtomicInteger fromKept = new AtomicInteger();
    /** Test hook: cables holding parsed documents now, and the most there ever were at once. */
    private final AtomicInteger parsedNow = new AtomicInteger();
    private final AtomicInteger parsedPeak = new AtomicInteger();

    private CorpusLoader(CorpusSource source, CorrectedDocuments corrections, Problems problems, StoreNeeds needs,
                         java.util.function.IntConsumer rowChanged) {
        this.source = source;
        this.corrections = corrections;
        this.rejections = new RejectionsFollowing(corrections);
        this.problems = problems;
        this.needs = needs;
        this.rowChanged = rowChanged;
    }

    /**
     * Lists the corpus and finds each cable's stored review status: names and statuses, no documents yet.
     * {@code rowChanged} hears of each cable whose row a read changed (see {@link #load}).
     */
    static CorpusLoader list(CorpusSource source, CorrectedDocuments corrections, Problems problems, StoreNeeds needs,
                             java.util.function.IntConsumer rowChanged) throws IOException {
        CorpusLoader loader = unlisted(source, corrections, problems, needs, rowChanged);
        loader.listAll(batch -> { });
        return loader;
    }

    /** A loader with no cables yet: {@link #listAll} lists them (on a thread of its own, for the window). */
    static CorpusLoader unlisted(CorpusSource source, CorrectedDocuments corrections, Problems problems, StoreNeeds needs,
                                 java.util.function.IntConsumer rowChanged) {
        return new CorpusLoader(source, corrections, problems, needs, rowChanged);
    }

    /**
     * Lists the corpus, adding its cables batch by batch in corpus order with their stored review statuses;
     * {@code listedBatch} hears after each batch how many cables there are. The listing's problems are
     * added once all is listed, in the order the listing gives them.
     */
    void listAll(java.util.function.IntConsumer listedBatch) {
        List<String> listingProblems = new ArrayList<>();
        try {
            source.list(listingProblems, entries -> {
                if (closed) {
                    throw new java.util.concurrent.CancellationException(); // the walk stops here
                }
                add(entries);
                listedBatch.accept(cables.size());
            });
        } catch (java.util.concurrent.CancellationException closedMeanwhile) {
            return; // closed while listing: never counts as listed (a part names another set of cables)
        }
        problems.addAll(listingProblems);
        synchronized (this) {
            listed = true;
            notifyAll();
        }
    }

    /** Waits until every cable is listed (or the loader is closed). */
    void awaitListing() throws InterruptedException {
        synchronized (this) {
            while (!listed && !closed) {
                wait();
            }
        }
    }

    /** Whether every cable of the corpus is listed. */
    boolean isListed() {
        return listed;
    }

    /** The inputs that gave no cable, one line each; complete once listed. */
    List<String> nothingRead() {
        return source.nothingRead();
    }

    private void add(List<CorpusSource.Entry> entries) {
        List<CableState> batch = new ArrayList<>(entries.size());
        for (CorpusSource.Entry entry : entries) {
            CableState cable = new CableState(cables.size() + batch.size(), entry);
            batch.add(cable);
            indexByName.putIfAbsent(cable.name, cable.index);
        }
        findStored(batch);
        synchronized (this) {
            cables.addAll(batch);
            notifyAll(); // the background reader may be waiting for more
        }
    }

    /** Statuses show in the list before any cable is read: one look-up by name per cable, in parallel. */
    private void findStored(List<CableState> batch) {
        if (corrections.isEmpty()) {
            return; // every look-up finds nothing: see lookupOf
        }
        batch.parallelStream().forEach(cable -> {
            CorrectionStore.Lookup lookup = corrections.lookup(cable.key());
            lookups.put(cable.index, lookup);
            if (lookup.correction() != null) {
                cable.status(lookup.correction().status());
            }
        });
    }

    /** The look-up made while listing, if not taken yet; with nothing stored, nothing to look up. */
    private CorrectionStore.Lookup lookupOf(int index) {
        return corrections.isEmpty() ? CorrectionStore.Lookup.NONE : lookups.get(index);
    }

    int size() {
        return cables.size();
    }

    List<CableState> cables() {
        return cables;
    }

    @Override
    public CableState cable(int index) {
        if (index < 0 || index >= cables.size()) {
            throw new IndexOutOfBoundsException("no cable " + index + " (the workspace has " + cables.size() + ")");
        }
        return cables.get(index);
    }

    OptionalInt indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** Bounds the parsed cables (the window's choice, and tests' with a tiny cache). */
    void boundParsed(int maxCount, long maxBytes) {
        parsed = new ParsedCables(maxCount, maxBytes);
    }

    void attach(StoreSync sync) {
        storeSync = sync;
    }

    /** From now on, every cable read (by any route) gives its summary to {@code summaries}. Call before reading. */
    void keepSummaries(SummaryKeeper summaries) {
        keeper = summaries;
    }

    private boolean storeKeeps(int index) {
        StoreSync sync = storeSync;
        return sync != null && sync.needsParsed(index);
    }

    @Override
    public void withParsed(int index, Consumer<CableState> use) {
        visit(index, cable -> {
            use.accept(cable);
            return null;
        });
    }

    /**
     * The cable, parsed (by whichever thread gets there first, again after it was let go) with its stored
     * corrections, and counted as in use: it stays parsed until {@link #trim} lets it go. Callers on the
     * owning thread may keep using it until they call {@link #trim}; other threads must not keep it.
     */
    CableState read(int index) {
        CableState cable = cable(index);
        synchronized (cable) {
            if (!cable.isRead()) {
                load(cable, null);
            }
            parsed.touch(index, cable.estimatedBytes());
        }
        return cable;
    }

    /**
     * Runs {@code use} on the parsed cable without counting it as in use: a cable that was not parsed
     * before is let go again afterwards (unless the store needs it), so a pass over the whole corpus holds
     * one cable at a time. {@code use} must not keep the cable's state, only what it takes from it.
     */
    <T> T visit(int index, java.util.function.Function<CableState, T> use) {
        return visit(index, null, use);
    }

    /** As {@link #visit(int, java.util.function.Function)}, with the file's stamp when the caller took it already. */
    private <T> T visit(int index, Stamp stamp, java.util.function.Function<CableState, T> use) {
        CableState cable = cable(index);
        synchronized (cable) {
            if (!cable.isRead()) {
                load(cable, stamp);
            }
            try {
                return use.apply(cable);
            } finally {
                if (!parsed.contains(index) && !storeNeeds(index)) {
                    unload(cable);
                }
            }
        }
    }

    /** A cable the store still needs stays parsed, counted in the cache so that trim lets it go once written. */
    private boolean storeNeeds(int index) {
        if (storeKeeps(index)) {
            parsed.touch(index, cable(index).estimatedBytes()); // counted, so trim lets it go once it is written
            return true;
        }
        return false;
    }

    /** Whether the cable counts as in use: shown, a neighbour of the shown one, or in the cache. */
    boolean isInUse(int index) {
        return Math.abs(index - focus) <= 1 || parsed.contains(index);
    }

    /** The cable now on screen: it and its neighbours stay parsed. */
    void focus(int index) {
        focus = index;
    }

    /**
     * Lets go of the least recently used cables until the cache is within its bound again, sparing the shown
     * cable, its neighbours and every cable the store still needs. Call only from the owning (UI) thread,
     * at a point where it holds no cable state: the states it let go are empty afterwards.
     */
    void trim() {
        if (!parsed.overBound()) {
            return;
        }
        for (int index : parsed.leastRecentFirst()) {
            if (!parsed.overBound()) {
                return;
            }
            if (Math.abs(index - focus) <= 1 || storeKeeps(index)) {
                continue;
            }
            CableState cable = cable(index);
            synchronized (cable) {
                if (parsed.contains(index) && !storeKeeps(index)) {
                    parsed.remove(index);
                    if (cable.isRead()) {
                        unload(cable);
                    }
                }
            }
        }
    }

    /**
     * Reads the cable again from its file, now, whether or not it was let go: its corrections are put back by the
     * route of a cable let go and read again ({@link #reload}: what the store holds, or what a write still queued
     * will store), and the listing's size and time become the file's now, so that an export no longer refuses
     * it as changed since listed. The caller has handed its unsaved corrections to the store first.
     */
    CableState readAgain(int index) {
        CableState cable = cable(index);
        synchronized (cable) {
            Stamp now = Stamp.of(cable.entry.file());
            if (now != null && cable.entry.handle() instanceof cabletag.formats.CorpusFile listed && listed.hasAttributes()) {
                CorpusSource.Entry was = cable.entry;
                cable.entry = new CorpusSource.Entry(was.name(), was.file(),
                        new cabletag.formats.CorpusFile(listed.path(), listed.name(), now.size(), now.modified(), now.identity()), was.document(), was.shown());
            }
            unload(cable);
            load(cable, now);
            parsed.touch(index, cable.estimatedBytes());
        }
        return cable;
    }

    private void unload(CableState cable) {
        if (!cable.isRead()) {
            return;
        }
        cable.unload();
        parsedNow.decrementAndGet();
    }

    /** Test hook: how many cables hold parsed documents now. */
    int parsedCount() {
        int count = 0;
        for (CableState cable : cables) {
            if (cable.isRead()) {
                count++;
            }
        }
        return count;
    }

    /** Test hook: the most cables that held parsed documents at once since listing. */
    int parsedPeak() {
        return parsedPeak.get();
    }

    /** Test hook: how many times a cable was parsed since listing. */
    int loadCount() {
        return loads.get();
    }

    /** Reads every cable not read yet, in parallel, keeping only their summaries; progress 0..1. */
    void readAll(DoubleConsumer progress) {
        DoubleConsumer report = progress == null ? fraction -> { } : progress;
        AtomicInteger done = new AtomicInteger();
        int total = cables.size();
        int step = Math.max(1, total / 100);
        IntStream.range(0, total).parallel().forEach(index -> {
            summarize(index);
            int finished = done.incrementAndGet();
            if (finished % step == 0 || finished == total) {
                synchronized (report) {
                    report.accept(finished / (double) total);
                }
            }
        });
    }

    /** Reads the cable once if it never was, for its summary (counts), and lets it go again unless in use. */
    boolean summarize(int index) {
        CableState cable = cable(index);
        if (cable.isSummarized()) {
            return false;
        }
        synchronized (cable) {
            if (cable.isSummarized()) {
                return false;
            }
            visit(index, state -> null);
            return true;
        }
    }

    /** How many cables were taken from the kept summaries without parsing them. */
    int fromKeptCount() {
        return fromKept.get();
    }

    /** How many cables were read (their summaries known), all of them once the background reader is done. */
    int readCount() {
        return summarizedCount.get();
    }

    /**
     * The cable's summary from {@code kept} when its file is unchanged (same size and modification time) and
     * the store holds nothing for it, else read once (and let go) as {@link #summarize(int)} does; either way
     * what was found is kept for the next opening (reading a cable keeps its summary, see {@link #load}), its
     * reading problems with it (an unclosed tag, an encoding fallback), so that the Problems pane lists them
     * without parsing the cable; only a file that could not be read at all is not kept ({@link CableSummaries#keeps}).
     */
    boolean summarize(int index, CableSummaries kept) {
        CableState cable = cable(index);
        if (kept == null || cable.entry.isRead()) {
            return summarize(index);
        }
        if (cable.isSummarized()) {
            return false; // read before the reader got here: its summary was kept as it was read
        }
        Stamp stamp = Stamp.of(cable.entry.file());
        if (stamp == null) {
            return summarize(index); // reading it says what is wrong
        }
        String path = cable.entry.file().toString();
        CableSummaries.Summary summary = kept.find(path, stamp.size(), stamp.modified(), stamp.identity());
        synchronized (cable) {
            if (cable.isSummarized()) {
                return false;
            }
            if (summary != null && nothingStored(index)) {
                cable.summarizeFromKept(summary.entities(), summary.problems(), summary.header());
                summarizedCount.incrementAndGet();
                fromKept.incrementAndGet();
                kept.put(path, summary);
                return true;
            }
            visit(index, stamp, state -> null);
            return true;
        }
    }

    /**
     * A file's size, modification time (milliseconds) and identity, taken before it is read: a change after that
     * leaves the kept summary with the older stamp, which the next opening finds does not fit.
     */
    private record Stamp(long size, long modified, long identity) {

        /** The file's stamp, or null when it cannot be had (reading the file names what is wrong). */
        static Stamp of(Path file) {
            try {
                java.nio.file.attribute.BasicFileAttributes attributes =
                        java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), cabletag.formats.CorpusFile.identityOf(attributes));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The stamp to keep the cable's summary with once it is read: none when no summaries are kept, or for a dataset's document. */
    private Stamp stampToKeep(CableState cable, Stamp known) {
        if (keeper == null || cable.entry.isRead()) {
            return null;
        }
        return known != null ? known : Stamp.of(cable.entry.file());
    }

    /** Keeps what reading the cable found for the next opening, whichever route read it. */
    private void keepSummary(CableState cable, Stamp stamp, Document document) {
        SummaryKeeper summaries = keeper;
        if (stamp == null || summaries == null || !CableSummaries.keeps(document.diagnostics())) {
            return;
        }
        summaries.found(cable.entry.file().toString(), new CableSummaries.Summary(stamp.size(), stamp.modified(), stamp.identity(),
                document.spans().size(), document.diagnostics(), cable.header()));
    }

    /** Nothing stored under the cable's key, and no moved corrections that could be its. */
    private boolean nothingStored(int index) {
        if (corrections.isEmpty()) {
            return true;
        }
        return lookupOf(index) == CorrectionStore.Lookup.NONE && !corrections.mayHoldMoved();
    }

    /**
     * The problems of each cable the session names beside the problems of no cable, cable by cable in corpus
     * order, added to {@code into}: the news of its file that concerns the whole corpus (see {@link
     * #isCorpusNews}) and the problems of putting its stored corrections back. Nothing is parsed for it.
     */
    void problemsOfCables(List<String> into) {
        for (CableState cable : cables) {
            for (Diagnostic diagnostic : cable.readProblems()) {
                if (isCorpusNews(diagnostic)) {
                    into.add(diagnostic.format(cable.shown));
                }
            }
            into.addAll(cable.correctionProblemsNow());
        }
    }

    /** The news of each cable's corrections (found again after a move, a copy kept), cable by cable in corpus order. */
    void newsOfCables(List<String> into) {
        for (CableState cable : cables) {
            into.addAll(cable.newsNow());
        }
    }

    /**
     * What an export of the cables names beside their documents' own diagnostics, cable by cable in corpus
     * order, added to {@code into}: the problems of their stored corrections (could not be read or put back),
     * as {@code cabletag export} names them. News (corrections found again after a move) is no problem there.
     */
    void problemsOfCablesForExport(List<String> into) {
        for (CableState cable : cables) {
            into.addAll(cable.correctionProblemsNow());
        }
    }

    /**
     * News of the whole corpus, what an export names too: a file that could not be read, one read in another
     * encoding than UTF-8, one with no text at all. The rest (unknown labels, tag syntax notes) is the cable's.
     */
    private static boolean isCorpusNews(Diagnostic diagnostic) {
        return diagnostic.severity() == Diagnostic.Severity.ERROR || diagnostic.code().equals(ENCODING_FALLBACK)
                || diagnostic.code().equals(cabletag.formats.inline.CableReader.EMPTY_FILE);
    }

    /**
     * Reads the rest in the background; each batch of read cables is handed to {@code readCables} via {@code
     * events}. With summaries kept ({@link #keepSummaries}), each unchanged cable's summary is taken from them
     * instead of reading it, and they are written as the reading goes on and once every cable is read.
     */
    void startReading(Executor events, Consumer<Set<Integer>> readCables) {
        if (closed) {
            return;
        }
        SummaryKeeper summaries = keeper;
        CableSummaries kept = summaries == null ? null : summaries.open();
        int threads = ListingChoices.readerThreads(); // one less than the processors, at least one
        reader = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cabletag-reader");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        AtomicInteger next = new AtomicInteger();
        AtomicInteger running = new AtomicInteger(threads);
        for (int t = 0; t < threads; t++) {
            reader.execute(() -> {
                Set<Integer> batch = new LinkedHashSet<>();
                long lastPost = System.nanoTime();
                int index;
                while (!closed && (index = next.getAndIncrement()) < awaitListed(index)) {
                    summarize(index, kept);
                    if (summaries != null) {
                        summaries.cableRead(); // a batch written when one is due
                    }
                    // told even when another thread read it first (the window's first cables, the suggestions'
                    // pass): nothing else tells the corpus list, and an unchanged row costs the list nothing
                    batch.add(index);
                    if (!batch.isEmpty() && (batch.size() >= 1000 || System.nanoTime() - lastPost > 200_000_000L)) {
                        post(events, batch, readCables);
                        batch = new LinkedHashSet<>();
                        lastPost = System.nanoTime();
                    }
                }
                if (!batch.isEmpty() && !closed) {
                    post(events, batch, readCables);
                }
                if (running.decrementAndGet() == 0 && !closed) {
                    if (summaries != null) {
                        summaries.allRead();
                    }
                    events.execute(() -> readCables.accept(Set.of())); // the last event: every cable is read
                }
            });
        }
        reader.shutdown();
    }

    /**
     * How many cables there are once cable {@code index} is listed or the listing is done (the reader is
     * ahead of the listing only on a corpus of very quick cables).
     */
    private int awaitListed(int index) {
        if (index < cables.size() || listed) {
            return cables.size();
        }
        synchronized (this) {
            while (index >= cables.size() && !listed && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return cables.size();
                }
            }
            return cables.size();
        }
    }

    private static void post(Executor events, Set<Integer> batch, Consumer<Set<Integer>> readCables) {
        Set<Integer> copy = Set.copyOf(batch);
        events.execute(() -> readCables.accept(copy));
    }

    /** Parses the cable; {@code stamp}: its file's, when the caller took it just before (else taken here). */
    private void load(CableState cable, Stamp stamp) {
        if (!cable.isSummarized()) {
            summarizedCount.incrementAndGet(); // counted as it starts: the state publishes it a moment later
        }
        loads.incrementAndGet();
        parsedPeak.accumulateAndGet(parsedNow.incrementAndGet(), Math::max);
        Stamp kept = stampToKeep(cable, stamp); // before reading: a change meanwhile is seen next time
        if (!cable.entry.isRead()) {
            Stamp read = kept != null ? kept : stamp != null ? stamp : Stamp.of(cable.entry.file());
            if (read != null) {
                cable.readAt(read.size(), read.modified()); // the text view tells when the file changes after this
            }
        }
        Document document = cable.entry.isRead() ? cable.entry.document() : source.read(cable.entry);
        if (cable.wasLoaded()) {
            reload(cable, document);
            keepSummary(cable, kept, document);
            return;
        }
        cable.setRead(document);
        cable.header(HeaderSummary.of(cabletag.core.CableHeader.of(document), headerStrings));
        CorrectionStore.Lookup listedLookup = lookupOf(cable.index);
        CorrectionStore.Lookup lookup = listedLookup != null ? listedLookup : corrections.lookup(cable.key());
        lookups.remove(cable.index); // read once; the cable holds it from now on
        CorrectedDocument corrected = corrections.correct(cable.entry.file(), cable.keyParts(), document, lookup, cable::sourceHash);
        if (corrected.stored() != null) {
            cable.status(corrected.status());
            if (corrected.stored().hasSpanChanges()) {
                cable.restore(corrected);
            }
        } else if (lookup.found()) {
            cable.status(ReviewStatus.NEW); // the listing showed the status of a file that is another document's
        }
        boolean told = tell(cable, corrected);
        told |= rejections.read(cable, corrected);
        cable.publish();
        giveToItsDocument(cable);
        // the first cable shown, one opened by a click, a pass's: each is summarized once, here, not by the reader
        keepSummary(cable, kept, document);
        if (told) {
            // read away from the screen, nothing else may tell its row now (the background reader only once it gets there)
            rowChanged.accept(cable.index);
        }
    }

    /**
     * When the cable's store file holds the corrections of a later document of its file (stored while both had one
     * id, see {@link SharedIdCorrections}), reads that document now, before this cable can be edited: its corrections
     * are then the session's, to be written under its own key, and this cable's first write, which replaces the
     * file under its key, takes nothing from it.
     */
    private void giveToItsDocument(CableState cable) {
        String owner = corrections.heldFor(cable.key());
        if (owner == null) {
            return;
        }
        for (CableState other : cables) {
            if (other != cable && other.entry.isRead() && other.entry.file().equals(cable.entry.file())
                    && other.entry.document().id().equals(owner)) {
                visit(other.index, state -> null); // its own lock: a document that got its id anew asks no other
                return;
            }
        }
    }

    /**
     * Reads a cable let go earlier again: the document with the corrections the store holds, which are the
     * session's own (a cable is let go only once everything is written, or with the snapshot its queued
     * write will store). Its file may have changed on disk meanwhile, so what putting the corrections back
     * finds is told as on a first read (what was told already is not told again), and its reading problems
     * are those of the file now: a problem fixed on disk is gone, a new one is there, even at the same count.
     */
    private void reload(CableState cable, Document document) {
        int entities = cable.entityCount();
        List<Diagnostic> readBefore = cable.readProblems();
        cable.setRead(document);
        cable.header(HeaderSummary.of(cabletag.core.CableHeader.of(document), headerStrings));
        StoreSync sync = storeSync;
        CorrectionStore.Lookup unwritten = sync == null ? null : sync.unwritten(cable.index);
        CorrectedDocument corrected = corrections.correct(cable.entry.file(), cable.keyParts(), document,
                unwritten != null ? unwritten : corrections.lookup(cable.key()), cable::sourceHash);
        cable.restore(corrected); // the status stays the session's: it may be newer than the store's file
        boolean told = tell(cable, corrected);
        told |= rejections.read(cable, corrected);
        cable.publish();
        // a pass or a corpus-wide edit reads let-go cables away from the screen: nothing else tells their rows
        if (told || entities != cable.entityCount() || !readBefore.equals(document.diagnostics())) {
            rowChanged.accept(cable.index);
        }
    }

    /**
     * Notes on the cable what putting its stored corrections back found, each thing once in the session: the
     * problems (the commands name the same) and the news of them (found again after a move or a change: the
     * analyst should see what happened to their work; the commands count only the problems). They are the
     * session's news of the analyst's work, so they stay when the cable is read again. Corrections that must
     * be written anew are marked so, a copy of them kept first when some could not be put back. Says whether
     * a note was added.
     */
    private boolean tell(CableState cable, CorrectedDocument corrected) {
        boolean told = false;
        for (String line : corrected.problems()) {
            told |= cable.tellProblem(line); // the commands name it too
        }
        for (String line : corrected.notes()) {
            told |= cable.tellNews(line); // news, no problem: the commands do not count it
        }
        if (corrected.rewrite()) {
            told |= keepCopyIfIncomplete(cable, corrected);
            Path stored = corrected.storedFile();
            // under another key: another place (a moved file), or another id (the one this document shared, kept by
            // the first document that gave it)
            boolean elsewhere = stored != null && corrected.stored().path() != null
                    && !corrected.stored().key().equals(cable.key());
            needs.rewrite(cable.index, elsewhere ? stored : null, corrected.problems().isEmpty());
        }
        return told;
    }

    /**
     * Corrections that could not all be put back are rewritten against the new source: keep them as they were
     * when putting them back began, whether they were read from their file or from a write still queued (a
     * cable let go before its write ran is read again with what that write will store, ADR 0010). Says
     * whether a note was told.
     */
    private boolean keepCopyIfIncomplete(CableState cable, CorrectedDocument corrected) {
        StoredCorrection stored = corrected.stored();
        if (corrected.problems().isEmpty() || stored == null || corrections.store() == null) {
            return false;
        }
        try {
            Path copy = corrections.store().keepCopy(stored, "before-reapply");
            return cable.tellNews(cable.shown + ": note: the corrections as they were are kept in " + copy + ".");
        } catch (IOException e) {
            Path file = stored.file() != null ? stored.file() : corrections.store().fileFor(stored);
            // a failure of the session, as a failed save is: a problem, and an export of the window names it
            return cable.tellProblem(cable.shown + ": error: could not keep a copy of the stored corrections (" + e.getMessage()
                    + "); they stay in " + file + " until the next edit of this cable.");
        }
    }

    /** The rejected suggestions of a cable read, where they are on it now. */
    RejectedPlaces rejectedIn(CableState cable) {
        return rejections.of(cable);
    }

    /** Stops the background reader (waits a little for it, so no read is half done). */
    void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        if (reader != null) {
            reader.shutdownNow();
            try {
                reader.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SummaryKeeper summaries = keeper;
        if (summaries != null) {
            summaries.close(); // what was read since the last batch, however far the reading got
        }
    }
}
