package cabletag.workspace.consistency;

import cabletag.workspace.CorrectedDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A corpus file as a saved index knows it: its real path (the first part of its cables' store keys), size
 * and modification time. Worked out with one look at the file ({@code lstat}) and the real path of its folder
 * (once per folder), not a real path and a second look per file: at 250,000 files that is what a reopen costs
 * before anything else. A file that is a link has its real path and stamp looked up through the link.
 */
public record FileStamp(String realPath, long size, long modified) {

    /** Every file's stamp, in the order given, on every core. */
    public static List<FileStamp> of(List<Path> files) {
        Map<Path, String> realFolders = new ConcurrentHashMap<>();
        return files.parallelStream().map(file -> of(file, realFolders)).toList();
    }

    static FileStamp of(Path file, Map<Path, String> realFolders) {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isSymbolicLink() && folder != null && name != null) {
                String real = realFolders.computeIfAbsent(folder, FileStamp::realPathOf);
                String separator = file.getFileSystem().getSeparator();
                return new FileStamp(real.endsWith(separator) ? real + name : real + separator + name,
                        attributes.size(), attributes.lastModifiedTime().toMillis());
            }
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(realPathOf(file), target.size(), target.lastModifiedTime().toMillis());
        } catch (IOException | SecurityException e) {
            return new FileStamp(realPathOf(file), -1, -1); // gone or unreadable: never equal to a saved stamp
        }
    }

    private static String realPathOf(Path path) {
        String key = CorrectedDocuments.keyOf(path, "");
        return key.substring(0, key.length() - 1);
    }
}
