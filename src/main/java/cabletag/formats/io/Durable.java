package cabletag.formats.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The few file-system steps every write of the program is built from: force a file or a folder to
 * disk, rename atomically (a replaced file's owner and permissions: {@link ReplacedAttributes}).
 */
public final class Durable {

    private Durable() {
    }

    /** Forces a file's bytes to disk, so a rename that follows never publishes a file still in the cache. */
    public static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (AccessDeniedException e) {
            // A file this process may not write is not one it wrote: a user's read-only file that a
            // replaced export folder keeps (linked into the new one). Reading is enough to force it on
            // Linux; a file it may not even read has no bytes of this process to force.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            } catch (AccessDeniedException unreadable) {
                // nothing of ours in it
            }
        }
    }

    /**
     * Forces a folder's entries to disk, so a rename in it survives a power cut. Where the platform
     * cannot open a folder (Windows) this does nothing: the rename is still atomic there.
     */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported for folders on this platform
        }
    }

    /** Renames {@code from} to {@code to} in one step, replacing a file at {@code to}. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only file systems without an atomic rename get here (staging always sits beside the target).
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Threads that force files to disk together: fsync waits on the disk, not the CPU. */
    private static final int FORCING_THREADS = 16;

    /**
     * Forces these files to disk, as {@link #forceFile} each. Many files are forced from several threads at
     * once, so the file system commits them together: one by one, 8,000 brat files took 32 s on ext4, sixteen
     * at a time 1.4 s. Used by every set of files written as one (an export's output set, the store's step
     * over many cables).
     */
    public static void forceAll(List<Path> files) throws IOException {
        if (files.size() < 2 * FORCING_THREADS) {
            for (Path file : files) {
                forceFile(file);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(FORCING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "cabletag-force");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> forced = new ArrayList<>();
            for (Path file : files) {
                forced.add(pool.submit(() -> {
                    forceFile(file);
                    return null;
                }));
            }
            for (Future<Void> each : forced) {
                each.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while forcing the new files to disk");
        } finally {
            pool.shutdownNow();
        }
    }
}
