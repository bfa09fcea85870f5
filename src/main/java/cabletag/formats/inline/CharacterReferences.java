package cabletag.formats.inline;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x27;}) as they occur in cable
 * pages. Only a reference with its closing semicolon and a known name or valid code point is decoded;
 * anything else stays literal text, so no character is ever lost.
 */
final class CharacterReferences {

    private static final int LONGEST_NAME = 8;
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        String[] pairs = {
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0",
            "iexcl", "\u00A1", "cent", "\u00A2", "pound", "\u00A3", "curren", "\u00A4", "yen", "\u00A5",
            "brvbar", "\u00A6", "sect", "\u00A7", "uml", "\u00A8", "copy", "\u00A9", "ordf", "\u00AA",
            "laquo", "\u00AB", "not", "\u00AC", "shy", "\u00AD", "reg", "\u00AE", "macr", "\u00AF",
            "deg", "\u00B0", "plusmn", "\u00B1", "sup2", "\u00B2", "sup3", "\u00B3", "acute", "\u00B4",
            "micro", "\u00B5", "para", "\u00B6", "middot", "\u00B7", "cedil", "\u00B8", "sup1", "\u00B9",
            "ordm", "\u00BA", "raquo", "\u00BB", "frac14", "\u00BC", "frac12", "\u00BD", "frac34", "\u00BE",
            "iquest", "\u00BF", "Agrave", "\u00C0", "Aacute", "\u00C1", "Acirc", "\u00C2", "Atilde", "\u00C3",
            "Auml", "\u00C4", "Aring", "\u00C5", "AElig", "\u00C6", "Ccedil", "\u00C7", "Egrave", "\u00C8",
            "Eacute", "\u00C9", "Ecirc", "\u00CA", "Euml", "\u00CB", "Igrave", "\u00CC", "Iacute", "\u00CD",
            "Icirc", "\u00CE", "Iuml", "\u00CF", "ETH", "\u00D0", "Ntilde", "\u00D1", "Ograve", "\u00D2",
            "Oacute", "\u00D3", "Ocirc", "\u00D4", "Otilde", "\u00D5", "Ouml", "\u00D6", "times", "\u00D7",
            "Oslash", "\u00D8", "Ugrave", "\u00D9", "Uacute", "\u00DA", "Ucirc", "\u00DB", "Uuml", "\u00DC",
            "Yacute", "\u00DD", "THORN", "\u00DE", "szlig", "\u00DF", "agrave", "\u00E0", "aacute", "\u00E1",
            "acirc", "\u00E2", "atilde", "\u00E3", "auml", "\u00E4", "aring", "\u00E5", "aelig", "\u00E6",
            "ccedil", "\u00E7", "egrave", "\u00E8", "eacute", "\u00E9", "ecirc", "\u00EA", "euml", "\u00EB",
            "igrave", "\u00EC", "iacute", "\u00ED", "icirc", "\u00EE", "iuml", "\u00EF", "eth", "\u00F0",
            "ntilde", "\u00F1", "ograve", "\u00F2", "oacute", "\u00F3", "ocirc", "\u00F4", "otilde", "\u00F5",
            "ouml", "\u00F6", "divide", "\u00F7", "oslash", "\u00F8", "ugrave", "\u00F9", "uacute", "\u00FA",
            "ucirc", "\u00FB", "uuml", "\u00FC", "yacute", "\u00FD", "thorn", "\u00FE", "yuml", "\u00FF",
            "ndash", "\u2013", "mdash", "\u2014", "lsquo", "\u2018", "rsquo", "\u2019", "sbquo", "\u201A",
            "ldquo", "\u201C", "rdquo", "\u201D", "bdquo", "\u201E", "hellip", "\u2026", "euro", "\u20AC",
            "bull", "\u2022", "trade", "\u2122", "dagger", "\u2020", "Dagger", "\u2021", "permil", "\u2030",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            NAMED.put(pairs[i], pairs[i + 1]);
        }
    }

    private CharacterReferences() {
    }

    /** The decoded text of a reference starting at {@code at} (an '&'), or null when it is not one. */
    static String decodeAt(String src, int at, int limit) {
        int semicolon = -1;
        int max = Math.min(limit, at + LONGEST_NAME + 3);
        for (int i = at + 1; i < max; i++) {
            char c = src.charAt(i);
            if (c == ';') {
                semicolon = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return null;
            }
        }
        if (semicolon < 0 || semicolon == at + 1) {
            return null;
        }
        String body = src.substring(at + 1, semicolon);
        if (body.charAt(0) != '#') {
            return NAMED.get(body);
        }
        return decodeNumeric(body);
    }

    private static String decodeNumeric(String body) {
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int codePoint;
        try {
            codePoint = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return valid ? new String(Character.toChars(codePoint)) : null;
    }

    /** The end of the reference starting at {@code at}, for a reference {@link #decodeAt} accepted. */
    static int endOf(String src, int at) {
        return src.indexOf(';', at) + 1;
    }
}
