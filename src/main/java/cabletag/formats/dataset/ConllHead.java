package cabletag.formats.dataset;

import java.util.regex.Pattern;

/**
 * Whether the head of a file not named as CoNLL is a CoNLL file all the same: its first line is a {@code -DOCSTART-}
 * line and its lines look like CoNLL's. A cable may open with the word {@code -DOCSTART-} ({@code -DOCSTART- memo:
 * [PER Ali ] met …}); taken for CoNLL by that word alone, it was read as an empty document and lost all its text.
 * So the next line that is not blank must be a token and its tag (or, after a {@code -DOCSTART-} line of column values
 * alone, {@code -X-}, {@code O}, {@code _}, another one, or nothing).
 */
final class ConllHead {

    static final String DOCSTART = "-DOCSTART-";

    /** What separates the columns of a CoNLL line cut at blanks. */
    static final Pattern BLANKS = Pattern.compile("[ \t]+");
    /** What the columns of a {@code -DOCSTART-} line hold in CoNLL-2003 and the files made like it. */
    private static final Pattern COLUMN_VALUE = Pattern.compile("-X-|O|_|-", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("O|[BIESLU]-\\S+", Pattern.CASE_INSENSITIVE);

    private ConllHead() {
    }

    static boolean looksLikeConll(byte[] head) {
        if (!ConllFormat.mayOpenWithDocstart(head)) {
            return false;
        }
        String text = cabletag.formats.reader.ByteOrderMark.headText(head);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.stripLeading().split("\r\n|\r|\n", -1);
        String first = lines[0].strip();
        if (!first.startsWith(DOCSTART)) {
            return false;
        }
        boolean docstartLine = isDocstartLine(first);
        // the last line of the head may be cut short: only whole lines are looked at. Even after a -DOCSTART- line of
        // column values, the next line must be a token and its tag (or another document's start): a cable that opens
        // with a bare -DOCSTART- line and its text below was read as CoNLL, "[PER" its one token (found from outside)
        for (int i = 1; i < lines.length - 1; i++) {
            if (!lines[i].isBlank()) {
                String line = lines[i].strip();
                return isTokenLine(line) || docstartLine && isDocstartLine(line);
            }
        }
        return docstartLine;
    }

    /** {@code -DOCSTART-} alone or with column values after it, as CoNLL files write it; {@code trimmed} is stripped. */
    static boolean isDocstartLine(String trimmed) {
        if (!trimmed.startsWith(DOCSTART)) {
            return false;
        }
        return restOfDocstart(trimmed) == null;
    }

    /**
     * What a {@code -DOCSTART-} line holds that is no column value (from its first such character on), or null when
     * it holds only column values; {@code trimmed} is stripped and starts with {@code -DOCSTART-}.
     */
    static String restOfDocstart(String trimmed) {
        String rest = trimmed.substring(DOCSTART.length());
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.charAt(0) != ' ' && rest.charAt(0) != '\t') {
            return rest; // -DOCSTART-memo: the word goes on
        }
        String values = rest.strip();
        for (String value : BLANKS.split(values)) {
            if (!isColumnValue(value)) {
                return values;
            }
        }
        return null;
    }

    /** A value of a column that holds nothing of the text: {@code -X-}, {@code O}, {@code _}, {@code -}. */
    static boolean isColumnValue(String column) {
        return COLUMN_VALUE.matcher(column).matches();
    }

    private static boolean isTokenLine(String trimmed) {
        String[] columns = BLANKS.split(trimmed);
        return columns.length >= 2 && !columns[0].startsWith("[") && TAG.matcher(columns[columns.length - 1]).matches();
    }
}
