package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Deletes a folder with all it holds: the program's own staging, throw-away and replaced folders. */
public final class FolderTree {

    private FolderTree() {
    }

    /**
     * Deletes {@code root} and all under it; nothing when it does not exist. A link is deleted, not what it
     * points to. Fails on the first entry that cannot go, naming it.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // A read-only folder of the user's, kept in a replaced export folder, is also in the old
                // folder set aside here: its entries can only go once its owner may write it. Left in place,
                // it would stop every later export into this folder at the clean-up of its staging.
                if (!Files.isWritable(dir)) {
                    openUp(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                if (e instanceof AccessDeniedException && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                        && openUp(file)) {
                    delete(file); // a folder that could not even be listed, now that it can
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Lets the owner list and change a folder that is about to be deleted; false when that is not theirs to do. */
    private static boolean openUp(Path folder) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            permissions.add(PosixFilePermission.OWNER_READ);
            permissions.add(PosixFilePermission.OWNER_WRITE);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            Files.setPosixFilePermissions(folder, permissions);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // another user's: deleting its entries fails and says so
        }
    }
}
