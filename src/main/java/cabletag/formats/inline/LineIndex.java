package cabletag.formats.inline;

import java.util.Arrays;

/** 1-based line and column (in code points) of a source offset; LF, CRLF and CR all end a line. */
final class LineIndex {

    private final String text;
    private int[] lineStarts = new int[64];
    private int lineCount;

    LineIndex(String text) {
        this.text = text;
        add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                add(i + 1);
            }
        }
    }

    private void add(int start) {
        if (lineCount == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
        }
        lineStarts[lineCount++] = start;
    }

    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }

    int column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }
}
