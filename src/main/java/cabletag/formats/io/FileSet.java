package cabletag.formats.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

/**
 * Files of one folder written or deleted as one set: the store's step over many cables (ADR 0013). After a
 * crash, a {@code kill -9}, a full disk or a failed write at any moment, the folder holds every file of the set
 * as it was before or, once the set is recovered, every one as the set wrote it; never some of each.
 *
 * <p>How (the output set's way, ADR 0009, for files that all live in one folder):
 * <ol>
 *   <li>{@link #begin}, under the folder's lock {@code .cabletag-set.lock} ({@link FolderLock}, held until
 *       {@link #close}): a set left by a process killed earlier is recovered first; then {@code .cabletag-set-ID.begun}
 *       names what the set is about (not forced: it only makes the message of a set cut short before its journal
 *       say which one).</li>
 *   <li>{@link #write}: each new file goes to {@code .cabletag-set-ID.K.new} beside its target.</li>
 *   <li>{@link #commit}: the new files are forced to disk (together, {@link Durable#forceAll}), then the journal
 *       {@code .cabletag-set-ID.journal} is written atomically, naming each rename and deletion and ending with a
 *       check sum. <b>Writing the journal decides the set.</b> Then each file is renamed over its target, the files
 *       to delete are deleted, the folder is forced, and the journal is deleted.</li>
 *   <li>Recovery ({@link #recoverIfFree}, and {@link #begin}): a whole journal is completed (roll forward: its new
 *       files were all complete before it was written, and repeating a rename whose new file is gone or a
 *       deletion is harmless); a set without one, or with one that is not whole, is taken back (its new files
 *       deleted, the old ones never touched). Each is told as an {@link Outcome}.</li>
 * </ol>
 */
public final class FileSet implements AutoCloseable {

    static final String PREFIX = ".cabletag-set-";
    static final String LOCK_FILE = ".cabletag-set.lock";
    private static final String HEADER = "cabletag file set, version 1";
    private static final String JOURNAL = ".journal";
    private static final String BEGUN = ".begun";
    private static final String NEW = ".new";

