package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Span;

/** doccano sequence labelling: {@code {"id", "text", "label": [[start, end, "PER"], ...]}}, code point offsets. */
final class DoccanoWriter extends DocumentJsonWriter {

    DoccanoWriter(Outputs outputs) {
        super(outputs);
    }

    @Override
    void writeFields(Utf8Buffer out, Document document, CodePoints points) {
        out.putAscii(",\"label\":[");
        boolean first = true;
        for (Span span : document.spans()) {
            out.putAscii(first ? "[" : ",[");
            first = false;
            out.putDecimal(DocumentWriter.codePoint(points, span.start()));
            out.putAscii(',');
            out.putDecimal(DocumentWriter.codePoint(points, span.end()));
            out.putAscii(',');
            JsonStrings.quote(out, span.label().name());
            out.putAscii(']');
        }
        out.putAscii(']');
    }
}
