package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Removes the temporary files {@link AtomicFile} leaves in a folder when its process is killed before the
 * rename ({@code .NAME.*.tmp}). Only those an hour old: no live writer can still own them, and a write of the
 * largest file the program keeps takes seconds.
 */
public final class StaleTemporaryFiles {

    static final long AGE_MILLIS = TimeUnit.HOURS.toMillis(1);

    private StaleTemporaryFiles() {
    }

    /** Removes the stale temporary files in {@code folder}; one it cannot list or remove stays (it costs space, nothing else). */
    public static void removeFrom(Path folder) {
        removeFrom(folder, System.currentTimeMillis());
    }

    static void removeFrom(Path folder, long now) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path temp : stream) {
                try {
                    if (Files.isRegularFile(temp) && Files.getLastModifiedTime(temp).toMillis() < now - AGE_MILLIS) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException e) {
                    // the next one may still go
                }
            }
        } catch (IOException e) {
            // no folder yet, or one that cannot be listed: nothing to remove here
        }
    }
}
