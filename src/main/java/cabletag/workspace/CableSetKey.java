package cabletag.workspace;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names a set of cable files however it was opened: a folder or its files one by one, in any order,
 * through a linked folder. Each file is named by the real path of its folder and its own name, and the
 * set by a hash of those names sorted. Only folders are resolved (a corpus has few), not each of 250,000
 * files: a link to a single file is named by where the link is, which is as far as it is worth going.
 */
final class CableSetKey {

    private final Map<Path, String> realFolders = new HashMap<>();

    /** {@code /real/folder/name.txt}. */
    synchronized String pathOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null) {
            return absolute.toString();
        }
        String real = realFolders.computeIfAbsent(folder, CableKey::canonical);
        return real + absolute.getFileSystem().getSeparator() + absolute.getFileName();
    }

    /** 32 hex digits of the SHA-256 of the sorted, distinct names of {@code files}. */
    String keyOf(Collection<Path> files) {
        TreeSet<String> names = new TreeSet<>();
        for (Path file : files) {
            names.add(pathOf(file));
        }
        return Hashes.sha256Hex(String.join("\n", names)).substring(0, 32);
    }
}
