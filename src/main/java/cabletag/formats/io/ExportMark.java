package cabletag.formats.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserDefinedFileAttributeView;

/**
 * Tells the files an export wrote from the files a user wrote. Every file an export writes carries a user
 * extended attribute ({@code user.cabletag.export} on Linux); a later export replaces such a file as it
 * is, and keeps any other existing file as a numbered copy first ({@code notes.md.~1~}, as GNU
 * {@code cp --backup=numbered} names them): nothing the user wrote is overwritten without a copy, and
 * exporting again and again to the same file leaves no pile of copies. The mark lives with the file, so
 * it holds whatever home folder the export ran with. Where the file system keeps no such attributes,
 * every replaced file is kept as a copy.
 */
public final class ExportMark {

    static final String NAME = "cabletag.export";
    private static final byte[] VALUE = "1".getBytes(StandardCharsets.US_ASCII);

    private ExportMark() {
    }

    /** Marks a file an export wrote, before it is renamed into place (a rename keeps the mark). */
    public static void mark(Path file) {
        UserDefinedFileAttributeView view = view(file);
        if (view == null) {
            return;
        }
        try {
            view.write(NAME, ByteBuffer.wrap(VALUE));
        } catch (IOException | UnsupportedOperationException e) {
            // no user attributes here: every file this export replaces later will be kept as a copy
        }
    }

    /** Whether an export wrote this file (a link is never taken for one). */
    public static boolean isMarked(Path file) {
        UserDefinedFileAttributeView view = view(file);
        if (view == null) {
            return false;
        }
        try {
            return view.list().contains(NAME);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Keeps {@code file} as {@code NAME.~N~} beside it (a hard link, so no byte is copied; a copy where
     * links cannot be made) unless it is missing or an export wrote it. Returns the copy, or null.
     */
    public static Path keepUnlessMarked(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || isMarked(file)) {
            return null;
        }
        for (int n = 1; ; n++) {
            Path copy = numberedCopy(file, n);
            if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createLink(copy, file);
            } catch (FileAlreadyExistsException e) {
                continue; // made meanwhile by someone else: the next number
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                Durable.forceFile(copy);
            }
            Durable.forceFolder(file.toAbsolutePath().getParent());
            return copy;
        }
    }

    /**
     * The name {@link #keepUnlessMarked} would keep {@code file} under if it ran now: the first free
     * {@code NAME.~N~}. For saying so before an export runs (the export dialog's warning).
     */
    public static Path nextCopy(Path file) {
        for (int n = 1; ; n++) {
            Path copy = numberedCopy(file, n);
            if (!Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                return copy;
            }
        }
    }

    private static Path numberedCopy(Path file, int n) {
        return file.resolveSibling(file.getFileName() + ".~" + n + "~");
    }

    private static UserDefinedFileAttributeView view(Path file) {
        return Files.getFileAttributeView(file, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }
}
