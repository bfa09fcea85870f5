package cabletag.formats.io;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;

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
 * kept stops the export before anything moves. A folder the user made comes along with the files in it; an
 * empty one holds nothing to keep.
 */
public final class ReplacedFolder {

    private final Path old;
    private final Path replacement;
    private final List<String> notes = new ArrayList<>();
    /** Folders made here, each with the old folder whose owner, group and permissions it gets at the end. */
    private final List<Path[]> madeFolders = new ArrayList<>();

    private ReplacedFolder(Path old, Path replacement) {
        this.old = old;
        this.replacement = replacement;
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
        ReplacedFolder folder = new ReplacedFolder(old, replacement);
        folder.keep();
        return folder.notes;
    }

    /** A file (or link, or other entry that is no folder) of the old folder that is kept, and why. */
    private record Kept(Path relative, String why) {
    }

    private void keep() throws IOException {
        List<Kept> kept = new ArrayList<>();
        boolean[] anyMarked = {false};
        Files.walkFileTree(old, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = old.relativize(file);
                if (!attributes.isRegularFile()) {
                    kept.add(new Kept(relative, attributes.isSymbolicLink() ? "is a link cabletag did not make" : ExportMark.NOT_WRITTEN));
                    return FileVisitResult.CONTINUE;
                }
                ExportMark.Provenance provenance = ExportMark.provenance(file);
                anyMarked[0] |= provenance.marked();
                if (provenance.keep()) {
                    kept.add(new Kept(relative, provenance.why()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e; // a folder that cannot be read may hold the user's files: nothing is replaced
            }
        });
        if (kept.isEmpty()) {
            return;
        }
        if (!anyMarked[0]) {
            keepWholeFolderBeside();
        } else {
            keepInReplacement(kept);
        }
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            giveAttributes(madeFolders.get(i)[1], madeFolders.get(i)[0]);
        }
    }

    /** Each kept file at its place in the new folder, or numbered where the new export has that name. */
    private void keepInReplacement(List<Kept> kept) throws IOException {
        List<Kept> clashing = new ArrayList<>();
        for (Kept file : kept) {
            if (clashDepth(file.relative()) < 0) {
                place(file.relative(), file.relative());
                // The user's own files simply stay, unnamed (they would be named again at every export); an
                // output they changed that this export no longer writes is named: it is no longer exported.
                if (file.why().equals(ExportMark.CHANGED)) {
                    notes.add(old.resolve(file.relative()) + " " + file.why()
                            + "; this export writes no file of that name, so it stays in the new folder as it was");
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
            Path prefix = relative.subpath(0, depth + 1);
            Path renamed = numbered.get(prefix);
            if (renamed == null) {
                renamed = firstFree(prefix);
                numbered.put(prefix, renamed);
            }
            Path destination = depth + 1 == relative.getNameCount() ? renamed
                    : renamed.resolve(relative.subpath(depth + 1, relative.getNameCount()));
            place(destination, relative);
            Path shown = old.resolve(destination);
            notes.add(old.resolve(relative) + " " + file.why() + "; the old file is kept as "
                    + (depth + 1 == relative.getNameCount() ? shown.getFileName() : shown));
        }
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

    /** The first {@code NAME.~N~} for {@code prefix} that the new folder does not have. */
    private Path firstFree(Path prefix) {
        for (int n = 1; ; n++) {
            Path candidate = prefix.resolveSibling(NumberedCopy.name(prefix.getFileName().toString(), n));
            if (!Files.exists(replacement.resolve(candidate), LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
    }

    /** Puts the old folder's file {@code from} into the new folder at {@code to}, making its folders. */
    private void place(Path to, Path from) throws IOException {
        Path toFolder = to.getParent();
        Path fromFolder = from.getParent();
        if (toFolder != null) {
            for (int depth = 0; depth < toFolder.getNameCount(); depth++) {
                Path made = replacement.resolve(toFolder.subpath(0, depth + 1));
                if (!Files.exists(made, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectory(made);
                    madeFolders.add(new Path[] {made, old.resolve(fromFolder.subpath(0, depth + 1))});
                }
            }
        }
        NumberedCopy.linkOrCopy(old.resolve(from), replacement.resolve(to));
    }

    /** The whole old folder, every file linked into {@code NAME.~N~} beside it, forced to disk. */
    private void keepWholeFolderBeside() throws IOException {
        Path copy;
        for (int n = 1; ; n++) {
            copy = old.resolveSibling(NumberedCopy.name(old.getFileName().toString(), n));
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
