package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The span formats that are JSON lines (jsonl, doccano): one object per document on its own line,
 * opening with its {@code id} and {@code text}, then the format's own fields. Offsets are code points
 * in both, so each format gets the document's code point index along with it.
 */
abstract class DocumentJsonWriter implements DocumentWriter {

    private final Outputs outputs;
    private final JsonSupport json = new JsonSupport();
    private final ExportIds ids = new ExportIds();

    DocumentJsonWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    /** Writes the fields after {@code id} and {@code text}, inside the document's object. */
    abstract void writeFields(JsonGenerator out, Document document, CodePoints points) throws IOException;

    @Override
    public final void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        Document document = aligned.document();
        JsonGenerator out = json.on(outputs.main(part));
        out.writeStartObject();
        out.writeStringField("id", ids.idOf(document));
        out.writeStringField("text", document.text());
        writeFields(out, document, CodePoints.of(document.text()));
        out.writeEndObject();
        JsonSupport.endLine(out);
    }

    @Override
    public void finish() throws IOException {
        json.flushAll();
    }
}
