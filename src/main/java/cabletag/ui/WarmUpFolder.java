package cabletag.ui;

import cabletag.formats.io.FolderTree;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The warm-up's throw-away folder in the system's temporary folder (a megabyte of cable and a store).
 * The warm-up runs on a daemon thread for the first seconds after start-up: a quit in those seconds, or a
 * killed process, used to leave the folder behind, one per start. So it is removed when the JVM exits
 * (quit, SIGTERM), and the folders an earlier run could not remove (SIGKILL, a power cut) go when the next
 * run makes its own: those an hour old, since a warm-up lasts seconds and another running instance may
 * own a younger one.
 *
 * <p>At exit the warm-up is still writing into the folder (its store saves each cable and position), and
 * a write after the removal made the folders again: one start in six that was ended while warming up left
 * a folder behind. So the removal at exit first says the JVM is ending ({@link #exiting()}, which the
 * warm-up asks between its steps), waits for the warm-up to close the folder, and only then removes it, or
 * after {@value #WAIT_AT_EXIT_MILLIS} ms at most, so that a stuck warm-up never holds the exit up.
 */
final class WarmUpFolder implements AutoCloseable {

    static final String PREFIX = "cabletag-warm-up";
    static final long STALE_AFTER_MILLIS = TimeUnit.HOURS.toMillis(1);
    /** How long the removal at exit waits for the warm-up to stop: a step of it lasts well under a second. */
    static final long WAIT_AT_EXIT_MILLIS = 2000;

    private final Path path;
    private final Thread removalAtExit;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean exiting;

    private WarmUpFolder(Path path) {
        this.path = path;
        this.removalAtExit = new Thread(() -> removeAtExit(WAIT_AT_EXIT_MILLIS), "cabletag-warm-up-removal");
        Runtime.getRuntime().addShutdownHook(removalAtExit);
    }

    /** Makes a new folder in the system's temporary folder, first removing the stale ones earlier runs left. */
    static WarmUpFolder create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), System.currentTimeMillis());
    }

    static WarmUpFolder create(Path temporaryFolder, long now) throws IOException {
        removeStale(temporaryFolder, now);
        return new WarmUpFolder(Files.createTempDirectory(temporaryFolder, PREFIX));
    }

    Path path() {
        return path;
    }

    /** Whether the JVM is ending: the warm-up then stops at its next step and closes the folder. */
    boolean exiting() {
        return exiting;
    }

    /**
     * The removal at exit: asks the warm-up to stop, waits up to {@code waitMillis} for it to close the folder
     * (which removes it), then removes what is left.
     */
    void removeAtExit(long waitMillis) {
        exiting = true;
        try {
            closed.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(path);
    }

    /** Removes the folder now rather than at exit. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removalAtExit);
        } catch (IllegalStateException ending) {
            // the JVM is exiting, and the hook waits for this close before it removes what is left
        }
        deleteQuietly(path);
        closed.countDown();
    }

    private static void removeStale(Path temporaryFolder, long now) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(temporaryFolder, PREFIX + "*")) {
            for (Path folder : stream) {
                try {
                    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toMillis() < now - STALE_AFTER_MILLIS) {
                        deleteQuietly(folder);
                    }
                } catch (IOException e) {
                    // another user's, or gone meanwhile: the next one may still go
                }
            }
        } catch (IOException e) {
            // a temporary folder that cannot be listed: nothing to remove
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            FolderTree.delete(folder);
        } catch (IOException e) {
            // what stays is removed by a later run, once it is an hour old
        }
    }
}
