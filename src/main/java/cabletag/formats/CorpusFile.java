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

    /** The file as the lines about it name it: {@link #shownName(Path)}. */
    public String shown() {
        return shownName(path);
    }

    /**
     * How every line about a corpus file names it: the problem lines and notes of every command and of the
     * window's Problems pane; never what an export writes (ids, {@code meta.source} and file names take
     * {@link #name}, so the bytes do not depend on how the inputs were named and carry no path of the
     * machine). It is the file as the user named it, the input as given (on the command line, or as the
     * window was given it) joined with the file's path under that input, as grep and compilers name files:
     * {@code x/c.txt} and {@code y/c.txt} for the inputs {@code x y}, {@code /data/x/c.txt} for the input
     * {@code /data/x}, {@code c.txt} for the file named {@code c.txt}.
     * Unique among the files of one run, whatever else is named with it and in any order; the name relative
     * to the input alone ({@link #name}) is not: two inputs may each hold a {@code c.txt}.
     */
    public static String shownName(Path file) {
        return file.toString();
    }

    /** {@link #shownName(Path)} of the file at {@code relative} under {@code input}, for a name that may be no path. */
    static String shownName(Path input, String relative) {
        String folder = input.toString();
        return relative.isEmpty() ? folder : folder.isEmpty() ? relative : folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }

    /** Whether the listing saw the file's size and time. */
    public boolean hasAttributes() {
        return size >= 0;
    }
}
