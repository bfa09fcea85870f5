package cabletag.formats.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces several outputs in one folder as one set: a split's {@code out.train.jsonl},
 * {@code out.dev.jsonl} and {@code out.test.jsonl}, hf's label file beside its data, a brat or inline
 * folder. After a crash or {@code kill -9} at any moment, or two exports racing to the same target, the
 * folder holds the complete old set or the complete new set, or the next output set begun in that
 * folder completes the new set before it does anything else.
 *
 * <p>How (ADR 0009):
 * <ol>
 *   <li>{@link #begin}: the new outputs are written into a staging folder beside the targets,
 *       {@code .cabletag-staging-ID/new/}. The staging folder holds {@code owner.lock}, locked for as
 *       long as its export runs, so a later run can tell a live staging folder from a dead one.</li>
 *   <li>{@link #commit}, under the folder's lock ({@code .cabletag-export.lock}, {@link FolderLock}):
 *       every staged file and folder is forced to disk; then the journal {@code .cabletag-export.journal}
 *       is written atomically, naming the staging folder and the entries. From this moment the new set is
 *       complete on disk and the commit is decided.</li>
 *   <li>The entries are renamed into place one by one (a file over the old file in one step; a folder
 *       after the old folder is set aside into {@code .cabletag-staging-ID/old/}), the folder is forced,
 *       the journal deleted, the staging folder removed.</li>
 *   <li>Recovery rolls forward: whoever next takes the folder's lock (the next {@link #begin} or
 *       {@link #commit} in that folder, or {@link #recover}) and finds a journal repeats step 3, which
 *       is idempotent: an entry whose staged copy is gone has been moved already. Staging folders whose
 *       owner is dead and that no journal names are incomplete and are deleted, by name.</li>
 * </ol>
 * Without a journal the old set is untouched; with one, the new set is complete in staging. So every
 * state a crash can leave reads as all old or, after recovery, all new.
 */
public final class OutputSet implements AutoCloseable {

    /**
     * The folder's lock file; it stays in the folder (deleting a lock file others may be waiting on would
     * let two holders in), empty and hidden, and every later export into the folder reuses it.
     */
    public static final String LOCK_FILE = FolderLock.FILE;
    static final String JOURNAL = ".cabletag-export.journal";
    static final String STAGING_PREFIX = ".cabletag-staging-";
    static final String OWNER_LOCK = "owner.lock";
    private static final String JOURNAL_HEADER = "cabletag output set, version 1";
    private static final Checkpoint NO_CHECKPOINT = point -> { };

    /** Called at each step of a commit; tests stop there to simulate a crash at that moment. */
    @FunctionalInterface
    interface Checkpoint {
        void reached(String point) throws IOException;
    }

    /** A check run under the folder's lock just before anything moves; it refuses by throwing. */
    @FunctionalInterface
    public interface Check {
        void run() throws IOException;
    }

    /**
     * Staging folders of live sets in this JVM. They are never probed with a second channel: closing any
     * channel of a file drops every POSIX lock this process holds on it, the owner's own lock included.
     */
    private static final java.util.Set<Path> OWNED_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path staging;
    /** Who gets what this set makes in its staging folder: the owner and group of {@link #folder}. */
    private final FolderOwner owner;
    private final FileChannel ownerChannel;
    private final FileLock ownerLock;
    private final Checkpoint checkpoint;
    private final List<String> keptBeforeJournal = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean journalWritten;
    private boolean committed;
    private boolean closed;

    private OutputSet(Path folder, Path staging, FolderOwner owner, FileChannel ownerChannel, FileLock ownerLock,
                      Checkpoint checkpoint) {
        this.folder = folder;
        this.staging = staging;
        this.owner = owner;
        this.ownerChannel = ownerChannel;
        this.ownerLock = ownerLock;
        this.checkpoint = checkpoint;
    }

    /**
     * Starts a new set of outputs in {@code folder}: first completes or clears what an interrupted export
     * left there (see {@link #notes()}), then creates this set's staging folder.
     */
    public static OutputSet begin(Path folder) throws IOException {
        return begin(folder, NO_CHECKPOINT);
    }

    /**
     * The folder's lock: the first file the set makes there. A folder that takes no file though its permissions
     * said yes ({@code /proc} as root, a read-only file system) is refused as the choice of target, named by the
     * folder, not by the lock file the user never named ({@link FolderRefusal}).
     */
    private static FolderLock lockOrRefuse(Path root) throws IOException {
        try {
            return FolderLock.acquire(root);
        } catch (IOException e) {
            // a lock file that is there and cannot be opened (another user's) is no folder that takes no file
            boolean made = Files.exists(root.resolve(FolderLock.FILE), LinkOption.NOFOLLOW_LINKS);
            OutputRefusedException refused = made ? null : FolderRefusal.of(root, e);
            throw refused != null ? refused : e;
        }
    }

    static OutputSet begin(Path folder, Checkpoint checkpoint) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        try (FolderLock lock = lockOrRefuse(root)) {
            List<String> recovered = recoverLocked(root);
            // Created under the folder's lock, together with its locked owner file, so that no other
            // run's clean-up can see it half made and take it for a dead one. Everything in it gets the
            // folder's owner and group where that may be given: an export run as root and killed here
            // leaves a staging folder that the folder's owner may remove, and any later export does.
            FolderOwner owner = FolderOwner.of(root);
            Path staging = createStaging(root);
            owner.give(staging);
            FileChannel channel = FileChannel.open(staging.resolve(OWNER_LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            OutputSet set;
            try {
                set = new OutputSet(root, staging, owner, channel, channel.lock(), checkpoint);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            OWNED_HERE.add(staging);
            try {
                owner.give(staging.resolve(OWNER_LOCK));
                owner.give(Files.createDirectory(staging.resolve("new")));
            } catch (IOException | RuntimeException e) {
                set.close();
                throw e;
            }
            set.notes.addAll(recovered);
            return set;
        }
    }

    /**
     * Completes an interrupted commit in {@code folder} and deletes staging folders whose export died;
     * returns one line for each thing it did, for the user.
     */
    public static List<String> recover(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (FolderLock lock = FolderLock.acquire(root)) {
            return recoverLocked(root);
        }
    }

    /** The folder the set's outputs go to. */
    public Path folder() {
        return folder;
    }

    /** What recovery did in this folder before this set began and before it committed. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /**
     * Where the new version of the entry {@code name} (a file or a folder directly in {@link #folder()})
     * is written before the commit; the caller creates it there.
     */
    public Path staged(String name) throws IOException {
        checkEntryName(name);
        return staging.resolve("new").resolve(name);
    }

    /**
     * Makes {@code staged}, a folder of the new outputs (at or below {@link #staged}), and the folders missing
     * on the way, each given the output folder's owner and group where they may be given; returns it.
     */
    public Path createFolders(Path staged) throws IOException {
        Path inside = checkStaged(staged);
        Path newOutputs = staging.resolve("new"); // made by begin
        List<Path> missing = new ArrayList<>();
        for (Path folder = inside; !folder.equals(newOutputs) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
                folder = folder.getParent()) {
            missing.add(folder);
        }
        for (int i = missing.size() - 1; i >= 0; i--) {
            Path made = missing.get(i);
            try {
                Files.createDirectory(made);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(made, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                continue; // made by another thread of this export, which gives it
            }
            owner.give(made);
            ExportMark.markFolder(made); // so the next export into the folder tells it from a folder of the user's
        }
        return staged;
    }

    /**
     * Opens {@code staged}, a new file of the new outputs (at or below {@link #staged}), for writing: made
     * now (a file already there is refused with {@link FileAlreadyExistsException}), in a folder made
     * already, and given the output folder's owner and group where they may be given.
     */
    public OutputStream create(Path staged) throws IOException {
        checkStaged(staged);
        OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            owner.give(staged);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return out;
    }

    private Path checkStaged(Path path) {
        Path inside = path.toAbsolutePath().normalize();
        if (!inside.startsWith(staging.resolve("new"))) {
            throw new IllegalArgumentException(path + " is not among the staged outputs in " + staging);
        }
        return inside;
    }

    /**
     * Moves the staged entries into {@link #folder()} as one set, replacing entries of the same names.
     * {@code check} runs first, under the lock, once the staged entries have the owner, group and permissions
     * of those they replace; when it throws, nothing moves.
     *
     * @throws IOException when the set cannot be committed; if moving had begun, the message says that the
     *                     next export into the folder completes it, and the staging folder is kept for that
     */
    /**
     * The lines naming what the commit's check kept of the user's (a copy {@code NAME.~N~}, a file brought into
     * a replaced folder), given by the check: they go into the journal, so that an export killed after it still
     * has them said, by the recovery, instead of leaving copies nobody named.
     */
    public void keptBeforeJournal(List<String> lines) {
        keptBeforeJournal.addAll(lines);
    }

    public void commit(List<String> entries, Check check) throws IOException {
        if (committed || closed) {
            throw new IllegalStateException("an output set commits once");
        }
        for (String name : entries) {
            if (!Files.exists(staged(name), LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("nothing was staged for " + folder.resolve(name));
            }
        }
        try (FolderLock lock = FolderLock.acquire(folder)) {
            // A journal left by a commit killed in this folder is finished first: there is one journal.
            for (String note : recoverLocked(folder)) {
                if (!notes.contains(note)) {
                    notes.add(note); // a leftover that could not be removed at the start is named once
                }
            }
            for (String name : entries) {
                ReplacedAttributes.carryOver(folder.resolve(name), staged(name)).ifPresent(notes::add);
            }
            // After the new entries have their owner: what the check keeps of the user's files in a replaced
            // folder keeps its own owner, not the folder's.
            check.run();
            forceTree(staging.resolve("new"));
            Durable.forceFolder(staging);
            checkpoint.reached("staged");
            writeJournal(entries);
            journalWritten = true;
            checkpoint.reached("journal written");
            try {
                rollForward(folder, staging, entries, owner, checkpoint);
                Files.delete(folder.resolve(JOURNAL));
                Durable.forceFolder(folder);
            } catch (IOException e) {
                throw new IOException("could not move every new file into " + folder + " ("
                        + e.getMessage() + "); the next export into this folder completes the move", e);
            }
            committed = true;
            checkpoint.reached("journal deleted");
        }
    }

    private void writeJournal(List<String> entries) throws IOException {
        StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
        text.append("staging ").append(staging.getFileName()).append('\n');
        for (String name : entries) {
            text.append("entry ").append(name).append('\n');
        }
        for (String line : keptBeforeJournal) {
            // encoded: a kept file's name may hold a line break
            text.append("kept ").append(Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.UTF_8))).append('\n');
        }
        AtomicFile.write(folder.resolve(JOURNAL), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Moves each staged entry that is still in staging into place; repeating it after a crash is safe. */
    private static void rollForward(Path folder, Path staging, List<String> entries, FolderOwner owner, Checkpoint checkpoint)
            throws IOException {
        for (String name : entries) {
            Path next = staging.resolve("new").resolve(name);
            Path target = folder.resolve(name);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                continue; // moved before the crash
            }
            if (Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // A rename cannot replace a folder that has files; the old one is set aside first.
                Path aside = staging.resolve("old").resolve(name);
                if (!Files.isDirectory(aside.getParent(), LinkOption.NOFOLLOW_LINKS)) {
                    owner.give(Files.createDirectory(aside.getParent()));
                }
                if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " reappeared after it was set aside; move it away and export again");
                }
                Durable.move(target, aside);
                checkpoint.reached("set aside " + name);
            }
            Durable.move(next, target);
            checkpoint.reached("moved " + name);
        }
        Durable.forceFolder(folder);
    }

    /**
     * Before an interrupted commit is completed, what the user changed since at a target it replaces is kept,
     * by the rule of the commit itself: its check ran before the journal, and the old outputs stayed in view
     * after the crash, to be edited, annotated, added to. A file that is no unchanged output of cabletag is
     * kept as {@code NAME.~N~} (unless the commit kept it already: a copy beside it is the same file); a
     * folder's user files come into the new folder ({@link ReplacedFolder#keepAfterInterruption}). An entry
     * moved before the crash is the new output already, and whatever was done to it since stays.
     */
    private static List<String> keepWhatChangedSince(Path folder, Path staging, List<String> entries) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String name : entries) {
            Path next = staging.resolve("new").resolve(name);
            Path target = folder.resolve(name);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
                kept.addAll(ReplacedFolder.keepAfterInterruption(target, next));
            } else if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && NumberedCopy.keptAlready(target).isEmpty()) {
                // The commit kept every target that was no unchanged output (then a copy is the same file): one
                // without a mark now was put there since, by a save that writes a new file (an editor saving by
                // rename, sed -i, cp over it), the user's edit of the output more often than not.
                ExportMark.keepUnlessUnchanged(target, ExportMark.WRITTEN_SINCE_INTERRUPTION).ifPresent(kept::add);
            }
        }
        return kept;
    }

    /** Runs with the folder's lock held. */
    private static List<String> recoverLocked(Path folder) throws IOException {
        List<String> notes = new ArrayList<>();
        Path journal = folder.resolve(JOURNAL);
        if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            Journal read = Journal.read(journal);
            Path staging = folder.resolve(read.staging());
            if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
                List<String> kept;
                try {
                    kept = keepWhatChangedSince(folder, staging, read.entries());
                    rollForward(folder, staging, read.entries(), FolderOwner.of(folder), NO_CHECKPOINT);
                } catch (IOException e) {
                    throw notCompleted(folder, journal, staging, e);
                }
                // what the interrupted export kept before its journal was never said (it died first): said now,
                // then what was written there since
                int said = read.kept().size() + kept.size();
                notes.add("completed an interrupted export in " + folder + ": " + String.join(", ", read.entries())
                        + " now hold" + (read.entries().size() == 1 ? "s" : "") + " its new output"
                        + (said == 0 ? "" : "; " + (read.kept().isEmpty() ? "what was written there since it was interrupted is kept first"
                        : kept.isEmpty() ? "what it had kept first was not said before it was interrupted"
                        : "what it had kept first, and what was written there since it was interrupted, is kept")
                        + ", as the next " + (said == 1 ? "note says" : said + " notes say")));
                for (String line : read.kept()) {
                    notes.add(line + " (before the export was interrupted)");
                }
                notes.addAll(kept);
            } else {
                notes.add("removed " + journal + ", whose staging folder " + staging + " is gone; "
                        + String.join(", ", read.entries()) + " are as that export left them");
            }
            Files.delete(journal);
            Durable.forceFolder(folder);
            try {
                FolderTree.delete(staging);
            } catch (IOException e) {
                notes.add(notRemoved(staging, e)); // every entry is in place: what is left is of no use
            }
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
            for (Path leftover : leftovers) {
                if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                    removeIfDead(leftover).ifPresent(notes::add);
                }
            }
        }
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + JOURNAL + ".*.tmp")) {
            for (Path temp : temps) {
                if (AtomicFile.isTemporaryOf(temp.getFileName().toString(), JOURNAL)) {
                    Files.deleteIfExists(temp);
                }
            }
        }
        return notes;
    }

    /**
     * Removes a staging folder whose export died, and says so. One that cannot be removed (another user's, made
     * by an older cabletag or by an export killed before it could give it away) or whose export cannot be told
     * dead is left as it is, named: it is never used again, since every set stages in a folder of its own, and
     * the export that found it goes on.
     */
    private static java.util.Optional<String> removeIfDead(Path leftover) {
        try {
            if (!ownerIsGone(leftover)) {
                return java.util.Optional.empty();
            }
        } catch (IOException e) {
            return java.util.Optional.of("left " + leftover + " as it is: whether the export writing it still runs cannot be"
                    + " told (" + IoReason.reason(e) + " on its " + OWNER_LOCK + "); if none runs, remove it" + belongsTo(leftover));
        }
        try {
            FolderTree.delete(leftover);
            return java.util.Optional.of("removed " + leftover + ", the staging folder an interrupted export left behind (its new output, unfinished, or the old one it had set aside)");
        } catch (IOException e) {
            return java.util.Optional.of(notRemoved(leftover, e));
        }
    }

    private static String notRemoved(Path leftover, IOException e) {
        return "could not remove " + leftover + ", the staging folder of an export that was interrupted ("
                + IoReason.reason(e) + "); it is left as it is and not used again: remove it" + belongsTo(leftover);
    }

    /** A journal whose staged entries cannot be moved into place now: nothing more may be done in the folder. */
    private static IOException notCompleted(Path folder, Path journal, Path staging, IOException e) {
        String file = e instanceof java.nio.file.FileSystemException failed && failed.getFile() != null
                ? ": " + failed.getFile() : "";
        return new IOException("an export interrupted in " + folder + " while it moved its new files into place cannot be"
                + " completed (" + IoReason.reason(e) + file + "); its journal " + journal.getFileName() + " and its files in "
                + staging + " are kept: export into the folder again as a user who may move them to complete it"
                + belongsTo(staging), e);
    }

    /** " (it belongs to root)", or nothing when that cannot be read. */
    private static String belongsTo(Path path) {
        try {
            return " (it belongs to " + Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName() + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /**
     * A staging folder whose owner file is unlocked (or missing) belongs to an export that died. The owner file
     * is probed for a shared lock through a channel opened for reading: an export's exclusive lock refuses it,
     * and a file someone else made and only they may write (root's, in a user's folder) is probed all the same.
     */
    private static boolean ownerIsGone(Path stagingFolder) throws IOException {
        if (OWNED_HERE.contains(stagingFolder)) {
            return false; // a set of this JVM is still writing it
        }
        Path owner = stagingFolder.resolve(OWNER_LOCK);
        if (!Files.exists(owner, LinkOption.NOFOLLOW_LINKS)) {
            return true; // staging folders get their owner file under the folder's lock: this one never did
        }
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.READ)) {
            FileLock lock = channel.tryLock(0L, Long.MAX_VALUE, true);
            if (lock == null) {
                return false; // another process is still writing it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // an export in this JVM is still writing it
        } catch (NoSuchFileException e) {
            return false; // its owner finished and removed it meanwhile
        }
    }

    private static Path createStaging(Path folder) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            try {
                return Files.createDirectory(folder.resolve(STAGING_PREFIX + Long.toUnsignedString(random.nextLong(), 36)));
            } catch (FileAlreadyExistsException e) {
                // drawn twice: draw again
            }
        }
    }

    private static void checkEntryName(String name) throws IOException {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || name.startsWith(STAGING_PREFIX) || name.startsWith(".cabletag-export.")) {
            throw new OutputRefusedException("not a name for an output in its folder: " + name);
        }
    }

    /** Forces every file and folder under {@code root} to disk (the files together: {@link Durable#forceAll}). */
    private static void forceTree(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        Durable.forceAll(files);
        for (Path folder : folders) {
            Durable.forceFolder(folder);
        }
    }


    /**
     * Ends the set: without a commit, or after one, the staging folder is deleted; after a commit that
     * failed while moving, it is kept for the next run to complete the move.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!journalWritten || committed) {
                FolderTree.delete(staging.resolve("new"));
                FolderTree.delete(staging.resolve("old"));
            }
        } finally {
            releaseOwner();
        }
        if (!journalWritten || committed) {
            FolderTree.delete(staging);
        }
    }

    /** Lets go of the staging folder without deleting it, as a process killed now would; for tests. */
    void abandon() throws IOException {
        closed = true;
        releaseOwner();
    }

    private void releaseOwner() throws IOException {
        OWNED_HERE.remove(staging);
        try {
            ownerLock.release();
        } finally {
            ownerChannel.close();
        }
    }

    /** The journal's content: the staging folder and the entries it replaces. */
    /** A journal: the staging folder, the entries to move, and the lines naming what the commit kept before it. */
    private record Journal(String staging, List<String> entries, List<String> kept) {

        static Journal read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String staging = null;
            List<String> entries = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("staging ")) {
                    staging = line.substring("staging ".length());
                } else if (line.startsWith("entry ")) {
                    String name = line.substring("entry ".length());
                    checkEntryName(name);
                    entries.add(name);
                } else if (line.startsWith("kept ")) {
                    try {
                        kept.add(new String(Base64.getDecoder().decode(line.substring("kept ".length())), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        throw new IOException(file + ":" + (i + 1) + ": not a line of an export journal; move the file away");
                    }
                } else if (!line.isEmpty()) {
                    throw new IOException(file + ":" + (i + 1) + ": not a line of an export journal; move the file away");
                }
            }
            if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER) || staging == null
                    || !staging.startsWith(STAGING_PREFIX) || staging.contains("/") || staging.contains("\\")) {
                throw new IOException(file + ":1: not an export journal this cabletag can read; move the file away");
            }
            return new Journal(staging, List.copyOf(entries), List.copyOf(kept));
        }
    }
}
