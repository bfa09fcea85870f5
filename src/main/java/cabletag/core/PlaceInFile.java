package cabletag.core;

/**
 * The 1-based line and column (code points) in its file of a character of a document's clean text, as {@code check}
 * names places: a dataset's document where its reader says its characters stand ({@link FilePlaces}), a cable in its
 * source through its layout (markup and tags between), else in the clean text. For a line about one place: the
 * index of a whole corpus counts its own line starts once per cable.
 */
public final class PlaceInFile {

    private PlaceInFile() {
    }

    /** A place in a text: the cable's source, or the clean text. */
    public record InText(String text, int offset) { }

    /**
     * Where the clean text's character at {@code cleanOffset} stands in the text lines are counted in: a cable's source
     * through its layout, else the clean text (the offsets UTF-16). Not for a dataset's document ({@link FilePlaces}).
     */
    public static InText inText(Document document, int cleanOffset) {
        SourceLayout layout = document.source().layout();
        String source = document.source().text();
        if (layout != null && source != null && layout.pieceCount() > 0 && cleanOffset < layout.cleanLength()) {
            return new InText(source, layout.sourceOffsetOfChar(cleanOffset));
        }
        return new InText(document.text(), cleanOffset);
    }

    /** {@code {line, column}} of the clean text's character at {@code cleanOffset} (UTF-16). */
    public static int[] of(Document document, int cleanOffset) {
        FilePlaces places = document.source().places();
        if (places != null) {
            return places.placeOf(document.text(), cleanOffset);
        }
        InText where = inText(document, cleanOffset);
        return lineColumn(where.text(), where.offset());
    }

    /** {@code {line, column}} of {@code offset} in {@code in}: LF, CR LF and CR each end a line; the column in code points. */
    public static int[] lineColumn(String in, int offset) {
        int end = Math.min(offset, in.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            char c = in.charAt(i);
            // LF, CR LF and CR each end a line
            if (c == '\n' || (c == '\r' && (i + 1 == in.length() || in.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, in.codePointCount(lineStart, end) + 1};
    }
}
