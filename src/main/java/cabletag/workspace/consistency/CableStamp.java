package cabletag.workspace.consistency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What says a cable's places in a saved index still hold: its file's size and modification time, and
 * those of its stored corrections (0 when none), and the file's {@linkplain cabletag.formats.CorpusFile#identityOf
 * identity} (0 when not known, which matches any). Anything else differing means the cable is read again.
 */
record CableStamp(long size, long modified, long storeSize, long storeModified, long identity) {

    /** The stamp of a file (none: 0, 0) and of its stored corrections (none: 0, 0). */
    static CableStamp of(Path file, Path storedCorrections) {
        long[] cable = file == null ? new long[] {0, 0, 0} : attributes(file);
        long[] store = storedCorrections == null ? new long[] {0, 0, 0} : attributes(storedCorrections);
        return new CableStamp(cable[0], cable[1], store[0], store[1], cable[2]);
    }

    /** The stamp of a file as listed, and of its stored corrections. */
    static CableStamp of(FileStamp file, Path storedCorrections) {
        if (storedCorrections == null) {
            return new CableStamp(file.size(), file.modified(), 0, 0, file.identity());
        }
        CableStamp store = ofStore(storedCorrections);
        return new CableStamp(file.size(), file.modified(), store.storeSize(), store.storeModified(), file.identity());
    }

    /** Whether the file is the one stamped: the same size and time, and the same identity where both know one. */
    boolean sameFile(FileStamp file) {
        return size == file.size() && modified == file.modified()
                && (identity == 0 || file.identity() == 0 || identity == file.identity());
    }

    /** The stamp of stored corrections alone (the file's part 0, 0). */
    static CableStamp ofStore(Path storedCorrections) {
        return storedCorrections == null ? NONE : of((Path) null, storedCorrections);
    }

    private static final CableStamp NONE = new CableStamp(0, 0, 0, 0, 0);

    boolean sameStore(CableStamp other) {
        return storeSize == other.storeSize && storeModified == other.storeModified;
    }

    private static long[] attributes(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().toMillis(), cabletag.formats.CorpusFile.identityOf(attributes)};
        } catch (IOException | SecurityException e) {
            return new long[] {-1, -1, 0}; // gone or unreadable: never equal to a saved stamp
        }
    }
}
