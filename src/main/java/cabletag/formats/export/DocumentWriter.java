package cabletag.formats.export;

import cabletag.core.Document;
import java.io.IOException;

/** Writes documents in one export format, one at a time. */
interface DocumentWriter {

    /**
     * @param aligned the document cut into tokens and sentences (label mapping applied)
     * @param part    the split part, or null without a split
     */
    void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException;

    /** Writes what needs the whole export (label lists, annotation.conf). */
    default void finish() throws IOException {
    }

    /** hf: the tag names in number order (what {@code NAME.labels.json} holds); empty for the other formats. */
    default java.util.List<String> tagNames() {
        return java.util.List.of();
    }

    /** Code point offsets of the document's spans; exported offsets are always code points. */
    static int codePoint(cabletag.core.CodePoints points, int utf16) {
        return points.isBmpOnly() ? utf16 : points.toCodePoint(utf16);
    }

    static String key(Document document) {
        return document.source().name() + "#" + document.id();
    }
}
