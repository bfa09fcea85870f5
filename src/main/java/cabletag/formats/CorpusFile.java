package cabletag.formats;

import java.nio.file.Path;

/**
 * One file of a corpus: where it is, its name relative to the input it was found under, and its size and
 * modification time (milliseconds) as the folder listing saw them (-1 when not listed from a folder), so a
 * saved index can tell an unchanged file without looking at it again.
 */
public record CorpusFile(Path path, String name, long size, long modified) {

    public CorpusFile(Path path, String name) {
        this(path, name, -1, -1);
    }

    /** Whether the listing saw the file's size and time. */
    public boolean hasAttributes() {
        return size >= 0;
    }
}
