package cabletag.formats.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A JSON value that a dataset's meta gave (a list, an object, a number, true, null), written compact with the
 * export's own string escapes ({@link JsonStrings}): a U+2028 in a string inside a list must be escaped as in the
 * text, or the line would split where Python's {@code splitlines()} splits, and a value read back and written again
 * must give the same bytes. Numbers go as their text: {@code 1.50} stays {@code 1.50}.
 */
final class JsonValues {

    private JsonValues() {
    }

    /** Writes {@code json}, one JSON value that the dataset reader made, token by token. */
    static void write(Utf8Buffer out, String json) {
        try (JsonParser parser = JsonSupport.FACTORY.createParser(json)) {
            // a comma goes between the items of a list and the fields of an object: after a value or a close, before
            // anything but a close; never after an open or between a field's name and its value
            boolean afterItem = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean closes = token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT;
                if (afterItem && !closes) {
                    out.putAscii(',');
                }
                afterItem = true;
                switch (token) {
                    case START_ARRAY -> {
                        out.putAscii('[');
                        afterItem = false;
                    }
                    case START_OBJECT -> {
                        out.putAscii('{');
                        afterItem = false;
                    }
                    case END_ARRAY -> out.putAscii(']');
                    case END_OBJECT -> out.putAscii('}');
                    case FIELD_NAME -> {
                        JsonStrings.quote(out, parser.currentName());
                        out.putAscii(':');
                        afterItem = false;
                    }
                    case VALUE_STRING -> JsonStrings.quote(out, parser.getText());
                    default -> out.putAscii(parser.getText()); // a number as written, true, false or null: ASCII
                }
            }
        } catch (IOException e) {
            // the reader made this text from a value it parsed: it is JSON
            throw new UncheckedIOException("meta value is not JSON: " + json, e);
        }
    }
}
