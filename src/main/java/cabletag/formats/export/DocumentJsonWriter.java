package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The span formats that are JSON lines (jsonl, doccano): one object per document on its own line,
 * opening with its {@code id} and {@code text}, then the format's own fields. Offsets are code points
 * in both, so each format gets the document's code point index along with it. Everything after the id
 * is rendered on the reading threads ({@link #render}); the id, unique across the export, is given in
 * order when the line is written. The bytes are those Jackson's generator wrote before (no spaces,
 * {@link JsonStrings}' escapes).
 */
abstract class DocumentJsonWriter implements DocumentWriter {

    private static final byte[] OPEN_ID = "{\"id\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Outputs outputs;
    private final ExportIds ids = new ExportIds();
    private final Utf8Buffer id = new Utf8Buffer(256);

    DocumentJsonWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    /** Writes the fields after {@code id} and {@code text} (each preceded by its comma), inside the object. */
    abstract void writeFields(Utf8Buffer out, Document document, CodePoints points);

    /** {@code ,"text":...,FIELDS}} and the line break: the line without its opening and id. */
    @Override
    public final byte[] render(AlignedDocument aligned) {
        Document document = aligned.document();
        String text = document.text();
        Utf8Buffer out = new Utf8Buffer(text.length() + text.length() / 4 + 48 * document.spans().size() + 1024);
        out.putAscii(",\"text\":");
        JsonStrings.quote(out, text);
        writeFields(out, document, CodePoints.of(text));
        out.putAscii('}').putAscii('\n');
        return out.toByteArray();
    }

    @Override
    public final void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        write(aligned, render(aligned), part);
    }

    @Override
    public final void write(AlignedDocument aligned, byte[] rendered, SplitRatios.Part part) throws IOException {
        OutputStream out = outputs.main(part);
        out.write(OPEN_ID);
        id.clear();
        JsonStrings.quote(id, ids.idOf(aligned.document()));
        id.writeTo(out);
        out.write(rendered);
    }

    @Override
    public java.util.List<String> notes() {
        return ids.clashes();
    }
}
