package cabletag.formats.inline;

/**
 * What the bytes of a file that is not valid UTF-8 say about it: damaged UTF-8 (a download cut short, one bad
 * byte), or text in the legacy Windows-1252. Both are read as Windows-1252 so that every byte comes back
 * (ADR 0006), but only the second is read right: damaged UTF-8 read so has every accented letter and symbol
 * garbled ({@code é} as {@code Ã©}), and exported as training data that is a silent corruption.
 *
 * <p>A file holds UTF-8 when a UTF-8 byte order mark starts it, when it ends inside a character (a lead byte
 * and some but fewer continuation bytes than it needs: a download cut short) after at least one whole one, or when it
 * has more multi-byte sequences that decode to a character such a file holds (Latin, Greek and Cyrillic letters
 * and signs, U+0080–U+07FF; the general punctuation, currency and symbol blocks, U+2000–U+2BFF; emoji and the
 * other planes) than places where it is not UTF-8 (a run of bad bytes is one place): a damaged file keeps
 * nearly all of its characters whole. Windows-1252 text makes such sequences only by accident, an accented
 * capital or letter followed by punctuation, and the rest of its non-ASCII bytes are no UTF-8: {@code JOSÉ’S}
 * is C9 92, {@code IRMÃ”} C3 94, and a {@code café…”} makes E9 85 94, a Chinese character, which is not
 * counted at all. A tie, one good sequence and one bad place, is taken for Windows-1252: its fallback is a
 * warning, and the text is read as written. Damaged UTF-8 in Chinese or Japanese is not told from
 * Windows-1252 by this count (its characters are not counted) unless it is cut short; it stays a warning.
 */
record Utf8Damage(boolean holdsUtf8, int invalidBytes, int firstInvalid) {

    /**
     * Looks at the bytes from {@code from} (after a byte order mark, told by {@code bom}); {@code firstInvalid}
     * is the offset of the first byte that begins no valid sequence, -1 when every byte is valid UTF-8.
     */
    static Utf8Damage of(byte[] bytes, int from, boolean bom) {
        int likely = 0; // sequences of characters a UTF-8 cable holds
        int invalid = 0;
        int places = 0; // runs of invalid bytes
        boolean afterInvalid = false;
        int firstInvalid = -1;
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
                if (!afterInvalid || (bytes[i] & 0xC0) != 0x80) {
                    places++;
                }
                afterInvalid = true;
                i++;
                continue;
            }
            afterInvalid = false;
            if (codePoint <= 0x7FF || codePoint >= 0x2000 && codePoint <= 0x2BFF || codePoint >= 0x10000) {
                likely++;
            }
            i += Utf8Text.sequenceLength(codePoint);
        }
        return new Utf8Damage(bom || likely > places || likely > 0 && cutShort(bytes, from), invalid, firstInvalid);
    }

    /** Whether the bytes end inside a character: a lead byte of a longer sequence, and some but fewer continuation bytes. */
    private static boolean cutShort(byte[] bytes, int from) {
        int continuations = 0;
        for (int i = bytes.length - 1; i >= from && continuations < 3; i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continuations++;
                continue;
            }
            int needs = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : 0;
            return continuations > 0 && continuations < needs; // a lone lead byte at the end: a Windows-1252 'é' as often
        }
        return false;
    }
}
