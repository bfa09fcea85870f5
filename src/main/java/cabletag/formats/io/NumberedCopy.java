package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A file kept before it is replaced, as {@code NAME.~N~}, numbered as GNU {@code cp --backup=numbered}
 * numbers them: one more than the highest number beside it (with {@code ~1~} and {@code ~5~} there, {@code ~6~}),
 * so the highest number is always the newest copy. Made as a hard link, so no byte is copied and the user's file
 * keeps its owner; a copy where a link cannot be made. Folder walks skip names ending in {@code ~}, so a
 * kept copy in a corpus folder is not read as a cable.
 */
public final class NumberedCopy {

    private NumberedCopy() {
    }

    /** The name {@code NAME.~N~} with the number {@code n}. */
    public static String name(String name, int n) {
        return name + ".~" + n + "~";
    }

    /**
     * The name {@link #keepBeside} would keep {@code file} under if it ran now: {@code NAME.~N~} with one more
     * than the highest number beside it. For saying so before an export runs (the export dialog's warning).
     */
    public static Path next(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name(name, highest(file.toAbsolutePath().getParent(), name) + 1));
    }

    /** Keeps {@code file} as {@code NAME.~N~} beside it, forced to disk; returns the copy. */
    public static Path keepBeside(Path file) throws IOException {
        while (true) {
            Path copy = next(file);
            try {
                linkOrCopy(file, copy);
            } catch (FileAlreadyExistsException e) {
                continue; // made meanwhile by someone else: the next number
            }
            Durable.forceFolder(copy.toAbsolutePath().getParent());
            return copy;
        }
    }

    /**
     * The copy {@code NAME.~N~} beside {@code file} that is the same file (a hard link to it), if one is: it
     * was kept already, by an export interrupted after it kept it.
     */
    public static Optional<Path> keptAlready(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.toAbsolutePath().getParent())) {
            for (Path entry : entries) {
                if (number(entry.getFileName().toString(), name) > 0 && Files.isSameFile(entry, file)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /** The highest N of the copies {@code NAME.~N~} in {@code folder}; 0 when there is none. */
    static int highest(Path folder, String name) {
        int highest = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                highest = Math.max(highest, number(entry.getFileName().toString(), name));
            }
        } catch (IOException e) {
            // a folder that cannot be listed: making the copy fails and says why
        }
        return highest;
    }

    /** N when {@code entry} is {@code NAME.~N~} (N from 1, digits only), else 0. */
    static int number(String entry, String name) {
        int start = name.length() + 2;
        if (entry.length() <= start + 1 || !entry.startsWith(name) || !entry.startsWith(".~", name.length()) || !entry.endsWith("~")) {
            return 0;
        }
        String digits = entry.substring(start, entry.length() - 1);
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.charAt(0) == '0') {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    /**
     * Gives the file {@code from} the further name {@code to}: a hard link (a symbolic link is linked as
     * the link it is, not followed), else a copy with its permissions and times; a copy is forced to disk.
     *
     * @throws FileAlreadyExistsException when {@code to} exists
     * @throws IOException                when neither can be made (the message names the file and the reason)
     */
    public static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // no hard links here, or not allowed (another user's file, fs.protected_hardlinks): copied instead
        }
        if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
        } else if (Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            Durable.forceFile(to);
        } else {
            throw new IOException("cannot keep " + from + ": it is neither a file nor a link, and no hard link to it can be made");
        }
    }
}
