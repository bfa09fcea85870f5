package cabletag.formats.export;

import cabletag.formats.io.OutputPath;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;

/**
 * Where an export goes: a file (jsonl, conll, hf, doccano), a folder (brat, inline), or a stream
 * (standard output, for the file formats without a split). A path is kept as the system resolves it
 * ({@link OutputPath}): {@code lnk/../out.jsonl} is written where the system puts it, and that is the path
 * the guards check and the summary names.
 */
public record ExportTarget(Path path, OutputStream stream) {

    public ExportTarget {
        if ((path == null) == (stream == null)) {
            throw new IllegalArgumentException("an export target is a path or a stream");
        }
        path = path == null ? null : OutputPath.resolve(path);
    }

    public static ExportTarget path(Path path) {
        return new ExportTarget(path, null);
    }

    public static ExportTarget stream(OutputStream stream) {
        return new ExportTarget(null, stream);
    }

    public boolean isStream() {
        return stream != null;
    }

    /**
     * Why {@code path} cannot be an export target, or null when it can: it does not exist, or is a regular
     * file (file formats) or a folder (folder formats) that its writer may write. Links are not followed: a symbolic link is refused
     * rather than written through, so an export never lands somewhere the path does not name.
     */
    public static String problemWith(Path path, boolean folder) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return path + ": " + cabletag.formats.io.IoReason.describe(e);
        }
        String choose = folder ? "choose a folder path" : "choose a file path";
        if (attributes.isSymbolicLink()) {
            return path + " is a symbolic link; cabletag does not write through links, " + choose;
        }
        if (folder && !attributes.isDirectory()) {
            return path + (attributes.isRegularFile() ? " is a file" : " is not a folder") + "; " + choose;
        }
        if (!folder && attributes.isDirectory()) {
            return path + " is a folder; " + choose;
        }
        if (!folder && !attributes.isRegularFile()) {
            return path + " is not a regular file; " + choose;
        }
        // A folder export reads the folder it replaces to keep the user's files in it: one it may not read or
        // enter could hold anything, and would stop the export only after the corpus was read.
        if (folder && (!Files.isReadable(path) || !Files.isExecutable(path))) {
            return path + " cannot be read (permission denied): the export reads it to keep the files of yours in it;"
                    + " make it readable (chmod u+rx) or " + choose;
        }
        // Replacing a folder moves it aside, which needs permission to write it (its ".." changes); a file made
        // read-only is one its owner protects, as cp and editors take it. Root may write both, and does.
        if (!Files.isWritable(path)) {
            return path + " is read-only (permission denied): replacing it needs permission to write it; make it"
                    + " writable (chmod u+w) or " + choose;
        }
        return null;
    }

    @Override
    public String toString() {
        return isStream() ? "standard output" : path.toString();
    }
}
