package cabletag.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The warm-up's throw-away folder in the system's temporary folder (a megabyte of cable and a store).
 * The warm-up runs on a daemon thread for the first seconds after start-up: a quit in those seconds, or a
 * killed process, used to leave the folder behind, one per start. So it is removed when the JVM exits
 * (quit, SIGTERM), and the folders an earlier run could not remove (SIGKILL, a power cut) go when the next
 * run makes its own: those an hour old, since a warm-up lasts seconds and another running instance may
 * own a younger one.
 */
final class WarmUpFolder implements AutoCloseable {

    static final String PREFIX = "cabletag-warm-up";
    static final long STALE_AFTER_MILLIS = TimeUnit.HOURS.toMillis(1);

    private final Path path;
    private final Thread removalAtExit;

    private WarmUpFolder(Path path) {
        this.path = path;
        this.removalAtExit = new Thread(() -> deleteQuietly(path), "cabletag-warm-up-removal");
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

    /** Removes the folder now rather than at exit. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removalAtExit);
        } catch (IllegalStateException exiting) {
            return; // the hook is removing it already
        }
        deleteQuietly(path);
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
        // Files.walk does not follow links: a link inside is removed, not what it points to.
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what stays is removed by a later run, once it is an hour old
        }
    }
}
