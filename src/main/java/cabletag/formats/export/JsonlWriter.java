package cabletag.formats.export;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.MetaValue;
import cabletag.core.Span;
import java.util.Map;

/**
 * spaCy/Prodigy JSON lines: {@code {"id", "text", "spans": [{"start","end","label"}], "meta": {"source", ...}}}.
 * Offsets are code points, end exclusive, so {@code text[start:end]} in Python is the entity. Carries
 * nested entities too. A dataset document's meta values go out as the JSON values they came in as ({@link JsonValues}),
 * its own "source" among them.
 */
final class JsonlWriter extends DocumentJsonWriter {

    JsonlWriter(Outputs outputs) {
        super(outputs);
    }

    @Override
    void writeFields(Utf8Buffer out, Document document, CodePoints points) {
        out.putAscii(",\"spans\":[");
        boolean first = true;
        for (Span span : document.spans()) {
            out.putAscii(first ? "{\"start\":" : ",{\"start\":");
            first = false;
            out.putDecimal(DocumentWriter.codePoint(points, span.start()));
            out.putAscii(",\"end\":");
            out.putDecimal(DocumentWriter.codePoint(points, span.end()));
            out.putAscii(",\"label\":");
            JsonStrings.quote(out, span.label().name());
            out.putAscii('}');
        }
        out.putAscii("],\"meta\":{\"source\":");
        MetaValue given = document.metadata().get(SOURCE);
        if (given != null) {
            // a dataset document's own source (a cable exported, then read back) is its provenance: writing the name of
            // the dataset file in its place lost the cable every document came from, in an export -> read -> export
            value(out, given);
        } else {
            // the path under the input named, never the file as named (shown): exported data must not change with how
            // the inputs were named (corpus, ./corpus, /abs/corpus give the same bytes), nor carry a local absolute path
            JsonStrings.quote(out, document.source().name());
        }
        for (Map.Entry<String, MetaValue> field : document.metadata().entrySet()) {
            if (!field.getKey().equals(SOURCE)) {
                out.putAscii(',');
                JsonStrings.quote(out, field.getKey());
                out.putAscii(':');
                value(out, field.getValue());
            }
        }
        out.putAscii('}');
    }

    private static final String SOURCE = "source";

    /** A meta value as it came: JSON as its JSON, a string quoted. */
    private static void value(Utf8Buffer out, MetaValue value) {
        if (value.json()) {
            JsonValues.write(out, value.text());
        } else {
            JsonStrings.quote(out, value.text());
        }
    }
}
