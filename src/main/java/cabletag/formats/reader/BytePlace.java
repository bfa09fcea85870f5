package cabletag.formats.reader;

/**
 * Where a byte of a file stands as an editor shows it: its line (a line feed, a carriage return alone, or the two
 * together end a line) and its column, counting the characters before it on its line read as UTF-8 (a byte that is
 * none counts one, as an editor shows one replacement character). For problems found in a file's bytes before any
 * text is decoded: a NUL in a file's head, the first byte of damaged UTF-8.
 */
public record BytePlace(int line, int column) {

    /** The place of byte {@code at} of {@code bytes}, counting from byte {@code from} (after a byte order mark). */
    public static BytePlace of(byte[] bytes, int from, int at) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < at; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, at - lineStart, java.nio.charset.StandardCharsets.UTF_8);
        return new BytePlace(line, before.codePointCount(0, before.length()) + 1);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
