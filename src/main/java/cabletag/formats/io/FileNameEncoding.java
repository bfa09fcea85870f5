package cabletag.formats.io;

/**
 * What a line says about a file name that the system's file-name encoding cannot carry, in one wording for a
 * name met inside a folder and for a path given on the command line. The JVM turns names into bytes and back
 * with that encoding ({@code sun.jnu.encoding}, from the locale): in an ASCII locale ({@code LC_ALL=C}) a
 * name in UTF-8 cannot be made into a path at all, and in a UTF-8 locale bytes that are not UTF-8 are
 * decoded as U+FFFD, so the decoded name is not the name on disk.
 */
public final class FileNameEncoding {

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
}
