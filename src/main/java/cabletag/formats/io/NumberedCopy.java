package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file kept before it is replaced, as {@code NAME.~N~}, numbered as GNU {@code cp --backup=numbered}
 * numbers them (the first number not taken). Made as a hard link, so no byte is copied and the user's file
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
     * The name {@link #keepBeside} would keep {@code file} under if it ran now: the first free
     * {@code NAME.~N~}. For saying so before an export runs (the export dialog's warning).
     */
    public static Path next(Path file) {
        for (int n = 1; ; n++) {
            Path copy = file.resolveSibling(name(file.getFileName().toString(), n));
            if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                return copy;
            }
        }
    }

    /** Keeps {@code file} as {@code NAME.~N~} beside it, forced to disk; returns the copy. */
    public static Path keepBeside(Path file) throws IOException {
        for (int n = 1; ; n++) {
            Path copy = file.resolveSibling(name(file.getFileName().toString(), n));
            if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
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
