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
    /** Why the last write failed (the writer's thread sets it too); null once a save wrote everything. */
    private volatile StoreWriteFailure lastFailure;
    private SessionLock lock;
    /**
     * The lines said of a store that could not be written (found so on opening, a write that failed): taken off
     * the Problems pane once a save writes everything, since what they describe has ended.
     */
    private final Set<String> storeWriteLines = ConcurrentHashMap.newKeySet();
    /**
     * The cables a step flushed so far, written together when it ends (one set when more than one, ADR 0013);
     * null outside a step. Used by the thread that owns the cables only.
     */
    private Batch batch;
    private int stepDepth;

    /** One cable of a step: what its store file is to hold (empty: no file), and its key. */
    private record Member(CableState cable, String key, java.util.Optional<StoredCorrection> content) {
    }

    /** The cables of one step, by cable, each with its last content; {@code failed} once one could not be queued. */
    private static final class Batch {
        final String about;
        final Map<Integer, Member> members = new java.util.LinkedHashMap<>();
        boolean failed;

        Batch(String about) {
            this.about = about;
        }
    }

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

    /**
     * Says when the store cannot be written (every edit would fail to be saved, so the analyst hears it before
     * the first one), and warns when another live session has overlapping inputs open.
     */
    void lock(List<String> inputs) {
        java.util.Optional<String> notWritable = StoreWriteProbe.whyNot(store.dir());
        notWritable.ifPresent(reason -> {
            String line = "The corrections store " + store.dir() + " cannot be written: " + reason
                    + ". Edits are not saved until it can be: put its permissions right (or choose another CABLETAG_HOME), then save.";
            storeWriteLines.add(line);
            problems.add(line);
        });
        List<List<String>> others = new ArrayList<>();
        try {
            lock = SessionLock.acquire(store.dir(), inputs, others);
        } catch (IOException e) {
            if (notWritable.isEmpty()) { // else the line above says why, and what it means for the edits
                problems.add("Could not lock the store " + store.dir() + " (" + StoreWriteFailure.reasonOf(e) + "): edits are"
                        + " saved, but another window or process opening the same files is not warned.");
            }
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

    /**
     * Writes whatever is not on disk yet. When the store cannot be written, throws a {@link StoreWriteException}
     * that says why; the cables stay unsaved, the Problems pane lists it, and the next save or edit tries again.
     */
    void save() {
        try {
            if (writer != null) {
                writer.awaitIdle(); // what failed there is marked unsaved again, and retried here
            }
            flush(null);
            lastFailure = null;
            problems.removeAll(storeWriteLines); // the store took every edit: what they said is over
            storeWriteLines.clear();
        } catch (IOException e) {
            throw new StoreWriteException(failed(e), e);
        }
    }

    /** Why the last write failed, while what it was to write is still unsaved; empty once all is on disk. */
    java.util.Optional<StoreWriteFailure> saveFailure() {
        StoreWriteFailure last = lastFailure;
        if (last == null || !isDirty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StoreWriteFailure(last.store(), last.reason(), Math.max(1, unsaved.size())));
    }

    /** The cables whose corrections are not on disk yet, in corpus order (the window names them before it lets them go). */
    List<Integer> unsavedCables() {
        return List.copyOf(unsaved);
    }

    /** Writes (or queues) every unsaved cable; a failure becomes a problem and is retried later. */
    void flushQuietly() {
        try {
            flush(writer);
        } catch (IOException e) {
            failed(e);
        }
    }

    /** A write failed: said in the Problems pane (once, however many edits fail alike) and kept for the window to ask. */
    private StoreWriteFailure failed(IOException e) {
        StoreWriteFailure failure = StoreWriteFailure.of(store.dir(), e, unsaved.size());
        lastFailure = failure;
        storeWriteLines.add(failure.problem());
        problems.addUnlessListed(failure.problem());
        return failure;
    }

    /** Writes every unsaved cable, as one set when they are several: here and now when {@code via} is null, else queued on it. */
    private void flush(StoreWriter via) throws IOException {
        beginStep("the corrections not saved yet");
        boolean queued = false;
        try {
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
            queued = true;
        } finally {
            if (!queued && batch != null) {
                batch.failed = true;
            }
            endStep(via);
        }
        savedRevision = revision.getAsLong();
    }

    /**
     * From now until {@link #endStep}, what is flushed waits to be written with the rest of the step: a step over
     * many cables is written as one set, so that a crash leaves every one of them with it or none. Steps nest (a
     * step's own flush is part of it).
     */
    void beginStep(String about) {
        if (stepDepth++ == 0) {
            batch = new Batch(about);
        }
    }

    /**
     * Ends a step begun by {@link #beginStep}: writes (or queues) what it flushed, one cable as always, several as
     * one set. A failure is reported and retried with the next edit or save, as every write's.
     */
    void endStepQuietly() {
        try {
            endStep(writer);
        } catch (IOException e) {
            failed(e);
        }
    }

    private void endStep(StoreWriter via) throws IOException {
        if (stepDepth == 0 || --stepDepth > 0) {
            return; // ended already (a step ends before its listeners hear of it), or nested
        }
        Batch ended = batch;
        batch = null;
        if (ended == null || ended.members.isEmpty()) {
            return;
        }
        if (ended.failed) {
            // a cable of it could not be queued (its unreadable file not moved aside): none of the step is written
            // now, so that it is never written in part; every one of them is written again with the next write
            for (Member member : ended.members.values()) {
                notSaved(member.cable().index);
            }
            return;
        }
        if (ended.members.size() == 1) {
            Member only = ended.members.values().iterator().next();
            writeOne(via, only);
            return;
        }
        writeSet(via, ended);
    }

    /**
     * Writes (or queues) this one parsed cable now, if unsaved: a corpus-wide edit does so cable by cable,
     * so that each can be let go before the next is read. A failure is reported and retried later.
     */
    void flushNow(CableState cable) {
        try {
            flush(writer, cable);
        } catch (IOException e) {
            failed(e);
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
            if (batch != null) {
                batch.failed = true; // the step is written whole or not at all
            }
            throw e; // never written over: the write waits until the file can be moved aside
        }
        java.util.Optional<StoredCorrection> content = cable.isWorthStoring()
                ? java.util.Optional.of(cable.toStored()) : java.util.Optional.empty();
        unwritten.put(index, content);
        Member member = new Member(cable, cable.key(), content);
        if (batch != null) {
            batch.members.remove(index); // flushed again in the step (a status it set back): in its last place
            batch.members.put(index, member);
            return;
        }
        writeOne(via, member);
    }

    /** Writes (or queues) one cable's store file, as every edit of one cable is written. */
    private void writeOne(StoreWriter via, Member member) throws IOException {
        CableState cable = member.cable();
        int index = cable.index;
        java.util.Optional<StoredCorrection> content = member.content();
        write(via, index, () -> {
            writes.incrementAndGet();
            written(member, content.isPresent() ? store.write(content.get()) : store.delete(member.key()));
            // taken only once the new file is written: a queued write that a newer one replaces
            // must not take the old file's deletion with it
            Path old = superseded.remove(index);
            if (old != null) {
                store.deleteFile(old);
            }
        });
    }

    /** Writes (or queues) the cables of a step as one set: a crash, a full disk or a failure leaves all or none. */
    private void writeSet(StoreWriter via, Batch step) throws IOException {
        List<Member> members = List.copyOf(step.members.values());
        String about = "a step over " + cabletag.core.text.Counted.of(members.size(), "cable", "cables") + (step.about == null ? "" : " (" + step.about + ")");
        StoreAction action = () -> {
            List<CorrectionStore.SetMember> parts = new ArrayList<>();
            List<Path> olds = new ArrayList<>();
            for (Member member : members) {
                Path old = superseded.get(member.cable().index); // taken once the set is written
                olds.add(old);
                parts.add(new CorrectionStore.SetMember(member.key(), member.content().orElse(null), old));
            }
            List<Path> aside = store.writeSet(parts, about);
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                int index = member.cable().index;
                writes.incrementAndGet();
                written(member, aside.get(i));
                if (olds.get(i) != null) {
                    superseded.remove(index, olds.get(i));
                }
            }
        };
        if (via == null) {
            try {
                action.run();
            } catch (IOException e) {
                members.forEach(member -> notSaved(member.cable().index));
                throw e;
            }
            return;
        }
        List<Integer> indices = members.stream().map(member -> member.cable().index).toList();
        via.submitSet(indices, () -> {
            try {
                action.run();
            } catch (IOException e) {
                members.forEach(member -> notSaved(member.cable().index));
                failed(e);
                indices.forEach(rowChanged::accept); // the window's save state follows now, not at the next edit
            }
        });
    }

    /**
     * What follows a cable's store file written (or deleted), alone or in a set: the unreadable file moved aside
     * ({@code aside}, or null) said, the corrections that could not be put back no longer counted (on disk now
     * without them, the window stops counting them, as the commands do), and this content no longer unwritten.
     */
    private void written(Member member, Path aside) {
        CableState cable = member.cable();
        movedAside(cable, aside);
        if (cable.notReappliedLeftOut()) {
            rowChanged.accept(cable.index);
        }
        unwritten.remove(cable.index, member.content()); // a newer one waiting stays
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
                failed(e);
                // the window's save state said "All saved" once the write was handed over: it follows now (its row's
                // news is told on the window's thread), where it waited for the next edit, 30 s and more (found from outside)
                rowChanged.accept(cable);
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

    /**
     * Saves, stops the writer, releases the lock. Never throws: a store that cannot be written leaves the
     * corrections not saved, and a line says so. The window asks before it closes ({@link #saveFailure}).
     */
    void close() {
        try {
            save();
        } catch (StoreWriteException e) {
            problems.add("Closed without saving: " + e.failure().lowered());
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
