package cabletag.formats.dataset;

import cabletag.core.Diagnostic;
import java.nio.charset.StandardCharsets;

/**
 * A span's own copy of its text (Prodigy's and spaCy's {@code "text"} in a span) set against the text its offsets
 * cover. They differ when the offsets were counted another way than in code points: a JavaScript tool counts UTF-16
 * code units, so after an emoji {@code [3, 6)} meant for {@code Ali} covers {@code li }. The offsets are kept, as
 * a brat entity's are ({@code [text-mismatch]}), but the difference is named: it was read and exported unsaid.
 */
final class SpanText {

    /** How much of a text a warning quotes, in code points. */
    private static final int SHOWN = 40;

    /** Up to how long a text (UTF-16 units) a difference is tried counted in UTF-8 bytes. */
    private static final int BYTES_LOOKED_AT = 100_000;

    private SpanText() {
    }

    /**
     * A {@code text-mismatch} warning when {@code given} is not the text the entity covers (UTF-16 {@code [from, to)},
     * code points {@code [start, end)}), else null; it says how the offsets were counted when they fit {@code given}
     * counted so.
     */
    static Diagnostic mismatch(String given, String text, int from, int to, long start, long end, int line, int column) {
        String covered = text.substring(from, to);
        String written = given.replace('\0', '\uFFFD'); // as the document's text reads a NUL
        if (covered.equals(written)) {
            return null;
        }
        return Diagnostic.warning("text-mismatch", line, column, "span text '" + shown(given) + "' differs from the text at ["
                + start + ", " + end + ") ('" + shown(covered) + "')" + countedAs(written, text, start, end) + "; offsets kept");
    }

    /** Why the offsets may be off, when the span's text is at them counted in UTF-16 code units or in UTF-8 bytes. */
    private static String countedAs(String written, String text, long start, long end) {
        if (end <= text.length() && text.substring((int) start, (int) end).equals(written)) {
            return ": the offsets fit it counted in UTF-16 code units (as JavaScript counts), where a dataset counts code points";
        }
        if (text.length() > BYTES_LOOKED_AT) {
            return ""; // encoding a long text again for every span that differs would cost more than the hint is worth
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (end <= utf8.length && new String(utf8, (int) start, (int) (end - start), StandardCharsets.UTF_8).equals(written)) {
            return ": the offsets fit it counted in UTF-8 bytes, where a dataset counts code points";
        }
        return "";
    }

    /**
     * Why an entity past the end of the text ({@code end} over its code points) may be so: the text is long enough
     * counted in UTF-16 code units or in UTF-8 bytes, the units of a JavaScript tool and of a byte-offset tool. Empty
     * when neither count reaches {@code end}, or the text is too long to encode again for a hint.
     */
    static String longerCounted(String text, long start, long end) {
        if (start < 0 || start >= end) {
            return "";
        }
        if (end <= text.length()) {
            return " (it is " + text.length() + " UTF-16 code units long: were the offsets counted so, as JavaScript counts? a dataset counts code points)";
        }
        if (text.length() > BYTES_LOOKED_AT) {
            return "";
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return end <= bytes ? " (it is " + bytes + " UTF-8 bytes long: were the offsets counted in bytes? a dataset counts code points)" : "";
    }

    private static String shown(String text) {
        int points = text.codePointCount(0, text.length());
        return points <= SHOWN ? text : text.substring(0, text.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
