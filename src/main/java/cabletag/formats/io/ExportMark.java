package cabletag.formats.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Optional;

/**
 * Tells the files cabletag wrote, and nobody changed since, from everything else. Every file an export
 * writes (and the report page, a cable saved inline) carries a user extended attribute
 * ({@code user.cabletag.export} on Linux) recording the name it was written under (in a folder export, its
 * path under the folder, {@link #pathInFolder}) and its
 * {@link ContentFingerprint}. Before such a file is replaced the mark is checked against what the file
 * holds now: an output that is still as written is replaced as it is, so exporting again and again to
 * the same place leaves no pile of copies; anything else — a file changed since (a line appended with
 * {@code >>}, an editor saving in place, another file copied over it: all keep the attribute), one moved
 * there from another name, one cabletag did not write — is kept as a numbered copy first
 * ({@link NumberedCopy}). Nothing the user wrote is overwritten without a copy. The mark lives with the
 * file, so it holds whatever home folder cabletag ran with. Where the file system keeps no such attributes,
 * every replaced file is kept as a copy.
 */
public final class ExportMark {

    static final String NAME = "cabletag.export";
    /** The version of the mark's value: {@code 2 SIZE CRC32C CRC32 NAME}. Version 1 was the value {@code 1}. */
    private static final String VERSION = "2";

    private ExportMark() {
    }

    /** What an existing file is to a writer about to replace it. */
    public enum Kind {
        /** Written by cabletag under this name and unchanged since: replaced without a copy. */
        UNCHANGED_OUTPUT,
        /** Marked by cabletag, but changed, moved, or not to be checked: kept as a numbered copy first. */
        MARKED_TO_KEEP,
        /** Without a mark: kept as a numbered copy first. */
        NOT_MARKED
    }

    /**
     * What a file is, and, when it is to be kept, why, in words that follow its path ("was changed since
     * cabletag wrote it").
     */
    public record Provenance(Kind kind, String why) {
        /** Whether it is to be kept before it is replaced. */
        public boolean keep() {
            return kind != Kind.UNCHANGED_OUTPUT;
        }

        /** Whether it carries a mark of cabletag's, of any version, changed since or not. */
        public boolean marked() {
            return kind != Kind.NOT_MARKED;
        }

        static Provenance toKeep(String why) {
            return new Provenance(Kind.MARKED_TO_KEEP, why);
        }
    }

    private static final Provenance UNCHANGED = new Provenance(Kind.UNCHANGED_OUTPUT, "is as cabletag wrote it");
    private static final Provenance UNMARKED = new Provenance(Kind.NOT_MARKED, ExportMark.NOT_WRITTEN);
    static final String NOT_WRITTEN = "was not written by cabletag";
    static final String CHANGED = "was changed since cabletag wrote it";
    /**
     * Said of a file without a mark met by the recovery of an interrupted export, which had kept every file that
     * was no unchanged output before its journal: this one was saved there since, as a new file.
     */
    static final String WRITTEN_SINCE_INTERRUPTION = "was saved there as a new file since the export was interrupted"
            + " (an editor saving by rename, or a copy over it)";
    static final String COULD_NOT_TELL = "could not be read to tell whether cabletag wrote it";

