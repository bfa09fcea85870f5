package cabletag.core;

/**
 * One value of a document's metadata. A cable's header fields are text; a dataset line's {@code "meta"} may hold
 * any JSON value, and an export must give back the value that came in: the list {@code [1,2]}, not the string
 * {@code "[1,2]"}, a number as a number, null as null. So a value that is not a string keeps its JSON text, and
 * {@link #text} is what a person reads either way (the header strip shows {@code 12} for the number 12).
 *
 * @param text the string itself, or the JSON text of any other value ({@code [1,2]}, {@code 1.50}, {@code null})
 * @param json whether {@code text} is JSON, written back as that value (with the export's own escapes), rather
 *             than a string to be quoted
 */
public record MetaValue(String text, boolean json) {

    public MetaValue {
        if (text == null) {
            throw new IllegalArgumentException("a metadata value is text; JSON null is the text null");
        }
    }

    /** A string value: a header field, or a JSON string of a dataset's meta. */
    public static MetaValue ofText(String text) {
        return new MetaValue(text, false);
    }

    /** Any other JSON value, by its JSON text. */
    public static MetaValue ofJson(String jsonText) {
        return new MetaValue(jsonText, true);
    }

    /** Whether this is JSON's null: kept so that an export gives it back, but no text for a header field. */
    public boolean isNull() {
        return json && text.equals("null");
    }

    /** Header fields read as text, in their order. */
    public static java.util.Map<String, MetaValue> ofTexts(java.util.Map<String, String> fields) {
        java.util.Map<String, MetaValue> values = new java.util.LinkedHashMap<>();
        fields.forEach((key, value) -> values.put(key, ofText(value)));
        return values;
    }

    /** What a person reads: the string, or the value's JSON text. */
    @Override
    public String toString() {
        return text;
    }
}
