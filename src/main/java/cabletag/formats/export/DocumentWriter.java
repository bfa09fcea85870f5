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

    /**
     * The document's output as bytes, for a format that can work it out from the document alone (no
     * state of the export: ids, tag numbers, files), or null when {@link #write(AlignedDocument, SplitRatios.Part)}
     * does all the work. Runs on the source's reading threads, several documents at once, so an export
     * formats on every core and only writes in order.
     */
    default byte[] render(AlignedDocument aligned) throws IOException {
        return null;
    }

    /** Writes what {@link #render} gave for the document, in input order. */
    default void write(AlignedDocument aligned, byte[] rendered, SplitRatios.Part part) throws IOException {
        write(aligned, part);
    }

    /** Writes what needs the whole export (label lists, annotation.conf). */
    default void finish() throws IOException {
    }

    /**
     * What the export should say about the names it gave, one note each without its "note: ": a document
     * whose id or file name another had taken first (see {@link ExportIds}).
     */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }

    /** hf: the tag names in number order (what {@code NAME.labels.json} holds); empty for the other formats. */
    default java.util.List<String> tagNames() {
        return java.util.List.of();
    }

    /** Code point offsets of the document's spans; exported offsets are always code points. */
    static int codePoint(cabletag.core.CodePoints points, int utf16) {
        return points.isBmpOnly() ? utf16 : points.toCodePoint(utf16);
    }

    /** The document by its name under its input and its id: what a split deals by, the same however the input was named. */
    static String key(Document document) {
        return document.source().name() + "#" + document.id();
    }

    /** The document in a line about it: its file as named, and its id ({@code FILE#ID}). */
    static String shownKey(Document document) {
        return document.shownKey();
    }
}
