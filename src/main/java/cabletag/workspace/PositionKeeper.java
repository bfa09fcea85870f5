package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps where the analyst is in a session in the {@link PositionStore}: finds it again on opening (the
 * cable by its file's real path and its document's id, the entity by its offsets, else by its label and text
 * nearest to where it was), and writes it as it changes, on a thread of its own so a key press never waits
 * for the disk; only the latest position is written, and closing writes what is still pending.
 */
final class PositionKeeper {

    private final PositionStore store;
    private final CorpusLoader loader;
    private final Problems problems;
    private final CableSetKey names = new CableSetKey();
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private String setKey;
    private ExecutorService writer;
    private boolean closed;

    /** {@code store} null: positions are not kept. */
    PositionKeeper(PositionStore store, CorpusLoader loader, Problems problems) {
        this.store = store;
        this.loader = loader;
        this.problems = problems;
    }

    /** The key of the session's set of cables, worked out once. */
    synchronized String setKey() {
        if (setKey == null) {
            List<Path> files = new ArrayList<>(loader.size());
            for (CableState cable : loader.cables()) {
                files.add(cable.entry.file());
            }
            setKey = names.keyOf(files);
        }
        return setKey;
    }

    /** Whether any position is stored at all (false: a first open, nothing to find). */
    boolean mayHaveStored() {
        return store != null && !store.isEmpty();
    }

    /**
     * The whole corpus is listed now: a position remembered while it was being listed is written (its file
     * is named by the set of all the cables, so it could not be before).
     */
    void listed() {
        if (pending.get() != null) {
            synchronized (this) {
                if (!closed && writer != null) {
                    writer.execute(this::writePending);
                }
            }
        }
    }

    /** Where the analyst left off in these cables; empty on a first open, or when the cable is gone. */
    Optional<Position> last() {
        if (store == null || loader.size() == 0) {
            return Optional.empty();
        }
        Optional<PositionStore.Stored> stored;
        try {
            stored = store.load(setKey());
        } catch (PositionStore.Damaged e) {
            problems.add("Where you left off could not be read: " + e.getMessage()
                    + ". The window starts at the first cable with entities or problems; the file is written anew when you move.");
            return Optional.empty();
        } catch (IOException e) {
            problems.add("Where you left off could not be read from " + store.fileOf(setKey()) + ": " + e.getMessage());
            return Optional.empty();
        }
        return stored.flatMap(this::find);
    }

    private Optional<Position> find(PositionStore.Stored stored) {
        return cableOf(stored).map(cable -> new Position(cable.index, entityIn(loader.read(cable.index).current(), stored)));
    }

    /**
     * The cable left off: the one of the stored real path, and of the stored document id (a dataset file holds
     * many documents, each its own cable). Not by its name under its input first: that name depends on how the
     * set was opened ({@code c.txt} opened as its folder, {@code in2/c.txt} as the folder's parent), while the
     * set's key does not, so the same cables opened another way found the key and missed the cable. By its
     * name (and id) only when no cable of the set has that path: the key names the set by the same paths, so
     * that is a position file written otherwise (by hand), and its name is all there is to go by. A cable of
     * the stored path whose document is gone is none: another file's document of that name is not it.
     */
    private Optional<CableState> cableOf(PositionStore.Stored stored) {
        boolean pathInSet = false;
        CableState byName = null;
        for (CableState cable : loader.cables()) {
            if (names.pathOf(cable.entry.file()).equals(stored.path())) {
                pathInSet = true;
                if (isDocument(cable, stored)) {
                    return Optional.of(cable);
                }
            } else if (byName == null && cable.name.equals(stored.name()) && isDocument(cable, stored)) {
                byName = cable;
            }
        }
        return pathInSet ? Optional.empty() : Optional.ofNullable(byName);
    }

    /** Whether the cable is the stored document of its file; a file written with no id names its first. */
    private static boolean isDocument(CableState cable, PositionStore.Stored stored) {
        return stored.id() == null || stored.id().equals(cable.id());
    }

    /**
     * The stored entity where it was; else (the file changed) the same occurrence of its label and text,
     * else the one of them nearest to where it was; else none.
     */
    private static Span entityIn(Document document, PositionStore.Stored stored) {
        Span wanted = stored.entity();
        if (wanted == null) {
            return null;
        }
        if (document.spans().contains(wanted) && document.textOf(wanted).equals(stored.entityText())) {
            return wanted;
        }
        List<Span> alike = alike(document, wanted.label(), stored.entityText());
        if (stored.occurrence() < alike.size()) {
            return alike.get(stored.occurrence());
        }
        Span nearest = null;
        for (Span span : alike) {
            if (nearest == null || Math.abs(span.start() - wanted.start()) < Math.abs(nearest.start() - wanted.start())) {
                nearest = span;
            }
        }
        return nearest;
    }

    /** The entities with this label and text, in order. */
    private static List<Span> alike(Document document, cabletag.core.Label label, String text) {
        List<Span> alike = new ArrayList<>();
        for (Span span : document.spans()) {
            if (span.label().equals(label) && span.end() - span.start() == text.length() && document.textOf(span).equals(text)) {
                alike.add(span);
            }
        }
        return alike;
    }

    /** Remembers the position; written soon on the keeper's thread. */
    void remember(int cable, Span entity) {
        if (store == null) {
            return;
        }
        CableState state = loader.read(cable);
        Document document = state.current();
        Span kept = entity != null && entity.end() <= document.text().length() ? entity : null;
        pending.set(new Pending(names.pathOf(state.entry.file()), state.name, state.id(), document, kept));
        synchronized (this) {
            if (closed) {
                return;
            }
            if (writer == null) {
                writer = Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "cabletag-position");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        if (!loader.isListed()) {
            return; // kept pending: a part of the corpus would name another set of cables
        }
        Pending latest = pending.getAndSet(null);
        if (latest == null) {
            return; // an earlier run wrote it already
        }
        try {
            store.save(setKey(), latest.stored());
        } catch (IOException | RuntimeException e) {
            // the reason in words, and the folder to put right: the bare message of a refused write is only a path
            String why = e instanceof IOException io ? StoreWriteFailure.reasonOf(io) : e.getMessage();
            problems.addUnlessListed("Could not save where you left off to " + store.fileOf(setKey()) + ": " + why);
        }
    }

    /**
     * A position to write, as the analyst left it. Which occurrence of its text the entity is gets counted
     * here, on the keeper's thread: on the UI thread it was a pass over every entity of the cable (100,000 on
     * a 5 MB cable) at every selection. The document is immutable, so counting later gives the same answer.
     */
    private record Pending(String path, String name, String id, Document document, Span kept) {
        PositionStore.Stored stored() {
            String text = kept == null ? null : document.textOf(kept);
            int occurrence = kept == null ? 0 : Math.max(0, alike(document, kept.label(), text).indexOf(kept));
            return new PositionStore.Stored(path, name, id, kept, text, occurrence);
        }
    }

    /** Writes what is still pending and stops the thread. */
    void close() {
        ExecutorService running;
        synchronized (this) {
            closed = true;
            running = writer;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (store != null) {
            writePending();
        }
    }
}
