package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import cabletag.formats.reader.FileNameLimit;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The values of a JSON line that must be exact: offsets are whole numbers, ids fit in a file name.
 * Jackson would read {@code 1.5} as 1 and {@code "3"} as 3 without a word; here each is a warning.
 * Numbers with a fraction or an exponent come as {@link BigDecimal}s ({@link JsonLinesReader}), so that
 * {@code 3.0} is told from {@code 3.0000000000000001}.
 */
final class Offsets {

    private Offsets() {
    }

    /** Whether the value can be an offset at all: a number or a string, not null, a list or an object. */
    static boolean isOffset(JsonNode value) {
        return value != null && (value.isNumber() || value.isTextual());
    }

    /**
     * The offset, or null with a warning when it is no whole number: {@code 1.5} is dropped (no offset is
     * right), {@code "3"} is read as 3 but named, since a tool that writes strings may write other things; so is
     * {@code 3.0}, a whole number that went through a float (pandas writes a column so once it held a NaN), which
     * Python's {@code text[0:3.0]} refuses: read as 3, and named, so the user knows their file is not what spaCy
     * takes. A whole number past any text ({@code 1e30}) is dropped as outside the text, not as a fraction.
     */
    static Long read(JsonNode value, String field, int line, List<Diagnostic> diagnostics, int textLength) {
        if (value.isNumber()) {
            BigDecimal number = value.decimalValue();
            if (!isWhole(number)) {
                diagnostics.add(Diagnostic.dropped("offset-not-integer", line, 1, field + " " + value
                        + " is not a whole number of characters; entity dropped"));
                return null;
            }
            if (number.abs().compareTo(FAR) > 0) {
                diagnostics.add(Diagnostic.dropped("bad-offsets", line, 1, field + " " + value
                        + " is far outside the text of " + textLength + " characters; entity dropped"));
                return null;
            }
            long offset = number.longValueExact();
            if (!value.isIntegralNumber()) {
                diagnostics.add(Diagnostic.warning("offset-not-integer", line, 1, field + " " + value
                        + " is written with a decimal point or an exponent, which Python's json reads as a float that"
                        + " text[start:end] refuses; read as " + offset));
            }
            return offset;
        }
        if (value.isTextual() && value.asText().matches("-?[0-9]{1,18}")) {
            diagnostics.add(Diagnostic.warning("offset-not-integer", line, 1, field + " " + value
                    + " is a string, not a number; read as " + value.asText()));
            return Long.parseLong(value.asText());
        }
        diagnostics.add(Diagnostic.dropped("offset-not-integer", line, 1, field + " " + value
                + " is not a whole number of characters; entity dropped"));
        return null;
    }

    /** Past this an offset fits no text a JVM holds (and no long, nearer the edge): named as outside the text. */
    private static final BigDecimal FAR = BigDecimal.valueOf(Integer.MAX_VALUE);

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0;
    }

    /** Warns about an id that holds a NUL or is too long for the file name it becomes in brat and inline exports. */
    static void checkId(String id, int line, List<Diagnostic> diagnostics) {
        if (FileNameLimit.hasNul(id)) {
            diagnostics.add(Diagnostic.warning("bad-id", line, 1,
                    "id holds a NUL character; brat and inline exports write it as _ in file names"));
        }
        if (FileNameLimit.isTooLong(id)) {
            diagnostics.add(Diagnostic.warning("long-id", line, 1, "id is " + FileNameLimit.utf8Length(id)
                    + " bytes long, over the " + FileNameLimit.MAX_BYTES + "-byte limit of a file name; brat and "
                    + "inline exports shorten it to a prefix and a hash"));
        }
    }
}
