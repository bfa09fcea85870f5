package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A folder in which no file can be made, found when the first file is made there (an export's lock, a page's
 * temporary file), though the check before reading let it pass: {@code /proc} and {@code /sys} as root (whose
 * permissions say yes), a read-only file system. It is the choice of the target, as a folder without write
 * permission is, so it is refused as that one is (bad use), and said of the folder: the file that could not be
 * made is the program's own (a lock, a temporary file), which the user never named.
 */
public final class FolderRefusal {

    private FolderRefusal() {
    }

    /**
     * The refusal for a failure to make a file in {@code folder}, or null when {@code failure} is no such
     * refusal (a full disk: a write that failed, not a choice of target). Its message is the reason alone,
     * {@code permission denied (/sys)} or {@code no file can be made in /proc (no such file or folder)}, for the
     * caller to put after the output it names.
     */
    public static OutputRefusedException of(Path folder, IOException failure) {
        boolean refused = failure instanceof AccessDeniedException || failure instanceof NoSuchFileException
                || failure instanceof FileSystemException fileSystem && "Read-only file system".equals(fileSystem.getReason());
        if (!refused || !inFolder(folder, failure)) {
            return null;
        }
        String message = failure instanceof AccessDeniedException ? "permission denied (" + folder + ")"
                : "no file can be made in " + folder + " (" + IoReason.reason(failure) + ")";
        return new OutputRefusedException(message, failure);
    }

    /** Whether the file the failure names (if any) is one of the folder's own entries. */
    private static boolean inFolder(Path folder, IOException failure) {
        if (!(failure instanceof FileSystemException fileSystem) || fileSystem.getFile() == null) {
            return true;
        }
        Path parent = Path.of(fileSystem.getFile()).toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }
}
