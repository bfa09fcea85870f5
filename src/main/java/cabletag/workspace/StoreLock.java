package cabletag.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a workspace's store folder while a session has it open, so a second
 * window or process on the same corpus is told that the two would overwrite each other's edits.
 * The lock goes with the process: a killed session leaves no stale lock behind.
 */
final class StoreLock implements AutoCloseable {

    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another session holds it. */
    static StoreLock tryAcquire(Path workspaceDir) throws IOException {
        Files.createDirectories(workspaceDir);
        FileChannel channel = FileChannel.open(workspaceDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new StoreLock(channel, lock);
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another workspace in this JVM has it
        }
        channel.close();
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
