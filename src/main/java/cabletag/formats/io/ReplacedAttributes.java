package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * Gives a replacement the owner, group and POSIX permissions of the file (or folder) it replaces, as
 * {@code cp} onto an existing file and editors that save atomically do: an export run as root into
 * someone's folder leaves their file theirs, a private {@code 600} file stays private.
 *
 * <p>Only root may give a file to another user, and a user may only give it a group they are in. What
 * cannot be kept is not a failure: the replacement then belongs to whoever wrote it (and their group),
 * still with the old permissions, and {@link #carryOver} says so in one line for the caller to pass on.
 * A replaced folder's owner and group go to everything in the new folder, which replaces all it held.
 * Links are not followed; a file system without POSIX attributes keeps the defaults.
 */
public final class ReplacedAttributes {

    private ReplacedAttributes() {
    }

    /**
     * Carries {@code replaced}'s owner, group and permissions over to {@code replacement}, before the
     * rename. Returns, when the owner or group could not be kept, one line saying what the new file got.
     */
    public static Optional<String> carryOver(Path replaced, Path replacement) throws IOException {
        PosixFileAttributeView oldView = Files.getFileAttributeView(replaced, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView newView = Files.getFileAttributeView(replacement, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (oldView == null || newView == null || Files.isSymbolicLink(replaced)) {
            return Optional.empty();
        }
        PosixFileAttributes old;
        try {
            old = oldView.readAttributes();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // a new output, or the old one went away meanwhile: nothing to keep
        }
        PosixFileAttributes fresh = newView.readAttributes();
        boolean givenAway = !fresh.owner().equals(old.owner()) || !fresh.group().equals(old.group());
        Optional<String> notKept = carryOver(replaced, old, replacement, newView);
        if (givenAway && notKept.isEmpty() && fresh.isDirectory()) {
            giveTreeTo(replacement, old.owner(), old.group());
        }
        return notKept;
    }

    /** The steps on attribute views, so a test can play a file system that refuses a change of owner. */
    static Optional<String> carryOver(Path replaced, PosixFileAttributes old, Path replacement, PosixFileAttributeView newView)
            throws IOException {
        PosixFileAttributes fresh = newView.readAttributes();
        boolean ownerKept = fresh.owner().equals(old.owner()) || tried(() -> newView.setOwner(old.owner()));
        boolean groupKept = fresh.group().equals(old.group()) || tried(() -> newView.setGroup(old.group()));
        // After the owner: a change of owner may clear bits of the mode on some systems.
        newView.setPermissions(old.permissions());
        if (ownerKept && groupKept) {
            return Optional.empty();
        }
        PosixFileAttributes now = newView.readAttributes();
        return Optional.of(replaced + " belonged to " + old.owner().getName() + ":" + old.group().getName()
                + "; the new one belongs to " + now.owner().getName() + ":" + now.group().getName()
                + " (only root can give a file to another user, or to a group its writer is not in);"
                + " its permissions " + PosixFilePermissions.toString(old.permissions()) + " are kept");
    }

    /**
     * Gives {@code replacement} the POSIX permissions of {@code replaced}, the file it replaces inside a replaced
     * folder (whose owner and group the whole new folder has already); links are not followed.
     */
    public static void keepPermissions(Path replaced, Path replacement) throws IOException {
        PosixFileAttributeView oldView = Files.getFileAttributeView(replaced, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView newView = Files.getFileAttributeView(replacement, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (oldView == null || newView == null) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = oldView.readAttributes().permissions();
        if (!newView.readAttributes().permissions().equals(permissions)) {
            newView.setPermissions(permissions);
        }
    }

    /** Gives everything under a new folder (the folder included) the old folder's owner and group. */
    private static void giveTreeTo(Path folder, UserPrincipal owner, GroupPrincipal group) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                give(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                give(file);
                return FileVisitResult.CONTINUE;
            }

            private void give(Path path) throws IOException {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                PosixFileAttributes now = view.readAttributes();
                if (!now.owner().equals(owner)) {
                    view.setOwner(owner);
                }
                if (!now.group().equals(group)) {
                    view.setGroup(group);
                }
            }
        });
    }

    @FunctionalInterface
    interface Change {
        void run() throws IOException;
    }

    /**
     * Whether a change of owner or group was allowed; a refusal (not root, not in the group) is no failure.
     * {@link FolderOwner} gives owners the same way.
     */
    static boolean tried(Change change) throws IOException {
        try {
            change.run();
            return true;
        } catch (NoSuchFileException e) {
            throw e;
        } catch (FileSystemException e) {
            return false; // EPERM: "Operation not permitted"
        }
    }
}
