package cabletag.formats;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files a listing handed out, so that a file reached a second time (named twice, named beside its folder,
 * reached again through a link) is listed once. Files are told apart by the file system's key (device and
 * inode), looked up with the attributes the listing reads anyway. That key is the same for hard links too,
 * and a hard link is no second route to one cable but a name of its own: the analyst sees two files, and
 * corrections are stored for each under its path. So when a key comes again under another path, the two real
 * paths decide: one real path is the same file reached again, two are two cables. Only then is a real path
 * asked for (a call per file would cost as much as the listing). Not thread-safe: one listing thread.
 */
public final class SeenFiles {

    /** Each file key handed out, and the path it was first reached by. */
    private final Map<Object, Path> firstPathOf = new HashMap<>();
    /** The real paths of files whose key was reached by more than one path. */
    private final Set<Path> realPaths = new HashSet<>();

    /** Whether {@code path}, of the identity {@code key}, is listed for the first time (and now taken). */
    boolean firstTime(Object key, Path path) {
        Path first = firstPathOf.putIfAbsent(key, path);
        if (first == null) {
            return true;
        }
        if (first.equals(path)) {
            return false;
        }
        realPaths.add(SortedFolderWalk.realPath(first));
        return realPaths.add(SortedFolderWalk.realPath(path));
    }
}
