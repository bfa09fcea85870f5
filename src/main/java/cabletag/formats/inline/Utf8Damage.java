package cabletag.formats.inline;

/**
 * What the bytes of a file that is not valid UTF-8 say about it: damaged UTF-8 (a download cut short, one bad
 * byte), or text in the legacy Windows-1252. Both are read as Windows-1252 so that every byte comes back
 * (ADR 0006), but only the second is read right: damaged UTF-8 read so has every accented letter and symbol
 * garbled ({@code é} as {@code Ã©}), and exported as training data that is a silent corruption.
 *
 * <p>A file holds UTF-8 when it has a multi-byte sequence that Windows-1252 text hardly ever makes by
 * accident: one of three or four bytes (a lower-case accented letter followed by two symbols), one of two
 * bytes that begins with 0xC2 or 0xC3 (Latin-1's letters and signs in UTF-8; in Windows-1252, {@code Â} or
 * {@code Ã} followed by a symbol, which is what such UTF-8 looks like read wrongly), two sequences in a row
 * (a word of Greek or Cyrillic), or a UTF-8 byte order mark. A lone two-byte sequence of another lead byte is
 * not enough: an all-caps Windows-1252 cable makes one of a capital and a closing quote ({@code JOSÉ’S},
 * {@code PERÚ—}), and such a file must stay a warning.
 */
record Utf8Damage(boolean holdsUtf8, int invalidBytes, int firstInvalid) {

    /**
     * Looks at the bytes from {@code from} (after a byte order mark, told by {@code bom}); {@code firstInvalid}
     * is the offset of the first byte that begins no valid sequence, -1 when every byte is valid UTF-8.
     */
    static Utf8Damage of(byte[] bytes, int from, boolean bom) {
        boolean holdsUtf8 = bom;
        int invalid = 0;
        int firstInvalid = -1;
        int previousEnd = -1; // where the last valid multi-byte sequence ended
        int i = from;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int codePoint = Utf8Text.codePointAt(bytes, i);
            if (codePoint < 0) {
                if (invalid == 0) {
                    firstInvalid = i;
                }
                invalid++; // one byte at a time: the count is of bytes that belong to no character
                i++;
                continue;
            }
            int length = Utf8Text.sequenceLength(codePoint);
            int lead = bytes[i] & 0xFF;
            holdsUtf8 |= length > 2 || lead == 0xC2 || lead == 0xC3 || previousEnd == i;
            i += length;
            previousEnd = i;
        }
        return new Utf8Damage(holdsUtf8, invalid, firstInvalid);
    }
}
