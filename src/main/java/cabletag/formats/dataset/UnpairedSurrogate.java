package cabletag.formats.dataset;

/**
 * Finds half of a UTF-16 surrogate pair standing alone in a string read from JSON: the escape {@code "\ud800"}
 * is valid JSON, but what it stands for is no Unicode character, so no UTF-8 file can hold it. Kept, each
 * export would have to change it ({@code ?} in brat, conll and hf) or write what no other format reads back.
 * A string read from UTF-8 bytes never holds one: the decoder refuses the bytes first.
 */
final class UnpairedSurrogate {

    private UnpairedSurrogate() {
    }

    /**
     * Null when {@code value} is all characters; else that {@code what} holds an unpaired surrogate, which one and
     * at which code point (from 0, a pair counted as one, as offsets are): "\"text\" holds an unpaired surrogate
     * U+D800 at code point 1, which is not a character …".
     */
    static String problem(String what, String value) {
        if (value == null) {
            return null;
        }
        int codePoint = 0;
        for (int i = 0; i < value.length(); i++, codePoint++) {
            char c = value.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a pair: one character
                continue;
            }
            return what + " holds an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                    + " at code point " + codePoint + ", which is not a character (no UTF-8 file can hold it)";
        }
        return null;
    }
}
