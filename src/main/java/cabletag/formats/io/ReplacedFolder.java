package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a folder export (brat, inline) keeps of the earlier export folder it replaces whole: everything in
 * it that cabletag did not write, or that was changed since ({@link ExportMark}). Files of the earlier
 * export that are still as written go with it; the rest comes into the new folder:
 * <ul>
 *   <li>a file the user added ({@code NOTES.md}, brat's {@code visual.conf}) under a name the new export
 *       does not write stays where it was, as it was (and is not named: nothing happened to it); an exported
 *       file changed since that the new export no longer writes stays too, and is named;</li>
 *   <li>a file whose name the new export writes — an exported {@code a.ann} annotated by hand in brat — is
 *       kept beside the new one as {@code a.ann.~1~} ({@link NumberedCopy}); a file in a folder whose name
 *       the new export gives to a file, in {@code NAME.~N~/};</li>
 *   <li>a folder none of whose files carries the mark — written by a cabletag before the marks, or on a file
 *       system that keeps no extended attributes — cannot tell the user's changes from the export's files: the
 *       whole old folder is kept beside the target as {@code NAME.~N~}.</li>
 * </ul>
 * Each copy is named in one line. Everything is kept as further hard links (copies where links cannot be
 * made) made before the commit's journal, and the old folder is not touched: a crash before the journal
 * leaves the old folder whole, one after it the new folder holding the user's files. A file that cannot be
 * kept stops the export before anything moves. A folder the user made (one the export did not make: export
 * folders carry the mark, {@link ExportMark#markFolder}) comes along, empty or not; an exported file kept
 * where it was keeps the earlier export's files of the same name beside it ({@code c.txt} with a kept
 * {@code c.ann}: brat opens neither without the other); a file the new export writes where the old folder had
 * one gets that file's permissions ({@code chmod 600} stays, as for a file target).
 *
 * <p>{@link #keepAfterInterruption} runs the same rule again when an interrupted export is completed: what
 * the user changed in the old folder after the crash comes into the new folder too, and what the first run
 * kept already (the same file, linked) is not kept twice.
 */
public final class ReplacedFolder {

    private final Path old;
    private final Path replacement;
    /** The files in {@link #replacement} already (their file keys), when a completed export is kept again; else null. */
    private final Set<Object> alreadyKept;
    private final List<String> notes = new ArrayList<>();
    /** Folders made here, each with the old folder whose owner, group and permissions it gets at the end. */
    private final List<Path[]> madeFolders = new ArrayList<>();
    /** The highest N of each name's copies NAME.~N~ in a folder of the new folder, read once per folder. */
    private final Map<Path, Map<String, Integer>> highestCopies = new HashMap<>();

    private ReplacedFolder(Path old, Path replacement, Set<Object> alreadyKept) {
        this.old = old;
        this.replacement = replacement;
        this.alreadyKept = alreadyKept;
    }

    /**
     * Brings what the user wrote in the folder {@code old} into {@code replacement}, the new folder staged to
     * replace it (or beside {@code old}, see above). Run under the folder's lock, before the journal, after
     * the new folder has its owner. Returns one line for each file kept.
     */
    public static List<String> keepUsersFiles(Path old, Path replacement) throws IOException {
        if (!Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        ReplacedFolder folder = new ReplacedFolder(old, replacement, null);
        folder.keep();
        return folder.notes;
    }

    /**
     * The same as {@link #keepUsersFiles}, when recovery completes an export interrupted after its journal:
     * {@code old} is still in place and may have been changed since the export kept what the user had written
     * (a file annotated, one added); those changes are kept now. A file already in {@code replacement} (the
     * link made before the crash: a file changed in place is that same file) is not kept again.
     */
    public static List<String> keepAfterInterruption(Path old, Path replacement) throws IOException {
        if (!Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(replacement, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Set<Object> there = new HashSet<>();
        Files.walkFileTree(replacement, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.fileKey() != null) {
                    there.add(attributes.fileKey());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        ReplacedFolder folder = new ReplacedFolder(old, replacement, there);
        folder.keep();
        return folder.notes;
    }

    /** Why an output still as written is kept: it is in a folder the user made, so the user put it there. */
    static final String MOVED_INTO_USERS_FOLDER = "is in a folder of yours (one cabletag did not make), so it was put there by you";

    /** A file (or link, or other entry that is no folder) of the old folder that is kept, and why. */
    private record Kept(Path relative, String why) {
    }

    private void keep() throws IOException {
        List<Kept> kept = new ArrayList<>();
        List<Path> usersFolders = new ArrayList<>();
        Set<Path> inUsersFolders = new HashSet<>(); // the user's folders and every folder in one
        // the earlier export's files still as written, by folder and name without extension: what goes with a kept file
        Map<Path, List<Path>> unchangedByStem = new HashMap<>();
        boolean[] anyMarked = {false};
        Files.walkFileTree(old, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                Path relative = old.relativize(folder);
                if (!folder.equals(old) && (inUsersFolders.contains(relative.getParent()) || !ExportMark.isExportFolder(folder))) {
                    usersFolders.add(relative); // parents before what they hold
                    inUsersFolders.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = old.relativize(file);
                if (alreadyKept != null && attributes.fileKey() != null && alreadyKept.contains(attributes.fileKey())) {
                    anyMarked[0] |= ExportMark.isMarked(file);
                    return FileVisitResult.CONTINUE; // kept before the crash, and changed in place if at all
                }
                if (!attributes.isRegularFile()) {
                    kept.add(new Kept(relative, attributes.isSymbolicLink() ? "is a link cabletag did not make" : ExportMark.NOT_WRITTEN));
                    return FileVisitResult.CONTINUE;
                }
                ExportMark.Provenance provenance = ExportMark.provenance(file, ExportMark.pathInFolder(relative));
                anyMarked[0] |= provenance.marked();
                if (alreadyKept == null) {
                    keepPermissions(file, relative);
                }
                if (provenance.keep()) {
                    // after an interruption, a file without a mark the commit did not link was saved there since
                    boolean savedSince = alreadyKept != null && provenance.why().equals(ExportMark.NOT_WRITTEN);
                    kept.add(new Kept(relative, savedSince ? ExportMark.WRITTEN_SINCE_INTERRUPTION : provenance.why()));
                } else if (relative.getParent() != null && inUsersFolders.contains(relative.getParent())) {
                    // An export writes only into folders it makes: an output as written in a folder of the user's
                    // was moved there by the user (brat's way to sort documents), and is the user's where it is.
                    kept.add(new Kept(relative, MOVED_INTO_USERS_FOLDER));
                } else {
                    unchangedByStem.computeIfAbsent(stemOf(relative), stem -> new ArrayList<>()).add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e; // a folder that cannot be read may hold the user's files: nothing is replaced
            }
        });
        if (kept.isEmpty() && usersFolders.isEmpty()) {
            return;
        }
        if (!anyMarked[0] && !kept.isEmpty()) {
            keepWholeFolderBeside();
        } else {
            keepInReplacement(kept, unchangedByStem);
            keepFolders(usersFolders);
        }
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            giveAttributes(madeFolders.get(i)[1], madeFolders.get(i)[0]);
        }
    }

    /**
     * A file the new export writes again where the old folder had one keeps that file's permissions, as a file
     * target does ({@link ReplacedAttributes}); the owner and group are the replaced folder's already.
     */
    private void keepPermissions(Path file, Path relative) throws IOException {
        Path fresh = replacement.resolve(relative);
        if (Files.isRegularFile(fresh, LinkOption.NOFOLLOW_LINKS)) {
            ReplacedAttributes.keepPermissions(file, fresh);
        }
    }

    /** A file's folder and its name up to the last dot: {@code sub/c} for {@code sub/c.ann} and {@code sub/c.txt}. */
    private static Path stemOf(Path relative) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return relative.resolveSibling(dot > 0 ? name.substring(0, dot) : name);
    }

    /** Each kept file at its place in the new folder, or numbered where the new export has that name. */
    private void keepInReplacement(List<Kept> kept, Map<Path, List<Path>> unchangedByStem) throws IOException {
        List<Kept> clashing = new ArrayList<>();
        for (Kept file : kept) {
            if (clashDepth(file.relative()) < 0) {
                place(file.relative(), file.relative());
                // The user's own files simply stay, unnamed (they would be named again at every export); an
                // output they changed that this export no longer writes is named: it is no longer exported.
                if (file.why().equals(ExportMark.CHANGED)) {
                    notes.add(old.resolve(file.relative()) + " " + file.why()
                            + "; this export writes no file of that name, so it stays in the new folder as it was"
                            + keepWrittenWith(file.relative(), unchangedByStem));
                }
            } else {
                clashing.add(file);
            }
        }
        // numbered once the files kept as they were have their names, so a number never lands on one of them
        Map<Path, Path> numbered = new HashMap<>();
        for (Kept file : clashing) {
            Path relative = file.relative();
            int depth = clashDepth(relative);
            Path destination = numberedPlace(relative, depth, numbered);
            place(destination, relative);
            Path shown = old.resolve(destination);
            notes.add(old.resolve(relative) + " " + file.why() + "; the old file is kept as "
                    + (depth + 1 == relative.getNameCount() ? shown.getFileName() : shown));
        }
    }

    /**
     * Keeps beside an exported file that stays (its cable left the input, and it was changed) the files the
     * earlier export wrote with it under the same name ({@code c.txt} with {@code c.ann}), which the new
     * export no longer writes either: without them it cannot be opened. Returns what the note adds.
     */
    private String keepWrittenWith(Path relative, Map<Path, List<Path>> unchangedByStem) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path companion : unchangedByStem.getOrDefault(stemOf(relative), List.of())) {
            if (clashDepth(companion) < 0) {
                place(companion, companion);
                names.add(companion.getFileName().toString());
            }
        }
        return names.isEmpty() ? "" : ", and " + String.join(", ", names) + ", written with it, stays beside it";
    }

    /**
     * Folders the user made in the old folder stay, empty or not (those holding kept files are made already);
     * one whose name the new export gives to a file goes to {@code NAME.~N~}.
     */
    private void keepFolders(List<Path> usersFolders) throws IOException {
        Map<Path, Path> numbered = new HashMap<>();
        for (Path relative : usersFolders) {
            int depth = folderClashDepth(relative);
            Path destination = depth < 0 ? relative : numberedPlace(relative, depth, numbered);
            makeFolders(destination, relative);
            if (depth >= 0 && depth + 1 == relative.getNameCount()) {
                notes.add("the folder " + old.resolve(relative) + " has the name of a file this export writes; it is kept as "
                        + old.resolve(destination));
            }
        }
    }

    /** Where {@code relative} goes when its part up to {@code depth} has a name the new export writes. */
    private Path numberedPlace(Path relative, int depth, Map<Path, Path> numbered) throws IOException {
        Path prefix = relative.subpath(0, depth + 1);
        Path renamed = numbered.get(prefix);
        if (renamed == null) {
            renamed = nextFree(prefix);
            numbered.put(prefix, renamed);
        }
        return depth + 1 == relative.getNameCount() ? renamed : renamed.resolve(relative.subpath(depth + 1, relative.getNameCount()));
    }

    /**
     * Where {@code relative}'s path meets an entry of the new folder: the depth of the first of its folders
     * that the new folder has as a file, or of the file itself when the new folder has that name; -1 when
     * it can go in as it is.
     */
    private int clashDepth(Path relative) {
        for (int depth = 0; depth < relative.getNameCount(); depth++) {
            Path there = replacement.resolve(relative.subpath(0, depth + 1));
            if (!Files.exists(there, LinkOption.NOFOLLOW_LINKS)) {
                return -1;
            }
            if (depth + 1 == relative.getNameCount() || !Files.isDirectory(there, LinkOption.NOFOLLOW_LINKS)) {
                return depth;
            }
        }
        return -1;
    }

    /** As {@link #clashDepth} for a folder: a folder of the new folder at its place is no clash, it is the same folder. */
    private int folderClashDepth(Path relative) {
        for (int depth = 0; depth < relative.getNameCount(); depth++) {
            Path there = replacement.resolve(relative.subpath(0, depth + 1));
            if (!Files.exists(there, LinkOption.NOFOLLOW_LINKS)) {
                return -1;
            }
            if (!Files.isDirectory(there, LinkOption.NOFOLLOW_LINKS)) {
                return depth;
            }
        }
        return -1;
    }

    /**
     * {@code NAME.~N~} for {@code prefix}, numbered as {@link NumberedCopy} numbers: one more than the highest
     * number in its folder of the new folder (which holds the old folder's copies kept as they were).
     */
    private Path nextFree(Path prefix) throws IOException {
        Path folder = replacement.resolve(prefix).getParent();
        Map<String, Integer> highest = highestCopies.get(folder);
        if (highest == null) {
            highest = new HashMap<>();
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    for (Path entry : entries) {
                        String name = entry.getFileName().toString();
                        int tilde = name.lastIndexOf(".~");
                        if (tilde > 0) {
                            String base = name.substring(0, tilde);
                            int n = NumberedCopy.number(name, base);
                            if (n > 0) {
                                highest.merge(base, n, Math::max);
                            }
                        }
                    }
                }
            }
            highestCopies.put(folder, highest);
        }
        String name = prefix.getFileName().toString();
        int n = highest.getOrDefault(name, 0) + 1;
        highest.put(name, n);
        return prefix.resolveSibling(NumberedCopy.name(name, n));
    }

    /** Puts the old folder's file {@code from} into the new folder at {@code to}, making its folders. */
    private void place(Path to, Path from) throws IOException {
        if (to.getParent() != null) {
            makeFolders(to.getParent(), from.getParent());
        }
        NumberedCopy.linkOrCopy(old.resolve(from), replacement.resolve(to));
    }

    /**
     * Makes the folders of {@code to} missing in the new folder, each to get at the end the attributes of its
     * counterpart in {@code from} (the same depth: a numbered name replaces one name).
     */
    private void makeFolders(Path to, Path from) throws IOException {
        for (int depth = 0; depth < to.getNameCount(); depth++) {
            Path made = replacement.resolve(to.subpath(0, depth + 1));
            if (!Files.exists(made, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(made);
                Path counterpart = old.resolve(from.subpath(0, depth + 1));
                if (ExportMark.isExportFolder(counterpart)) {
                    ExportMark.markFolder(made); // still the export's: it goes once nothing of the user's is in it
                }
                madeFolders.add(new Path[] {made, counterpart});
            }
        }
    }

    /** The whole old folder, every file linked into {@code NAME.~N~} beside it, forced to disk. */
    private void keepWholeFolderBeside() throws IOException {
        Path copy;
        String name = old.getFileName().toString();
        for (int n = NumberedCopy.highest(old.getParent(), name) + 1; ; n++) {
            copy = old.resolveSibling(NumberedCopy.name(name, n));
            try {
                Files.createDirectory(copy);
                break;
            } catch (FileAlreadyExistsException e) {
                // taken: the next number
            }
        }
        Path root = copy;
        madeFolders.add(new Path[] {root, old});
        Files.walkFileTree(old, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                if (!folder.equals(old)) {
                    Path made = Files.createDirectory(root.resolve(old.relativize(folder)));
                    madeFolders.add(new Path[] {made, folder});
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                NumberedCopy.linkOrCopy(file, root.resolve(old.relativize(file)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Durable.forceFolder(root.resolve(old.relativize(folder)));
                return FileVisitResult.CONTINUE;
            }
        });
        Durable.forceFolder(root.getParent());
        notes.add(old + " holds no file with cabletag's mark (it was written by an earlier cabletag, or on a file"
                + " system that keeps no extended attributes), so what was changed in it cannot be told; the whole"
                + " old folder is kept as " + root.getFileName());
    }

    /**
     * A folder made to keep the user's files gets the owner, group and permissions of the one it stands
     * for, at the end (a read-only folder could not have taken its files), and only itself: the files in
     * it keep their own.
     */
    private void giveAttributes(Path from, Path made) throws IOException {
        PosixFileAttributeView oldView = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView newView = Files.getFileAttributeView(made, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (oldView == null || newView == null) {
            return;
        }
        ReplacedAttributes.carryOver(from, oldView.readAttributes(), made, newView).ifPresent(notes::add);
    }
}
