package cabletag.formats;

/**
 * Whether the NUL bytes that made a file "binary" are those of UTF-16 text without a byte order mark:
 * every other byte NUL beside ASCII-range text, as Windows and PowerShell write English text. Such a file
 * is still skipped (ADR 0006: without a mark, no file is taken for UTF-16, since guessing would call binary
 * files text), but its skip line says what it probably is and what to do, instead of only "binary".
 */
final class Utf16WithoutMark {

    /** Fewer code units than this say too little to tell. */
    private static final int FEWEST_UNITS = 4;

    private Utf16WithoutMark() {
    }

    /**
     * "little-endian" or "big-endian" when the first {@code limit} bytes of {@code head} read as UTF-16 in
     * that order with every code unit in the ASCII range or a Latin-1 letter (nine in ten ASCII) (a NUL high byte, a text low byte: a printable
     * character, tab, line feed or carriage return); else null. A trailing odd byte is left out (the head
     * may cut a unit in two).
     */
    static String byteOrder(byte[] head, int limit) {
        int units = Math.min(head.length, limit) / 2;
        if (units < FEWEST_UNITS) {
            return null;
        }
        if (allUnitsAscii(head, units, 0)) {
            return "little-endian";
        }
        if (allUnitsAscii(head, units, 1)) {
            return "big-endian";
        }
        return null;
    }

    /**
     * Whether every unit has its text byte at {@code low} (0 or 1 within the unit) and a NUL in the other, and nine in
     * ten of them are ASCII: a Latin-1 letter beside them ({@code José}, é is E9 00) lost the hint (found from outside).
     */
    private static boolean allUnitsAscii(byte[] head, int units, int low) {
        int ascii = 0;
        for (int unit = 0; unit < units; unit++) {
            byte text = head[2 * unit + low];
            byte high = head[2 * unit + 1 - low];
            if (high != 0 || !isAsciiText(text) && (text & 0xFF) < 0xA0) {
                return false;
            }
            if (isAsciiText(text)) {
                ascii++;
            }
        }
        return ascii * 10 >= units * 9;
    }

    private static boolean isAsciiText(byte b) {
        return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n' || b == '\r';
    }
}
