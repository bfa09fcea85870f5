package cabletag.formats.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Exclusive right to change the output sets of one folder: a lock on {@code .cabletag-export.lock} in
 * that folder, held by one process (an OS file lock, released by the OS when the process dies, even by
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
        Semaphore semaphore = IN_THIS_JVM.computeIfAbsent(folder.toRealPath(), key -> new Semaphore(1));
        semaphore.acquireUninterruptibly();
        try {
            FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
