package cabletag.formats.io;

/**
 * What a line says about a file name that the system's file-name encoding cannot carry, in one wording for a
 * name met inside a folder and for a path given on the command line. The JVM turns names into bytes and back
 * with that encoding ({@code sun.jnu.encoding}, from the locale): in an ASCII locale ({@code LC_ALL=C}) a
 * name in UTF-8 cannot be made into a path at all, and in a UTF-8 locale bytes that are not UTF-8 are
 * decoded as U+FFFD, so the decoded name is not the name on disk.
 */
public final class FileNameEncoding {

    /** What the JVM puts in place of bytes it cannot decode, in a name listed or given as an argument. */
    private static final char REPLACEMENT = '\uFFFD';

    private FileNameEncoding() {
    }

    /** The file-name encoding of this JVM: {@code UTF-8}, or {@code ANSI_X3.4-1968} (ASCII) when the locale is C. */
    public static String encoding() {
        return System.getProperty("sun.jnu.encoding", "of this system");
    }

    /** A name that cannot be made into a path here (a UTF-8 name in an ASCII locale), said about a file to read. */
    public static String notValid() {
        return notValid("rename the file");
    }

    /** The same, said about an output to write: it is not there yet, so the way out is another name. */
    public static String notValidForOutput() {
        return notValid("choose another name");
    }

    private static String notValid(String otherwise) {
        return "its name is not valid in the file-name encoding " + encoding()
                + " (run cabletag in a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or " + otherwise + ")";
    }

    /** Whether a name the JVM decoded had bytes it could not decode: they became U+FFFD, and the bytes are lost. */
    public static boolean lostBytes(String name) {
        return name.indexOf(REPLACEMENT) >= 0;
    }

    /** An output named with such bytes: the JVM would write it under the decoded name, which is another file. */
    public static String lostBytesForOutput() {
        return lostBytes() + "so cabletag cannot write under that exact name; choose another name";
    }

    /** A file to read named with such bytes, or met in a folder so: the decoded name is not on disk. */
    public static String lostBytesForInput() {
        return lostBytes() + "so cabletag cannot open it by that name; rename the file";
    }

    private static String lostBytes() {
        return "its name has bytes that are not valid in the file-name encoding " + encoding() + ", ";
    }
}
