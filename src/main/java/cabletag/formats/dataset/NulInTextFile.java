package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.formats.reader.NulCharacters;

/**
 * NUL characters in a CoNLL file or a brat {@code .txt}. The listing takes a file for binary by a NUL in its first
 * 8 KiB only, and never looks into a brat {@code .txt} (it is read as the text of its {@code .ann}), so these NULs
 * reach the reader. Kept, they went silently into every export, and a conll or brat export was then skipped as
 * binary when read back. Treated as a cable's and a jsonl text's are ({@link NulInJsonText}): read as U+FFFD, one
 * character for one, so no offset moves, and named once per document, at the first, as input lost.
 */
final class NulInTextFile {

    private static final char NUL = '\0';

    private NulInTextFile() {
    }

    /** How many NULs {@code text} holds. */
    static int count(String text) {
        if (text.indexOf(NUL) < 0) {
            return 0;
        }
        return (int) text.chars().filter(c -> c == NUL).count();
    }

    /** The column (code points, 1-based) of the first NUL of a line that holds one. */
    static int column(String line) {
        return line.codePointCount(0, line.indexOf(NUL)) + 1;
    }

    /** A CoNLL document's NULs, {@code count} in all, the first at {@code line}:{@code column} of the file. */
    static Diagnostic inConll(int line, int column, int count) {
        return new Diagnostic(Diagnostic.Severity.ERROR, NulCharacters.CODE, line, column,
                "NUL character: no CoNLL text holds one; " + readAs(count, " in this document"), true);
    }

    /**
     * A brat text's NULs. The document's lines are about its {@code .ann}, so the error stands at the {@code .ann}'s
     * first line and names the place in the {@code .txt} ({@code b.txt:2:4}, code points as brat's offsets).
     */
    static Diagnostic inBratText(String text, String txtName) {
        int first = text.indexOf(NUL);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < first; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, first) + 1;
        return new Diagnostic(Diagnostic.Severity.ERROR, NulCharacters.CODE, 1, 1,
                "NUL character at " + txtName + ":" + line + ":" + column + " (code point " + text.codePointCount(0, first)
                        + "): no text holds one; " + readAs(count(text), ""), true);
    }

    private static String readAs(int count, String where) {
        return NulCharacters.counted(count, where) + " read as U+FFFD (\uFFFD), one character for one, so no offset moves and no export carries it;"
                + " the file itself is kept as it is";
    }
}
