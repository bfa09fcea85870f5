package cabletag.formats;

import java.nio.file.Path;

/**
 * One file of a corpus: where it is, its name relative to the input it was found under, and its size and
 * modification time (milliseconds) as the folder listing saw them ({@link #UNKNOWN_SIZE}, -1, when not listed
 * from a folder). The time lets a saved index tell an unchanged file without looking at it again; the size
 * lets a reader budget memory without asking the file system (a call per file costs as much as reading a cable).
 */
public record CorpusFile(Path path, String name, long size, long modified) {

    public static final long UNKNOWN_SIZE = -1;

    public CorpusFile(Path path, String name) {
        this(path, name, UNKNOWN_SIZE, -1);
    }

    /** Whether the listing saw the file's size and time. */
    public boolean hasAttributes() {
        return size >= 0;
    }
}
