package cabletag.formats.inline;

import java.util.HashMap;
import java.util.Map;

/**
 * HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x27;}) as they occur in cable
 * pages. Only a reference with its closing semicolon and a known name or valid code point is decoded;
 * anything else stays literal text, so no character is ever lost.
 *
 * <p>Read as a browser reads them ({@link MarkupRules#asABrowser()}, ADR 0015), every name of HTML 4 is known
 * ({@code &ensp;}, {@code &zwnj;}, {@code &lrm;}, the Greek letters, the arrows, …), a number of the Windows range
 * 128–159 is the Windows-1252 character of that byte ({@code &#146;}, a page saved from Word, is ’), and a CR
 * ({@code &#13;}) is the line break every CR of a cable is (ADR 0005): one {@code \n}, taking a line feed right
 * after it with it (a literal one, or {@code &#10;}), as CRLF is one line break.
 */
final class CharacterReferences {

    private static final int LONGEST_NAME = 8;
    /** The names the reader of generations 1 and 2 knew. */
    private static final Map<String, String> NAMED = new HashMap<>();
    /** The rest of HTML 4's names, known when references are read as a browser reads them. */
    private static final Map<String, String> NAMED_AS_A_BROWSER = new HashMap<>();

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
        String[] more = {
            "OElig", "\u0152", "oelig", "\u0153", "Scaron", "\u0160", "scaron", "\u0161", "Yuml", "\u0178",
            "fnof", "\u0192", "circ", "\u02C6", "tilde", "\u02DC", "ensp", "\u2002", "emsp", "\u2003",
            "thinsp", "\u2009", "zwnj", "\u200C", "zwj", "\u200D", "lrm", "\u200E", "rlm", "\u200F",
            "lsaquo", "\u2039", "rsaquo", "\u203A", "prime", "\u2032", "Prime", "\u2033", "oline", "\u203E",
            "frasl", "\u2044", "image", "\u2111", "weierp", "\u2118", "real", "\u211C", "alefsym", "\u2135",
            "larr", "\u2190", "uarr", "\u2191", "rarr", "\u2192", "darr", "\u2193", "harr", "\u2194",
            "crarr", "\u21B5", "lArr", "\u21D0", "uArr", "\u21D1", "rArr", "\u21D2", "dArr", "\u21D3",
            "hArr", "\u21D4", "forall", "\u2200", "part", "\u2202", "exist", "\u2203", "empty", "\u2205",
            "nabla", "\u2207", "isin", "\u2208", "notin", "\u2209", "ni", "\u220B", "prod", "\u220F",
            "sum", "\u2211", "minus", "\u2212", "lowast", "\u2217", "radic", "\u221A", "prop", "\u221D",
            "infin", "\u221E", "ang", "\u2220", "and", "\u2227", "or", "\u2228", "cap", "\u2229",
            "cup", "\u222A", "int", "\u222B", "there4", "\u2234", "sim", "\u223C", "cong", "\u2245",
            "asymp", "\u2248", "ne", "\u2260", "equiv", "\u2261", "le", "\u2264", "ge", "\u2265",
            "sub", "\u2282", "sup", "\u2283", "nsub", "\u2284", "sube", "\u2286", "supe", "\u2287",
            "oplus", "\u2295", "otimes", "\u2297", "perp", "\u22A5", "sdot", "\u22C5", "lceil", "\u2308",
            "rceil", "\u2309", "lfloor", "\u230A", "rfloor", "\u230B", "lang", "\u2329", "rang", "\u232A",
            "loz", "\u25CA", "spades", "\u2660", "clubs", "\u2663", "hearts", "\u2665", "diams", "\u2666",
            "thetasym", "\u03D1", "upsih", "\u03D2", "piv", "\u03D6",
        };
        for (int i = 0; i < more.length; i += 2) {
            NAMED_AS_A_BROWSER.put(more[i], more[i + 1]);
        }
        // the Greek letters, in the order of their code points (U+03A2 is no letter: no capital final sigma)
        String[] greek = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda",
            "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", null, "Sigma", "Tau", "Upsilon", "Phi", "Chi", "Psi", "Omega"};
        for (int k = 0; k < greek.length; k++) {
            if (greek[k] != null) {
                NAMED_AS_A_BROWSER.put(greek[k], String.valueOf((char) (0x391 + k)));
                String small = Character.toLowerCase(greek[k].charAt(0)) + greek[k].substring(1);
                NAMED_AS_A_BROWSER.put(small, String.valueOf((char) (0x3B1 + k)));
            }
        }
        NAMED_AS_A_BROWSER.put("sigmaf", "\u03C2");
    }

    private static final String CR = "\r";
    private static final String LF = "\n";

    private CharacterReferences() {
    }

    /**
     * A reference read: the text it gives, where it ends, and whether it ended with the line feed of the file's
     * line break ({@code &#13;} before a literal {@code \n}: the two are the one line break, so the tag grammar
     * sees its line end there).
     */
    record Reference(String text, int end, boolean endsLine) { }

    /**
     * The reference starting at {@code at} (an '&') by the reading's rules, or null when it is not one: as the reader
     * of generations 1 and 2 read it, or as a browser reads it.
     */
    static Reference read(String src, int at, int limit, boolean asABrowser) {
        String text = decodeAt(src, at, limit, asABrowser);
        if (text == null) {
            return null;
        }
        int end = endOf(src, at);
        if (!asABrowser || !text.equals(CR)) {
            return new Reference(text, end, false);
        }
        if (end < limit && src.charAt(end) == '\n') {
            return new Reference(LF, end + 1, true);
        }
        boolean lineFeed = end < limit && src.charAt(end) == '&' && LF.equals(decodeAt(src, end, limit, true));
        return new Reference(LF, lineFeed ? endOf(src, end) : end, false);
    }

    /** The decoded text of a reference starting at {@code at} (an '&'), or null when it is not one; a CR as it is. */
    private static String decodeAt(String src, int at, int limit, boolean asABrowser) {
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
            String named = NAMED.get(body);
            return named == null && asABrowser ? NAMED_AS_A_BROWSER.get(body) : named;
        }
        return decodeNumeric(body, asABrowser);
    }

    private static String decodeNumeric(String body, boolean asABrowser) {
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
        if (valid && asABrowser && codePoint >= 0x80 && codePoint < 0xA0) {
            // what a browser does (HTML's numeric reference rule): the page meant the Windows-1252 byte
            return Windows1252.decode(new byte[] {(byte) codePoint});
        }
        return valid ? new String(Character.toChars(codePoint)) : null;
    }

    /** The end of the reference starting at {@code at}, for a reference {@link #decodeAt} accepted. */
    private static int endOf(String src, int at) {
        return src.indexOf(';', at) + 1;
    }
}
