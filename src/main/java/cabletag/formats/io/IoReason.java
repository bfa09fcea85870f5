package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An I/O failure as a reason a person can act on ("permission denied"), in every message of the program:
 * the bare message of many is only a path, and the exception's class name ("AccessDenied") is Java's word.
 */
public final class IoReason {

    private IoReason() {
    }

    /** The reason alone: "permission denied", "no such file or folder", "No space left on device". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link that loops";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            String reason = fileSystem.getReason();
            return "Not a directory".equals(reason) ? "not a folder" : reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The reason, with the file it concerns when the failure names one: "permission denied (/data/a.txt)".
     * A file in an export's staging folder is named by the folder the export writes into: the staging
     * folder is the program's business, and it is gone by the time the user looks.
     */
    public static String describe(IOException e) {
        String reason = reason(e);
        if (!(e instanceof FileSystemException fileSystem) || fileSystem.getFile() == null || reason.equals(e.getMessage())) {
            return reason;
        }
        String file = fileSystem.getFile();
        int staging = file.indexOf("/" + OutputSet.STAGING_PREFIX);
        return reason + " (" + (staging > 0 ? file.substring(0, staging) : file) + ")";
    }
}
