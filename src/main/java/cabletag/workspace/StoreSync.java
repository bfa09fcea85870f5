package cabletag.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.LongSupplier;

/**
 * Keeps the store in step with a session: which cables have changes not yet on disk, writing them
 * (here and now, or on the store's own thread for the window, ADR 0007), removing store files that a
 * newer one replaces, telling the analyst about failed writes and files moved aside, and the lock that
 * warns a second session on the same files.
 */
final class StoreSync {

    private static final int NO_CABLE = -1;

    /** The store-side view of one cable: what to write, or that it holds nothing worth a file. */
    interface Cables {
        CableState cable(int index);

        /** Runs {@code use} on the cable parsed (read again if it was let go), without keeping it parsed. */
        void withParsed(int index, java.util.function.Consumer<CableState> use);
    }

    private final CorrectionStore store;
    private final Cables cables;
    private final Problems problems;
    private final LongSupplier revision;
    /** Hears of a cable whose row a note changed (a store file moved aside), from the writer's thread. */
    private final java.util.function.IntConsumer rowChanged;
    // Written to by the background reader too (cables whose store file must be rewritten).
    private final Set<Integer> unsaved = new ConcurrentSkipListSet<>();
    /** Those of them that reading marked, not an edit, with every correction put back: written by {@link #writeRewrites}. */
    private final Set<Integer> rewrites = new ConcurrentSkipListSet<>();
    /** Those of them that reading marked with corrections it could not put back: left for a save or an edit. */
    private final Set<Integer> partlyReapplied = new ConcurrentSkipListSet<>();
    // Store files under an older key (a moved cable), by cable: deleted once that cable's current file is written.
    private final Map<Integer, Path> superseded = new ConcurrentHashMap<>();
    // What each cable's store file is to hold, from the moment it is handed to the writer until it is on disk
    // (empty: no file): a cable let go in between is read again with this, not with the file not yet written.
    private final Map<Integer, java.util.Optional<StoredCorrection>> unwritten = new ConcurrentHashMap<>();
    private volatile long savedRevision;
    /** Test hook: how many cable files were written (or deleted) so far. */
    private final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
    private volatile StoreWriter writer;
    private SessionLock lock;

    StoreSync(CorrectionStore store, Cables cables, Problems problems, LongSupplier revision,
              java.util.function.IntConsumer rowChanged) {
        this.store = store;
        this.cables = cables;
        this.problems = problems;
        this.revision = revision;
        this.rowChanged = rowChanged;
    }

    Path dir() {
        return store.dir();
    }

    /** Warns when another live session has overlapping inputs open. */
    void lock(List<String> inputs) {
        List<List<String>> others = new ArrayList<>();
        try {
            lock = SessionLock.acquire(store.dir(), inputs, others);
        } catch (IOException e) {
            problems.add("Could not lock the store " + store.dir() + " (" + e.getMessage() + "); edits are still saved.");
            return;
        }
        if (!others.isEmpty()) {
            problems.add("These files are open in another cabletag window or process too ("
                    + String.join(", ", others.get(0)) + "); edits made in both overwrite each other cable by cable."
                    + " Close one of them.");
        }
    }

    /**
     * Reading found the cable's store file must be written anew (its corrections re-applied to a changed file,
     * found again after a move); {@code replaced}, when given, is deleted once it is. When every correction
     * was put back ({@code whole}) it is written by {@link #writeRewrites} as an edit's write is, not left
     * waiting for a save the analyst may never make. Otherwise it waits for the next save or edit: writing
     * it drops the corrections that could not be put back (a copy is kept), which its problems name until then.
     */
    void markUnsaved(int cable, Path replaced, boolean whole) {
        if (replaced != null) {
            superseded.put(cable, replaced);
        }
        unsaved.add(cable);
        // after unsaved: whoever sees it here finds it unsaved until it is written
        (whole ? rewrites : partlyReapplied).add(cable);
    }

    /** How many cables are unsaved only as partly re-applied: 0 when an edit or a save waits too. */
    int unsavedPartlyReapplied() {
        if (savedRevision != revision.getAsLong()) {
            return 0;
        }
        int partly = 0;
        for (Integer cable : unsaved) {
            if (!partlyReapplied.contains(cable)) {
                return 0;
            }
            partly++;
        }
        return partly;
    }

    /**
     * Hands the writes reading asked for ({@link #markUnsaved(int, Path, boolean)}) to the store's thread, as an edit
     * does; a failure is reported and retried with the next write. Only once writes go through that thread
     * (the window; a headless session writes on {@link #save}), and only from the thread that owns the cables.
     */
    void writeRewrites() {
        if (writer == null) {
            return;
        }
        for (Integer index : new ArrayList<>(rewrites)) {
            rewrites.remove(index);
            if (unsaved.contains(index)) {
                cables.withParsed(index, this::flushNow);
            }
        }
    }

