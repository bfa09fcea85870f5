package cabletag.formats.inline;

/**
 * Windows-1252 both ways, byte for byte. The JDK's codec turns the five undefined bytes
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) into U+FFFD and so would lose them; here they map to the C1
 * control of the same number, as browsers do, so every byte sequence decodes and encodes back exactly.
 */
final class Windows1252 {

    private static final char[] HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private Windows1252() {
    }

    static String decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i] = b >= 0x80 && b < 0xA0 ? HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /** Encodes text that came from {@link #decode}; a character with no byte is an error, not a '?'. */
    static byte[] encode(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            bytes[i] = encode(text.charAt(i), i);
        }
        return bytes;
    }

    private static byte encode(char c, int index) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return (byte) c;
        }
        for (int k = 0; k < HIGH.length; k++) {
            if (HIGH[k] == c) {
                return (byte) (0x80 + k);
            }
        }
        throw new IllegalArgumentException("character U+" + String.format("%04X", (int) c) + " at " + index
                + " has no Windows-1252 byte");
    }

    static boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c < 0x80 || (c >= 0xA0 && c <= 0xFF)) && new String(HIGH).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
