package cabletag.formats.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Exclusive right to change the sets of files of one folder: a lock on a file in that folder
 * ({@code .cabletag-export.lock} for the export's output sets, {@code .cabletag-set.lock} for a {@link FileSet}), held by one process (an OS file lock, released by the OS when the process dies, even by
 * {@code kill -9}) and within a process by one thread (a file lock belongs to the whole JVM, so threads
 * queue on a semaphore first). Waits for the holder: commits are a handful of renames, so the wait is short.
 */
final class FolderLock implements AutoCloseable {

    static final String FILE = ".cabletag-export.lock";

    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore semaphore;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Semaphore semaphore, FileChannel channel, FileLock lock) {
        this.semaphore = semaphore;
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path folder) throws IOException {
        return acquire(folder, FILE);
    }

    /** Waits for the lock on {@code file} in {@code folder}. */
    static FolderLock acquire(Path folder, String file) throws IOException {
        Semaphore semaphore = IN_THIS_JVM.computeIfAbsent(folder.toRealPath().resolve(file), key -> new Semaphore(1));
        semaphore.acquireUninterruptibly();
        try {
            FileChannel channel = openLockFile(folder, file);
            try {
                return new FolderLock(semaphore, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            semaphore.release();
            throw e;
        }
    }

    /** The lock on {@code file} in {@code folder} if nobody holds it now, else null (its holder is alive, in this JVM or another). */
    static FolderLock tryAcquire(Path folder, String file) throws IOException {
        Semaphore semaphore = IN_THIS_JVM.computeIfAbsent(folder.toRealPath().resolve(file), key -> new Semaphore(1));
        if (!semaphore.tryAcquire()) {
            return null;
        }
        try {
            FileChannel channel = openLockFile(folder, file);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    semaphore.release();
                    return null;
                }
                return new FolderLock(semaphore, channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            semaphore.release();
            throw e;
        }
    }

    /**
     * Opens the folder's lock file, making it if it is not there yet. A lock file made now is given to
     * whoever owns the folder and made writable by whoever may write in it: one left by root's export in
     * a user's folder, readable only by root, would stop every later export of that user there.
     */
    private static FileChannel openLockFile(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        while (true) {
            try {
                // Opened without O_CREAT when it is there: a sticky shared folder (/tmp) refuses O_CREAT on
                // another user's file even when its permissions let everyone write it.
                return FileChannel.open(file, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                // the first export into this folder makes it
            }
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                shareLike(folder, file);
                return channel;
            } catch (FileAlreadyExistsException e) {
                // made by another export meanwhile: open that one
            }
        }
    }

    /** The folder's owner and group where that may be given, and read and write for each class that may write the folder. */
    private static void shareLike(Path folder, Path file) throws IOException {
        PosixFileAttributeView folderView = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        PosixFileAttributeView fileView = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (folderView == null || fileView == null) {
            return;
        }
        // not root, or not in the folder's group: the lock stays the writer's, and the permissions below
        // still let the group in when the folder does
        FolderOwner.of(folder).give(file);
        PosixFileAttributes folderAttributes = folderView.readAttributes();
        PosixFileAttributes fileAttributes = fileView.readAttributes();
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(fileAttributes.permissions());
        Set<PosixFilePermission> folderPermissions = folderAttributes.permissions();
        addIf(folderPermissions.contains(PosixFilePermission.OWNER_WRITE), permissions, PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        addIf(folderPermissions.contains(PosixFilePermission.GROUP_WRITE), permissions, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE);
        addIf(folderPermissions.contains(PosixFilePermission.OTHERS_WRITE), permissions, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        fileView.setPermissions(permissions);
    }

    private static void addIf(boolean condition, Set<PosixFilePermission> permissions, PosixFilePermission read, PosixFilePermission write) {
        if (condition) {
            permissions.add(read);
            permissions.add(write);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            semaphore.release();
        }
    }
}