    void markUnsaved(int cable) {
        unsaved.add(cable);
    }

    /**
     * Whether the cable must stay parsed: it has changes not yet written (or a write queued or running,
     * or an old store file to delete). Once written, reading it again gives it back as it is.
     */
    boolean needsParsed(int cable) {
        return unsaved.contains(cable);
    }

    /**
     * What the store holds for the cable once the writes handed over are done, when that differs from the
     * disk now (a write still queued or failed); null when the disk has it.
     */
    CorrectionStore.Lookup unwritten(int cable) {
        java.util.Optional<StoredCorrection> stored = unwritten.get(cable);
        return stored == null ? null : new CorrectionStore.Lookup(stored.orElse(null), null, null);
    }

    boolean isDirty() {
        return !unsaved.isEmpty() || savedRevision != revision.getAsLong();
    }

    /** From now on writes go through the store's own thread; {@link #save()} still waits for them. */
    void saveInBackground() {
        if (writer == null) {
            writer = new StoreWriter();
        }
    }

    /** As {@link #saveInBackground()}, with the writes run by {@code writerThread} (tests run them by hand). */
    void saveInBackground(java.util.concurrent.Executor writerThread) {
        if (writer == null) {
            writer = new StoreWriter(writerThread);
        }
    }

    /** Writes whatever is not on disk yet. Throws UncheckedIOException when the store cannot be written. */
    void save() {
        try {
            if (writer != null) {
                writer.awaitIdle(); // what failed there is marked unsaved again, and retried here
            }
            flush(null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save corrections to " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Writes (or queues) every unsaved cable; a failure becomes a problem and is retried later. */
    void flushQuietly() {
        try {
            flush(writer);
        } catch (IOException e) {
            reportSaveFailure(e);
        }
    }

    private void reportSaveFailure(IOException e) {
        problems.addOnce("Could not save corrections to " + store.dir() + " (will retry with the next edit): " + e);
    }

    /** Writes every unsaved cable: here and now when {@code via} is null, else queued on it. */
    private void flush(StoreWriter via) throws IOException {
        for (Integer index : new ArrayList<>(unsaved)) {
            IOException[] failed = new IOException[1];
            cables.withParsed(index, cable -> {
                try {
                    flush(via, cable);
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
        savedRevision = revision.getAsLong();
    }

    /**
     * Writes (or queues) this one parsed cable now, if unsaved: a corpus-wide edit does so cable by cable,
     * so that each can be let go before the next is read. A failure is reported and retried later.
     */
    void flushNow(CableState cable) {
        try {
            flush(writer, cable);
        } catch (IOException e) {
            reportSaveFailure(e);
        }
    }

    private void flush(StoreWriter via, CableState cable) throws IOException {
        int index = cable.index;
        if (!unsaved.remove(index)) {
            return;
        }
        partlyReapplied.remove(index); // written now, whatever put it here
        try {
            movedAside(cable, store.moveAsideIfUnreadable(cable.key()));
        } catch (IOException e) {
            notSaved(index);
            throw e; // never written over: the write waits until the file can be moved aside
        }
        StoreAction action;
        java.util.Optional<StoredCorrection> content;
        if (cable.isWorthStoring()) {
            StoredCorrection snapshot = cable.toStored();
            content = java.util.Optional.of(snapshot);
            action = () -> movedAside(cable, store.write(snapshot));
        } else {
            String key = cable.key();
            content = java.util.Optional.empty();
            action = () -> movedAside(cable, store.delete(key));
        }
        unwritten.put(index, content);
        write(via, index, () -> {
            writes.incrementAndGet();
            action.run();
            // on disk now without the corrections that could not be put back: the window stops counting them, as the commands do
            if (cable.notReappliedLeftOut()) {
                rowChanged.accept(index);
            }
            unwritten.remove(index, content); // a newer one waiting stays
            // taken only once the new file is written: a queued write that a newer one replaces
            // must not take the old file's deletion with it
            Path old = superseded.remove(index);
            if (old != null) {
                store.deleteFile(old);
            }
        });
    }

    private void movedAside(CableState cable, Path aside) {
        if (aside != null) {
            String note = cable.shown + ": note: its unreadable store file was moved aside to " + aside
                    + " before the new corrections were saved; nothing was written over it.";
            cable.storeFileMovedAside(aside, note); // the cable's: a copy kept, news; the Problems pane lists it under the cable as a note
            rowChanged.accept(cable.index);
        }
    }

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
        if (cable != NO_CABLE) {
            unsaved.add(cable);
        }
        savedRevision = -1;
    }

    /** Test hook: how many cable files were written (or deleted) so far. */
    int writeCount() {
        return writes.get();
    }

    /** Saves, stops the writer, releases the lock. */
    void close() {
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
}
