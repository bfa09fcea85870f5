package cabletag.formats.dataset;

import cabletag.core.Diagnostic;

/**
 * How the token lines of one CoNLL file are cut into columns. Most files separate them with spaces, some with tabs
 * (the TSV files of WNUT and many taggers), where a token may hold a space: {@code New York<TAB>B-LOC}. Cut at every
 * blank, that line was the token {@code New} and its {@code York} was dropped without a word. So a file whose first
 * token line holds a tab is cut at tabs, each column stripped of the spaces around it (a line of it without a tab, or
 * whose tab columns are not the file's count while its blank columns are, is cut at blanks as before).
 *
 * <p>The first token line gives the file's count of columns. A later line cut at blanks with more columns than that loses the ones
 * between its token and its tag beyond what the file's lines have, most likely the rest of a token that holds a space:
 * it is named at that line, with what was read and what was left out. (A line with fewer is read as it is, and so is
 * one whose extra columns are placeholders such as {@code _}: a file mixing {@code token _ _ TAG} with {@code token TAG}
 * lines loses nothing.)
 */
final class ConllColumns {

    private boolean decided;
    private boolean tabbed;
    private int count;
    private int countLine;
    private boolean lastCutAtTabs;

    /** The columns of a token line ({@code trimmed}: the line stripped, not blank, no -DOCSTART- line). */
    String[] of(String trimmed) {
        boolean hasTab = trimmed.indexOf('\t') >= 0;
        String[] byBlanks = ConllHead.BLANKS.split(trimmed);
        String[] columns = byBlanks;
        lastCutAtTabs = false;
        if ((decided ? tabbed : hasTab) && hasTab) {
            String[] byTabs = byTabs(trimmed);
            if (!decided || byTabs.length == count || byBlanks.length != count) {
                columns = byTabs;
                lastCutAtTabs = true;
            }
        }
        return columns;
    }

    /**
     * Takes the file's count of columns from its first token line, or names a later line cut at blanks that holds
     * more columns than that (null when it does not); {@code columns} are what {@link #of} just gave for the line,
     * {@code line} as it is in the file.
     */
    Diagnostic counted(String[] columns, String trimmed, String line, int number) {
        if (!decided) {
            decided = true;
            tabbed = trimmed.indexOf('\t') >= 0;
            count = columns.length;
            countLine = number;
            return null;
        }
        if (columns.length <= count || lastCutAtTabs) {
            return null; // cut at tabs, a column is no piece of the token: a POS tag between them is no text left out
        }
        StringBuilder middle = new StringBuilder();
        boolean onlyPlaceholders = true; // token _ _ TAG among token TAG lines: nothing of the text is left out
        for (int i = 1; i < columns.length - 1; i++) {
            middle.append(i > 1 ? " " : "").append(columns[i]);
            onlyPlaceholders &= ConllHead.isColumnValue(columns[i]);
        }
        if (onlyPlaceholders) {
            return null;
        }
        int at = line.indexOf(columns[1], line.indexOf(columns[0]) + columns[0].length());
        int column = line.codePointCount(0, Math.max(0, at)) + 1;
        return Diagnostic.dropped("columns", number, column, "this line has " + columns.length + " columns where the file's first"
                + " token line (line " + countLine + ") has " + count + ": read as the token '" + columns[0] + "' and the tag '"
                + columns[columns.length - 1] + "', its '" + middle + "' between them is left out (a token holding a space"
                + " is read whole from a file whose columns are separated by tabs)");
    }

    private static String[] byTabs(String trimmed) {
        String[] columns = trimmed.split("\t", -1);
        for (int i = 0; i < columns.length; i++) {
            columns[i] = columns[i].strip();
        }
        return columns;
    }
}
