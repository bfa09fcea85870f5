package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** doccano sequence labelling: {@code {"id", "text", "label": [[start, end, "PER"], ...]}}, code point offsets. */
final class DoccanoWriter implements DocumentWriter {

    private final Outputs outputs;
    private final JsonSupport json = new JsonSupport();

    DoccanoWriter(Outputs outputs) {
        this.outputs = outputs;
    }

    @Override
    public void write(AlignedDocument aligned, SplitRatios.Part part) throws IOException {
        Document document = aligned.document();
        JsonGenerator out = json.on(outputs.main(part));
        CodePoints points = CodePoints.of(document.text());
        out.writeStartObject();
        out.writeStringField("id", document.id());
        out.writeStringField("text", document.text());
        out.writeArrayFieldStart("label");
        for (Span span : document.spans()) {
            out.writeStartArray();
            out.writeNumber(DocumentWriter.codePoint(points, span.start()));
            out.writeNumber(DocumentWriter.codePoint(points, span.end()));
            out.writeString(span.label().name());
            out.writeEndArray();
        }
        out.writeEndArray();
        out.writeEndObject();
        JsonSupport.endLine(out);
    }

    @Override
    public void finish() throws IOException {
        json.flushAll();
    }
}
