package cabletag;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The crash reports of the window's JVMs ({@code hs_err_pid<pid>.log}, 30 to 70 KB each), which the relaunch
 * has the JVM write beside the archives in {@code cache/cds/} rather than into the user's working folder
 * (ADR 0011). Nothing else ever removes them, so every relaunched start keeps the {@value #KEPT} newest and
 * deletes the others: enough to report a crash and the two before it, not a folder that grows for good.
 */
final class CrashReports {

    /** Reports kept: the newest, and the two before it (a crash that repeats shows in them). */
    static final int KEPT = 3;
    private static final String PREFIX = "hs_err_pid";
    private static final String SUFFIX = ".log";

    private final Path folder;

    CrashReports(Path folder) {
        this.folder = folder;
    }

    /** What the JVM is told to name its report ({@code -XX:ErrorFile}; {@code %p}: its process id). */
    Path pattern() {
        return folder.resolve(PREFIX + "%p" + SUFFIX);
    }

    /** The report of the JVM of process {@code pid}, had it crashed. */
    Path of(long pid) {
        return folder.resolve(PREFIX + pid + SUFFIX);
    }

    /**
     * Deletes all reports but the {@value #KEPT} newest (by modification time). Only a tidy-up: a folder that
     * is not there, cannot be listed or written, or a report another start deletes first, is left as it is.
     */
    void deleteAllButTheNewest() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            found.forEach(reports::add);
        } catch (IOException | RuntimeException notListed) {
            return;
        }
        if (reports.size() <= KEPT) {
            return;
        }
        reports.sort(Comparator.comparing(CrashReports::modified).thenComparing(Path::toString).reversed());
        for (Path old : reports.subList(KEPT, reports.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException notDeleted) {
                // a folder this user cannot write: a start that can will delete it
            }
        }
    }

    private static FileTime modified(Path report) {
        try {
            return Files.getLastModifiedTime(report);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }
}
