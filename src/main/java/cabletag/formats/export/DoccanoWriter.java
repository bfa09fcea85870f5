package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Span;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** doccano sequence labelling: {@code {"id", "text", "label": [[start, end, "PER"], ...]}}, code point offsets. */
final class DoccanoWriter extends DocumentJsonWriter {

    DoccanoWriter(Outputs outputs) {
        super(outputs);
    }

    @Override
    void writeFields(JsonGenerator out, Document document, CodePoints points) throws IOException {
        out.writeArrayFieldStart("label");
        for (Span span : document.spans()) {
            out.writeStartArray();
            out.writeNumber(DocumentWriter.codePoint(points, span.start()));
            out.writeNumber(DocumentWriter.codePoint(points, span.end()));
            out.writeString(span.label().name());
            out.writeEndArray();
        }
        out.writeEndArray();
    }
}
