package cabletag.formats;

import java.nio.file.Path;

/**
 * One file of a corpus: where it is, its name relative to the input it was found under, and its size,
 * modification time (milliseconds) and {@linkplain #identityOf identity} as the folder listing saw them
 * ({@link #UNKNOWN_SIZE}, -1, 0 when not listed from a folder). Time and identity let a saved index tell an
 * unchanged file without looking at it again; the size lets a reader budget memory without asking the file
 * system (a call per file costs as much as reading a cable).
 */
public record CorpusFile(Path path, String name, long size, long modified, long identity) {

    public static final long UNKNOWN_SIZE = -1;

    public CorpusFile(Path path, String name) {
        this(path, name, UNKNOWN_SIZE, -1, 0);
    }

    /** A file whose identity is not known (0, which every identity is taken to match). */
    public CorpusFile(Path path, String name, long size, long modified) {
        this(path, name, size, modified, 0);
    }

    /**
     * A number for the file system's own key of a file (device and inode here; 0 where there is none): a file
     * written anew under its old name (sed -i, rsync, an editor that saves by renaming) has another one even
     * when its size and modification time were kept (touch -r, cp -p), which a saved index would otherwise
     * take as unchanged.
     */
    public static long identityOf(java.nio.file.attribute.BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        // the key's own hash (device and inode folded, the same in every run), not its text: asked of every file listed
        return key == null ? 0 : key.hashCode() | 1L << 32; // never 0, the "unknown" identity
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
