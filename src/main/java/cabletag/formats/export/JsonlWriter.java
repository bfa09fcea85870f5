package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * spaCy/Prodigy JSON lines: {@code {"id", "text", "spans": [{"start","end","label"}], "meta": {"source", ...}}}.
 * Offsets are code points, end exclusive, so {@code text[start:end]} in Python is the entity. Carries
 * nested entities too.
 */
final class JsonlWriter extends DocumentJsonWriter {

    JsonlWriter(Outputs outputs) {
        super(outputs);
    }

    @Override
    void writeFields(JsonGenerator out, Document document, CodePoints points) throws IOException {
        out.writeArrayFieldStart("spans");
        for (Span span : document.spans()) {
            out.writeStartObject();
            out.writeNumberField("start", DocumentWriter.codePoint(points, span.start()));
            out.writeNumberField("end", DocumentWriter.codePoint(points, span.end()));
            out.writeStringField("label", span.label().name());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeObjectFieldStart("meta");
        out.writeStringField("source", document.source().name());
        for (Map.Entry<String, String> field : document.metadata().entrySet()) {
            if (!field.getKey().equals("source")) {
                out.writeStringField(field.getKey(), field.getValue());
            }
        }
        out.writeEndObject();
    }
}
