package cabletag.formats;

import java.nio.file.Path;

/**
 * One file of a corpus: where it is, its name relative to the input it was found under, and its size
 * in bytes as the listing saw it ({@link #UNKNOWN_SIZE} when it was not looked at). The size lets a reader
 * budget memory without asking the file system again (a call per file costs as much as reading a cable).
 */
public record CorpusFile(Path path, String name, long size) {

    public static final long UNKNOWN_SIZE = -1;

    public CorpusFile(Path path, String name) {
        this(path, name, UNKNOWN_SIZE);
    }
}
