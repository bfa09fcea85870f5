package cabletag.workspace.consistency;

import cabletag.formats.CorpusFile;
import cabletag.workspace.CorrectedDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A corpus file as a saved index knows it: its real path (the first part of its cables' store keys), size
 * and modification time. Worked out with one look at the file ({@code lstat}) and the real path of its folder
 * (once per folder), not a real path and a second look per file: at 250,000 files that is what a reopen costs
 * before anything else. A file that is a link has its real path and stamp looked up through the link.
 */
public record FileStamp(String realPath, long size, long modified, long identity, boolean presumed) {

    public FileStamp(String realPath, long size, long modified) {
        this(realPath, size, modified, 0, false);
    }

    /** Every file's stamp, in the order given, on every core. */
    public static List<FileStamp> of(List<Path> files) {
        Map<Path, String> realFolders = new ConcurrentHashMap<>();
        return files.parallelStream().map(file -> of(file, realFolders)).toList();
    }

    /**
     * Every file's stamp as the folder listing saw it, without looking at any file again: size and time from
     * the listing, the real path presumed to be the real folder's and the file's name ({@link #presumed}), which
     * holds unless the file itself is a link. Good for finding an unchanged file in a saved index: a file this
     * does not find there is stamped {@link #of exactly}. A file the listing did not see (a file named as an
     * input) is stamped exactly at once.
     */
    public static List<FileStamp> listed(List<CorpusFile> files) {
        Map<Path, String> realFolders = new ConcurrentHashMap<>();
        List<FileStamp> stamps = new ArrayList<>(files.size());
        Path lastFolder = null;
        String lastReal = null;
        for (CorpusFile file : files) {
            Path folder = file.path().getParent();
            Path name = file.path().getFileName();
            if (!file.hasAttributes() || folder == null || name == null) {
                stamps.add(of(file.path(), realFolders));
                continue;
            }
            if (!folder.equals(lastFolder)) { // listed in name order: a folder's files come together
                lastFolder = folder;
                lastReal = realFolders.computeIfAbsent(folder.toAbsolutePath(), FileStamp::realPathOf);
            }
            stamps.add(new FileStamp(joined(lastReal, name, file.path()), file.size(), file.modified(), file.identity(), true));
        }
        return stamps;
    }

    private static String joined(String realFolder, Path name, Path file) {
        String separator = file.getFileSystem().getSeparator();
        return realFolder.endsWith(separator) ? realFolder + name : realFolder + separator + name;
    }

    static FileStamp of(Path file, Map<Path, String> realFolders) {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isSymbolicLink() && folder != null && name != null) {
                String real = realFolders.computeIfAbsent(folder, FileStamp::realPathOf);
                return new FileStamp(joined(real, name, file), attributes.size(), attributes.lastModifiedTime().toMillis(),
                        CorpusFile.identityOf(attributes), false);
            }
            BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(realPathOf(file), target.size(), target.lastModifiedTime().toMillis(), CorpusFile.identityOf(target), false);
        } catch (IOException | SecurityException e) {
            return new FileStamp(realPathOf(file), -1, -1); // gone or unreadable: never equal to a saved stamp
        }
    }

    private static String realPathOf(Path path) {
        return CorrectedDocuments.realPathOf(path);
    }
}