    /** Called at each step of a commit; tests fail or stop there, as a full disk or a killed process would. */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(String point) throws IOException;
    }

    public static final Checkpoint NO_CHECKPOINT = point -> { };

    /** What recovery did with a set it found. */
    public enum Kind {
        /** Its journal was whole: every file of it is in place now. */
        FINISHED,
        /** It had no whole journal: its new files are deleted, the old ones are as they were. */
        TAKEN_BACK,
        /** Its journal was whole but its files could not be moved (a read-only folder): the folder holds some of each. */
        NOT_FINISHED
    }

    /**
     * One set recovery found: what the set said it was about, what was done, and when not everything could be
     * done, the reason (with the file it concerns) and how many of its files were in place.
     */
    public record Outcome(Kind kind, String about, String reason, int inPlace, int files) {
    }

    private final Path folder;
    private final String id;
    private final String about;
    private final FolderLock lock;
    private final Checkpoint checkpoint;
    private final List<Outcome> recovered;
    /** Target name to its new file, in the order written. */
    private final Map<String, String> renames = new LinkedHashMap<>();
    private final Set<String> deletions = new LinkedHashSet<>();
    private boolean decided;
    private boolean done;
    private boolean closed;

    private FileSet(Path folder, String id, String about, FolderLock lock, Checkpoint checkpoint, List<Outcome> recovered) {
        this.folder = folder;
        this.id = id;
        this.about = about;
        this.lock = lock;
        this.checkpoint = checkpoint;
        this.recovered = recovered;
    }

    /**
     * Whether {@code fileName} belongs to a set (a new file, a journal, the mark of a set begun): a folder holding one
     * holds a set still being written or one left by a process that died. The lock file, which stays, is none.
     */
    public static boolean isSetFile(String fileName) {
        return fileName.startsWith(PREFIX) || fileName.startsWith("." + PREFIX);
    }

    /**
     * Starts a set in {@code folder} (made if missing), waiting for a set of another thread or process there to end;
     * {@code about} says what it is, for the message of a recovery that finds it cut short. A set left there by a
     * process that died is recovered first ({@link #recovered()}).
     */
    public static FileSet begin(Path folder, String about, Checkpoint checkpoint) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Files.createDirectories(root);
        FolderLock lock = FolderLock.acquire(root, LOCK_FILE);
        try {
            List<Outcome> recovered = recoverLocked(root);
            String id = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            // a set cut short before its journal is taken back whatever this says: it is not forced
            Files.write(root.resolve(PREFIX + id + BEGUN), encode(about).getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new FileSet(root, id, about, lock, checkpoint, recovered);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The sets a process killed earlier left in the folder, recovered before this one began. */
    public List<Outcome> recovered() {
        return List.copyOf(recovered);
    }

    /** Writes {@code bytes} as the new content of the file {@code name} in the folder, once the set commits. */
    public void write(String name, byte[] bytes) throws IOException {
        checkOpen();
        checkName(name);
        if (renames.containsKey(name)) {
            throw new IllegalArgumentException(name + " is written twice in one set");
        }
        deletions.remove(name); // written: it is replaced, not deleted
        Path temp = folder.resolve(PREFIX + id + "." + renames.size() + NEW);
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
        // a store file kept for someone else (the home shared by a group) keeps its owner where that may be given
        ReplacedAttributes.carryOver(folder.resolve(name), temp);
        renames.put(name, temp.getFileName().toString());
        checkpoint.reached("written " + renames.size());
    }

    /** Deletes the file {@code name} from the folder once the set commits (nothing when it is not there then). */
    public void delete(String name) {
        checkOpen();
        checkName(name);
        if (!renames.containsKey(name)) {
            deletions.add(name);
        }
    }

    /** Whether the set was decided: its journal is on disk, so a recovery completes it whatever happens now. */
    public boolean decided() {
        return decided;
    }

    /**
     * Puts the set in place. A failure before the journal leaves every old file as it was (the new files are
     * deleted by {@link #close}); one after it leaves the journal, which the next {@link #begin} or recovery in
     * the folder completes, and says so.
     */
    public void commit() throws IOException {
        checkOpen();
        if (decided) {
            throw new IllegalStateException("a file set commits once");
        }
        List<Path> temps = new ArrayList<>();
        for (String temp : renames.values()) {
            temps.add(folder.resolve(temp));
        }
        Durable.forceAll(temps);
        Durable.forceFolder(folder);
        checkpoint.reached("forced");
        Path journal = folder.resolve(PREFIX + id + JOURNAL);
        AtomicFile.write(journal, journalText().getBytes(StandardCharsets.UTF_8));
        decided = true;
        checkpoint.reached("journal written");
        try {
            rollForward(folder, renames, deletions, checkpoint);
            finish(folder, id);
        } catch (IOException e) {
            throw new IOException("could not put every file of the set in place in " + folder + " ("
                    + IoReason.describe(e) + "); its journal " + journal.getFileName() + " is kept, and the next"
                    + " write or opening there completes it", e);
        }
        done = true;
        checkpoint.reached("journal deleted");
    }

    private String journalText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("about ").append(encode(about)).append('\n');
        renames.forEach((target, temp) -> text.append("rename ").append(temp).append('\t').append(target).append('\n'));
        for (String name : deletions) {
            text.append("delete ").append(name).append('\n');
        }
        String sum = crc(text.toString()); // of everything before the last line
        return text.append("end ").append(sum).append('\n').toString();
    }

    /** Renames each new file still there over its target, then deletes what is to go; repeating it is harmless. */
    private static void rollForward(Path folder, Map<String, String> renames, Set<String> deletions, Checkpoint checkpoint)
            throws IOException {
        int renamed = 0;
        for (Map.Entry<String, String> each : renames.entrySet()) {
            Path temp = folder.resolve(each.getValue());
            if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
                Durable.move(temp, folder.resolve(each.getKey()));
            }
            checkpoint.reached("renamed " + ++renamed);
        }
        for (String name : deletions) {
            Files.deleteIfExists(folder.resolve(name));
        }
        Durable.forceFolder(folder); // the renames and deletions are on disk before the journal goes
        checkpoint.reached("deleted");
    }

    /** Deletes the set's journal and its other files once every file is in place. */
    private static void finish(Path folder, String id) throws IOException {
        Files.deleteIfExists(folder.resolve(PREFIX + id + JOURNAL));
        Files.deleteIfExists(folder.resolve(PREFIX + id + BEGUN));
        Durable.forceFolder(folder);
    }

    /**
     * Recovers the sets left in {@code folder} by processes that died, unless a live one holds the folder's lock
     * (its set is not left: it is being written). Empty when there is nothing to recover. When the lock cannot even
     * be taken (a folder that cannot be written), nothing is changed and each set is told as it stands.
     */
    public static List<Outcome> recoverIfFree(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Map<String, List<String>> sets = setsIn(root);
        if (sets.isEmpty()) {
            return List.of();
        }
        FolderLock lock;
        try {
            lock = FolderLock.tryAcquire(root, LOCK_FILE);
        } catch (IOException e) {
            return asTheyStand(root, sets, e);
        }
        if (lock == null) {
            return List.of(); // its writer is alive and completes it
        }
        try (lock) {
            return recoverLocked(root);
        }
    }

    /**
     * Recovers the sets left in {@code folder}, waiting for a set being written there to end: what its own process
     * calls after a set of its own failed half way, before it writes anything more there.
     */
    public static List<Outcome> recover(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        try (FolderLock lock = FolderLock.acquire(root, LOCK_FILE)) {
            return recoverLocked(root);
        }
    }

    /** Under the folder's lock: completes or takes back every set left there. */
    private static List<Outcome> recoverLocked(Path folder) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<String>> set : setsIn(folder).entrySet()) {
            String id = set.getKey();
            Path journalFile = folder.resolve(PREFIX + id + JOURNAL);
            Journal journal;
            try {
                journal = Files.exists(journalFile, LinkOption.NOFOLLOW_LINKS) ? Journal.read(journalFile) : null;
            } catch (IOException e) {
                // whether it decided the set cannot be told: nothing is done to it
                outcomes.add(new Outcome(Kind.NOT_FINISHED, begunAbout(folder, id), IoReason.describe(e), 0, 0));
                continue;
            }
            if (journal != null && journal.whole()) {
                try {
                    rollForward(folder, journal.renames(), journal.deletions(), NO_CHECKPOINT);
                    finish(folder, id);
                    outcomes.add(new Outcome(Kind.FINISHED, journal.about(), null, journal.files(), journal.files()));
                } catch (IOException e) {
                    outcomes.add(new Outcome(Kind.NOT_FINISHED, journal.about(), IoReason.describe(e), inPlace(folder, journal),
                            journal.files()));
                }
                continue;
            }
            String about = journal != null && journal.about() != null ? journal.about() : begunAbout(folder, id);
            String reason = journal == null ? null : "its journal " + journalFile.getFileName() + " is not whole";
            List<String> left = new ArrayList<>();
            // the journal first: a set whose journal is gone is taken back whatever happens to its new files next
            List<String> files = new ArrayList<>(set.getValue());
            files.sort((a, b) -> Boolean.compare(!a.endsWith(JOURNAL), !b.endsWith(JOURNAL)));
            for (String name : files) {
                try {
                    Files.deleteIfExists(folder.resolve(name));
                } catch (IOException e) {
                    left.add(IoReason.describe(e));
                }
            }
            Durable.forceFolder(folder);
            int newFiles = (int) set.getValue().stream().filter(name -> name.endsWith(NEW)).count();
            outcomes.add(new Outcome(Kind.TAKEN_BACK, about,
                    left.isEmpty() ? reason : join(reason, left.size() + " of its files could not be deleted (" + left.get(0) + ")"),
                    0, newFiles));
        }
        return outcomes;
    }

    /** The sets in a folder that cannot be changed now, told as they stand; nothing is changed. */
    private static List<Outcome> asTheyStand(Path folder, Map<String, List<String>> sets, IOException why) {
        List<Outcome> outcomes = new ArrayList<>();
        String reason = IoReason.reason(why) + " (" + (why instanceof FileSystemException failed && failed.getFile() != null
                ? failed.getFile() : folder.resolve(LOCK_FILE).toString()) + ")";
        for (String id : sets.keySet()) {
            Path journalFile = folder.resolve(PREFIX + id + JOURNAL);
            Journal journal = null;
            try {
                journal = Files.exists(journalFile, LinkOption.NOFOLLOW_LINKS) ? Journal.read(journalFile) : null;
            } catch (IOException e) {
                // not readable either: told as a set without a whole journal
            }
            if (journal != null && journal.whole()) {
                outcomes.add(new Outcome(Kind.NOT_FINISHED, journal.about(), reason, inPlace(folder, journal), journal.files()));
            } else {
                // the old files were never touched: the folder reads as before the set, with its new files left over
                outcomes.add(new Outcome(Kind.TAKEN_BACK, begunAbout(folder, id),
                        "its new files could not be deleted: " + reason, 0,
                        (int) sets.get(id).stream().filter(name -> name.endsWith(NEW)).count()));
            }
        }
        return outcomes;
    }

    /** How many of a journal's files are in place: renamed (its new file gone) or deleted. */
    private static int inPlace(Path folder, Journal journal) {
        int in = 0;
        for (String temp : journal.renames().values()) {
            if (!Files.exists(folder.resolve(temp), LinkOption.NOFOLLOW_LINKS)) {
                in++;
            }
        }
        for (String name : journal.deletions()) {
            if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                in++;
            }
        }
        return in;
    }

    private static String begunAbout(Path folder, String id) {
        try {
            return decode(Files.readString(folder.resolve(PREFIX + id + BEGUN), StandardCharsets.US_ASCII));
        } catch (IOException | IllegalArgumentException e) {
            return null; // cut short before it said what it was
        }
    }

    /** The files of each set in the folder, by set id, in the order of their names. */
    private static Map<String, List<String>> setsIn(Path folder) throws IOException {
        Map<String, List<String>> sets = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + PREFIX.substring(1) + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                // the journal's own temporary file (".NAME.*.tmp", AtomicFile) belongs to its set too
                String bare = name.startsWith("." + PREFIX) ? name.substring(1) : name;
                if (!bare.startsWith(PREFIX)) {
                    continue;
                }
                int dot = bare.indexOf('.', PREFIX.length());
                String id = dot < 0 ? bare.substring(PREFIX.length()) : bare.substring(PREFIX.length(), dot);
                sets.computeIfAbsent(id, key -> new ArrayList<>()).add(name);
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        }
        return sets;
    }

    /** Ends the set: one not decided leaves no file of its own behind (the old files were never touched). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!decided) {
                for (String temp : renames.values()) {
                    Files.deleteIfExists(folder.resolve(temp));
                }
                Files.deleteIfExists(folder.resolve(PREFIX + id + BEGUN));
            }
        } finally {
            lock.close();
        }
    }

    /** Lets go of the folder's lock and nothing else, as a process killed now would; for tests. */
    public void abandon() throws IOException {
        if (!closed) {
            closed = true;
            lock.close();
        }
    }

    private void checkOpen() {
        if (closed || done) {
            throw new IllegalStateException("the file set in " + folder + " is closed");
        }
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || isSetFile(name) || name.equals(LOCK_FILE)
                || name.chars().anyMatch(c -> c == '/' || c == '\\' || c == '\n' || c == '\r' || c == '\t')) {
            throw new IllegalArgumentException("not a name for a file of a set: " + name);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    private static String crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /**
     * A journal as read: what it is about, its renames (target to new file) and deletions, and whether it is whole
     * (its last line's check sum matches everything before it). One that is not whole is never acted on.
     */
    private record Journal(String about, Map<String, String> renames, Set<String> deletions, boolean whole) {

        int files() {
            return renames.size() + deletions.size();
        }

        static Journal read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.lastIndexOf("end ");
            boolean whole = end > 0 && text.charAt(end - 1) == '\n' && text.endsWith("\n")
                    && text.substring(end + 4, text.length() - 1).equals(crc(text.substring(0, end)))
                    && text.startsWith(HEADER + "\n");
            String about = null;
            Map<String, String> renames = new LinkedHashMap<>();
            Set<String> deletions = new LinkedHashSet<>();
            for (String line : (whole ? text.substring(0, end) : text).split("\n")) {
                try {
                    if (line.startsWith("about ")) {
                        about = decode(line.substring("about ".length()));
                    } else if (line.startsWith("rename ")) {
                        String[] pair = line.substring("rename ".length()).split("\t", -1);
                        if (pair.length != 2) {
                            whole = false;
                            continue;
                        }
                        checkName(pair[1]);
                        if (!pair[0].startsWith(PREFIX) || !pair[0].endsWith(NEW) || pair[0].contains("/")) {
                            whole = false;
                            continue;
                        }
                        renames.put(pair[1], pair[0]);
                    } else if (line.startsWith("delete ")) {
                        String name = line.substring("delete ".length());
                        checkName(name);
                        deletions.add(name);
                    } else if (!line.equals(HEADER) && !line.isEmpty()) {
                        whole = false;
                    }
                } catch (IllegalArgumentException e) {
                    whole = false; // a name no set writes, or text that is no Base64: not a journal to act on
                }
            }
            return new Journal(about, renames, deletions, whole);
        }
    }
}
