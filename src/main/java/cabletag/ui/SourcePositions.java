package cabletag.ui;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.SourceLayout;

/**
 * Maps a reading problem's place in the source (1-based line and column, column in code points) to an
 * offset in the clean text, so the window can jump to it. A place inside markup or a tag lands on the
 * next clean character.
 */
public final class SourcePositions {

    private SourcePositions() {
    }

    public static int cleanOffsetOf(Document document, Diagnostic diagnostic) {
        String source = document.source().text();
        int offset = sourceOffset(source, diagnostic.line(), diagnostic.column());
        SourceLayout layout = document.source().layout();
        if (layout == null || layout.pieceCount() == 0) {
            return Math.min(offset, document.text().length());
        }
        // Last piece starting at or before the offset.
        int low = 0;
        int high = layout.pieceCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (layout.sourceStart(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int clean = layout.cleanStart(low);
        if (layout.kind(low) == SourceLayout.PieceKind.TEXT) {
            clean += Math.min(offset - layout.sourceStart(low), layout.cleanEnd(low) - layout.cleanStart(low));
        }
        return Math.max(0, Math.min(clean, document.text().length()));
    }

    static int sourceOffset(String source, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = nextLineStart(source, offset);
            if (next < 0) {
                return source.length();
            }
            offset = next;
        }
        for (int c = 1; c < column && offset < source.length(); c++) {
            char ch = source.charAt(offset);
            if (ch == '\n' || ch == '\r') {
                break;
            }
            offset += Character.charCount(source.codePointAt(offset));
        }
        return offset;
    }

    private static int nextLineStart(String source, int from) {
        for (int i = from; i < source.length(); i++) {
            char ch = source.charAt(i);
            if (ch == '\n') {
                return i + 1;
            }
            if (ch == '\r') {
                return i + 1 < source.length() && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
}
