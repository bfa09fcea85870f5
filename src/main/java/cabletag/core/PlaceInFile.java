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

    /** {@code {line, column}} of the clean text's character at {@code cleanOffset} (UTF-16). */
    public static int[] of(Document document, int cleanOffset) {
        String text = document.text();
        FilePlaces places = document.source().places();
        if (places != null) {
            return places.placeOf(text, cleanOffset);
        }
        SourceLayout layout = document.source().layout();
        String source = document.source().text();
        int offset = cleanOffset;
        String in = text;
        if (layout != null && source != null && layout.pieceCount() > 0 && cleanOffset < layout.cleanLength()) {
            offset = layout.sourceOffsetOfChar(cleanOffset);
            in = source;
        }
        offset = Math.min(offset, in.length());
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = in.charAt(i);
            // LF, CR LF and CR each end a line
            if (c == '\n' || (c == '\r' && (i + 1 == in.length() || in.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, in.codePointCount(lineStart, offset) + 1};
    }
}
