package cabletag.core;

import java.util.Arrays;

/**
 * Where the characters of a dataset document stand in the file it was read from, for the lines that name a
 * place of it ({@code file:line:column}), as a reader names the places of its problems. A dataset document's
 * text is no copy of its file: a jsonl or doccano document is the {@code "text"} of one line of the file, a CoNLL
 * document its tokens joined by spaces, one sentence a line of the text and one token a line of the file. So a
 * line and column counted in the text point nowhere in the file; these point where the reader read it.
 *
 * <ul>
 *   <li>{@link #line}: every character of the document at its file's line, column 1, as the reader names an
 *       entity of that line (jsonl, doccano: the text's characters are escaped inside a JSON string, so no column
 *       of the line is theirs alone);</li>
 *   <li>{@link #tokens}: each character at its token's line, and at the column of the character in that line
 *       (code points, 1-based), the token's first character at the token's own column (CoNLL).</li>
 * </ul>
 *
 * <p>Offsets are UTF-16 indexes into the clean text, as inside the program everywhere.
 */
public final class FilePlaces {

    private final int[] starts;   // UTF-16 start of each token in the clean text; empty for one line
    private final int[] lines;    // 1-based line of each token (or the one line)
    private final int[] columns;  // 1-based column (code points) of each token's first character (or 1)

    private FilePlaces(int[] starts, int[] lines, int[] columns) {
        this.starts = starts;
        this.lines = lines;
        this.columns = columns;
    }

    /** Every character of the document on one line of its file, at column 1. */
    public static FilePlaces line(int line) {
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " (lines count from 1)");
        }
        return new FilePlaces(new int[0], new int[] {line}, new int[] {1});
    }

    /**
     * Each token on a line of its own: token {@code i} starts at {@code starts[i]} of the clean text (ascending)
     * and stands at {@code lines[i]}, {@code columns[i]} of the file.
     */
    public static FilePlaces tokens(int[] starts, int[] lines, int[] columns) {
        if (starts.length != lines.length || starts.length != columns.length) {
            throw new IllegalArgumentException("one line and one column for each token");
        }
        if (starts.length == 0) {
            throw new IllegalArgumentException("no token to place");
        }
        return new FilePlaces(starts.clone(), lines.clone(), columns.clone());
    }

    /**
     * The 1-based line and column (code points) in the file of the clean text's character at {@code offset};
     * {@code text} is the document's clean text. A place between two tokens counts from the token before it.
     */
    public int[] placeOf(String text, int offset) {
        if (starts.length == 0) {
            return new int[] {lines[0], columns[0]};
        }
        int token = Arrays.binarySearch(starts, offset);
        if (token < 0) {
            token = Math.max(0, -token - 2);
        }
        int from = starts[token];
        int within = offset <= from ? 0 : text.codePointCount(from, Math.min(offset, text.length()));
        return new int[] {lines[token], columns[token] + within};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilePlaces places && Arrays.equals(starts, places.starts) && Arrays.equals(lines, places.lines)
                && Arrays.equals(columns, places.columns);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(starts) + Arrays.hashCode(lines)) + Arrays.hashCode(columns);
    }

    @Override
    public String toString() {
        return starts.length == 0 ? "line " + lines[0] : starts.length + " tokens from line " + lines[0];
    }
}