    /**
     * Marks a file cabletag wrote with the name it is written under and what it holds, before it is
     * renamed into place (a rename keeps the mark).
     */
    public static void mark(Path file, String name, ContentFingerprint written) {
        UserDefinedFileAttributeView view = view(file);
        if (view == null) {
            return;
        }
        String value = VERSION + " " + written.size() + " " + Integer.toHexString(written.crc32c()) + " "
                + Integer.toHexString(written.crc32()) + " " + name;
        try {
            view.write(NAME, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            // no user attributes here: every file this export replaces later will be kept as a copy
        }
    }

    /**
     * A path under a folder export as its marks record it: '/' before each of its names, on every system
     * ({@code /sub/c.ann}, {@code /c.ann}). The leading '/' tells it from the bare name a file target's mark
     * records, and that marks of folder exports before 2026-12-04 recorded.
     */
    public static String pathInFolder(Path relative) {
        StringBuilder path = new StringBuilder();
        for (Path name : relative) {
            path.append('/').append(name);
        }
        return path.toString();
    }

    /** The mark's value on a folder an export made: a folder without it in an export folder is the user's. */
    private static final String FOLDER = "folder";

    /** Marks a folder an export makes, so the next export into its folder tells it from a folder of the user's. */
    public static void markFolder(Path folder) {
        UserDefinedFileAttributeView view = view(folder);
        if (view == null) {
            return;
        }
        try {
            view.write(NAME, ByteBuffer.wrap(FOLDER.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | UnsupportedOperationException e) {
            // no user attributes here: the folder is taken for the user's and stays, empty if nothing is in it
        }
    }

    /** Whether an export made this folder ({@link #markFolder}). */
    public static boolean isExportFolder(Path folder) {
        try {
            return FOLDER.equals(value(folder));
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether cabletag wrote this file, changed since or not, by any version of the mark (a link never is). */
    public static boolean isMarked(Path file) {
        try {
            return value(file) != null;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * What an existing regular file is: an unchanged output (its mark's name and fingerprint are what the
     * file is and holds now: it is read to know), or a file to keep, and why.
     */
    public static Provenance provenance(Path file) {
        return provenance(file, String.valueOf(file.getFileName()));
    }

    /**
     * As {@link #provenance(Path)}, for a file of a folder export, whose mark records its path under the
     * export's folder ({@link #pathInFolder}): one moved from one of the export's folders
     * to another keeps its name, and is the user's where it is now. A mark of a folder export before
     * 2026-12-04 recorded the file's name alone, and is taken as it was meant then.
     */
    public static Provenance provenance(Path file, String pathInFolder) {
        String value;
        try {
            value = value(file);
        } catch (AccessDeniedException e) {
            // not "not written by cabletag": whether it was is what could not be read
            return new Provenance(Kind.NOT_MARKED, COULD_NOT_TELL + " (" + IoReason.reason(e) + ")");
        }
        if (value == null) {
            return UNMARKED;
        }
        String[] fields = value.split(" ", 5);
        if (fields.length != 5 || !fields[0].equals(VERSION)) {
            // the value "1" of cabletag before 2026-12-04, or a version this one does not know
            return Provenance.toKeep("was written by another version of cabletag, whose mark records nothing this one can check a change by");
        }
        ContentFingerprint recorded;
        try {
            recorded = new ContentFingerprint(Long.parseLong(fields[1]), Integer.parseUnsignedInt(fields[2], 16),
                    Integer.parseUnsignedInt(fields[3], 16));
        } catch (NumberFormatException e) {
            return Provenance.toKeep("carries a cabletag mark that cannot be read, so a change cannot be told");
        }
        if (!writtenWhereItIs(fields[4], file, pathInFolder)) {
            return Provenance.toKeep("was written by cabletag as " + (fields[4].startsWith("/") ? fields[4].substring(1)
                    : fields[4]) + " and moved or copied here");
        }
        try {
            long size = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
            if (size != recorded.size() || !ContentFingerprint.of(file).equals(recorded)) {
                return Provenance.toKeep(CHANGED);
            }
        } catch (IOException e) {
            return Provenance.toKeep("could not be read to tell whether it changed since cabletag wrote it (" + IoReason.reason(e) + ")");
        }
        return UNCHANGED;
    }

    /**
     * Whether the name a mark recorded is where the file is now: its path under the folder, or, for a mark
     * without one (a file target's, or a folder export's before 2026-12-04), its name.
     */
    private static boolean writtenWhereItIs(String recorded, Path file, String pathInFolder) {
        return recorded.equals(pathInFolder)
                || !recorded.startsWith("/") && recorded.equals(String.valueOf(file.getFileName()));
    }

    /**
     * Keeps {@code file} as {@code NAME.~N~} beside it unless it is missing, not a regular file or an
     * unchanged output of cabletag; returns the line that says so, for the user.
     */
    public static Optional<String> keepUnlessUnchanged(Path file) throws IOException {
        return keepUnlessUnchanged(file, NOT_WRITTEN);
    }

    /**
     * As {@link #keepUnlessUnchanged(Path)}, saying {@code whyNotMarked} of a file without a mark: what is known
     * of it where it is met (after an interrupted export, one {@link #WRITTEN_SINCE_INTERRUPTION}).
     */
    static Optional<String> keepUnlessUnchanged(Path file, String whyNotMarked) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Provenance provenance = provenance(file);
        if (!provenance.keep()) {
            return Optional.empty();
        }
        String why = provenance.why().equals(NOT_WRITTEN) ? whyNotMarked : provenance.why();
        Path copy = NumberedCopy.keepBeside(file);
        return Optional.of(file + " " + why + "; the old file is kept as " + copy.getFileName());
    }

    /**
     * The longest value read: the numbers and a path under a folder export. A longer one is not read, and its
     * file is taken for one cabletag did not write: kept as a copy, never lost.
     */
    private static final int LONGEST_VALUE = 8192;

    /**
     * The mark's value, or null when the file has none (or the file system keeps no user attributes).
     *
     * @throws AccessDeniedException when the attribute cannot be read (a file its reader may not read): it may
     *                               well be there
     */
    private static String value(Path file) throws AccessDeniedException {
        UserDefinedFileAttributeView view = view(file);
        if (view == null || Files.isSymbolicLink(file)) {
            return null;
        }
        try {
            // read straight away, not listed first: each call opens the file, and a folder export checks thousands
            ByteBuffer buffer = ByteBuffer.allocate(LONGEST_VALUE);
            view.read(NAME, buffer);
            buffer.flip();
            return StandardCharsets.UTF_8.decode(buffer).toString();
        } catch (AccessDeniedException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no such attribute ("No data available"), or none on this file system
        }
    }

    private static UserDefinedFileAttributeView view(Path file) {
        return Files.getFileAttributeView(file, UserDefinedFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }
}
