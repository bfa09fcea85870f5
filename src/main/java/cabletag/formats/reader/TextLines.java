package cabletag.formats.reader;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The lines of a dataset file (JSON lines, CoNLL), decoded one at a time by the file's byte order mark (dropped)
 * or as UTF-8. Lines end as {@link java.io.BufferedReader#readLine} ends them: at LF, CR or CR LF.
 *
 * <p>A line whose bytes are not its encoding is handed over as an {@link UndecodableLine}, at the place of its
 * first bad byte, and the next call reads on. Decoding the file as one stream, as this was done before, threw at
 * the first bad byte anywhere: the whole file was named bad at 1:1 and its good lines were lost. A line is split
 * off by its bytes (LF and CR are single bytes in UTF-8, one code unit in UTF-16 and UTF-32, and never part of
 * another character), so a bad byte never moves a line break.
 *
 * <p>Valid lines take the fast way: a line is decoded by the JDK's own (lenient) decoder, and only a line whose result
 * holds U+FFFD is decoded again strictly, to tell a U+FFFD written in the file from a byte that is no character.
 */
public final class TextLines implements Closeable {

    private static final int CHUNK = 64 << 10;

    private final InputStream in;
    private final Charset charset;
    private final String encodingName;
    private final int unit;          // bytes per code unit: 1, 2 or 4
    private final boolean bigEndian;
    private byte[] buffer;
    private int position;
    private int limit;
    private boolean ended;
    private int number;

    private TextLines(InputStream in, byte[] buffer, int position, int limit) {
        this.in = in;
        this.buffer = buffer;
        this.ended = in == null;
        this.limit = limit;
        byte[] head = java.util.Arrays.copyOfRange(buffer, position, Math.min(limit, position + 4));
        Optional<ByteOrderMark> mark = ByteOrderMark.of(head);
        this.position = position + mark.map(ByteOrderMark::length).orElse(0);
        this.charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        ByteOrderMark m = mark.orElse(ByteOrderMark.UTF_8);
        this.unit = switch (m) {
            case UTF_8 -> 1;
            case UTF_16LE, UTF_16BE -> 2;
            case UTF_32LE, UTF_32BE -> 4;
        };
        this.bigEndian = m == ByteOrderMark.UTF_16BE || m == ByteOrderMark.UTF_32BE;
        this.encodingName = switch (m) {
            case UTF_8 -> "UTF-8";
            case UTF_16LE -> "UTF-16 LE";
            case UTF_16BE -> "UTF-16 BE";
            case UTF_32LE -> "UTF-32 LE";
            case UTF_32BE -> "UTF-32 BE";
        };
    }

    /** The lines of content already in memory. */
    public static TextLines of(byte[] content) {
        return new TextLines(null, content, 0, content.length);
    }

    /** The lines of a file, read as they are asked for: a file too large to hold whole is read in chunks. */
    public static TextLines open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            byte[] buffer = new byte[CHUNK];
            int filled = in.readNBytes(buffer, 0, 4); // enough for any byte order mark
            return new TextLines(in, buffer, 0, filled);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The encoding the lines are read in, as a problem line names it: {@code UTF-8}, {@code UTF-16 LE}, … */
    public String encodingName() {
        return encodingName;
    }

    /** The 1-based number of the line the last call to {@link #next} handed over (or refused). */
    public int number() {
        return number;
    }

    /**
     * The next line, without its line break, or null at the end of the file.
     *
     * @throws UndecodableLine for a line that is not text in the file's encoding; the next call reads the line after it
     */
    public String next() throws IOException, UndecodableLine {
        int end = lineEnd();
        if (end < 0) {
            return null;
        }
        number++;
        int start = position;
        // past the line break: CR LF is one
        int after = end;
        if (after < limit) {
            boolean cr = unitAt(after) == '\r';
            after += unit;
            if (cr) {
                if (after + unit > limit && !ended) {
                    // the LF after a CR may be in the next chunk: fill first (start and end move with the buffer)
                    int moved = fill(start);
                    start -= moved;
                    end -= moved;
                    after -= moved;
                }
                if (after + unit <= limit && unitAt(after) == '\n') {
                    after += unit;
                }
            }
        }
        position = after;
        return decode(start, end);
    }

    /** The end of the next line (its first line-break byte, or the end of the file), or -1 when no line is left. */
    private int lineEnd() throws IOException {
        int from = position;
        while (true) {
            if (unit == 1) {
                for (int i = from; i < limit; i++) {
                    byte b = buffer[i];
                    if (b == '\n' || b == '\r') {
                        return i;
                    }
                }
            } else {
                for (int i = from; i + unit <= limit; i += unit) {
                    int u = unitAt(i);
                    if (u == '\n' || u == '\r') {
                        return i;
                    }
                }
            }
            if (ended) {
                return position < limit ? limit : -1;
            }
            int scanned = (limit - position) / unit * unit; // the whole units looked at, from the line's start
            fill(position);
            from = position + scanned;
        }
    }

    /**
     * Reads more of the stream into the buffer, keeping the bytes from {@code keep} on: moves them to the start
     * (growing the buffer when they fill it) and returns how far they moved. Sets {@link #ended} at the end.
     */
    private int fill(int keep) throws IOException {
        int kept = limit - keep;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, kept);
        }
        if (kept == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        }
        position -= keep;
        limit = kept;
        int read = in.readNBytes(buffer, limit, buffer.length - limit);
        limit += read;
        if (limit < buffer.length) {
            ended = true;
        }
        return keep;
    }

    private int unitAt(int i) {
        return switch (unit) {
            case 1 -> buffer[i] & 0xFF;
            case 2 -> bigEndian ? (buffer[i] & 0xFF) << 8 | (buffer[i + 1] & 0xFF)
                    : (buffer[i + 1] & 0xFF) << 8 | (buffer[i] & 0xFF);
            default -> bigEndian
                    ? (buffer[i] & 0xFF) << 24 | (buffer[i + 1] & 0xFF) << 16 | (buffer[i + 2] & 0xFF) << 8 | (buffer[i + 3] & 0xFF)
                    : (buffer[i + 3] & 0xFF) << 24 | (buffer[i + 2] & 0xFF) << 16 | (buffer[i + 1] & 0xFF) << 8 | (buffer[i] & 0xFF);
        };
    }

    private String decode(int start, int end) throws UndecodableLine {
        String lenient = new String(buffer, start, end - start, charset);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        return strict(start, end, lenient); // a U+FFFD of the file's own, or a byte that is no character
    }

    private String strict(int start, int end, String lenient) throws UndecodableLine {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(buffer, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start + 1);
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (!result.isError()) {
            return chars.flip().toString();
        }
        chars.flip();
        int column = Character.codePointCount(chars, 0, chars.length()) + 1;
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < result.length() && bytes.position() + i < end; i++) {
            shown.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", buffer[bytes.position() + i] & 0xFF));
        }
        throw new UndecodableLine(number, column, encodingName, shown.toString(), result.length() > 1, lenient,
                // one byte alone: several make a cut UTF-8 character (0xE2 0x82 of a €), not a Windows-1252 letter
                charset.equals(java.nio.charset.StandardCharsets.UTF_8) && result.length() == 1 ? windows1252(buffer[bytes.position()]) : null);
    }

    /**
     * What a byte that is no UTF-8 reads as in Windows-1252 (the encoding of a file saved by an older Windows tool, and
     * Latin-1's letters), when that is a letter or the typographic punctuation such files hold (’ “ – …): a hint to the
     * file's real encoding. Null for anything else (a stray byte of a damaged UTF-8 file is no letter there as often).
     */
    static String windows1252(byte bad) {
        if ((bad & 0x80) == 0) {
            return null;
        }
        String read = new String(new byte[] {bad}, java.nio.charset.Charset.forName("windows-1252"));
        int c = read.codePointAt(0);
        return c != 0xFFFD && (Character.isLetter(c) || "‘’‚“”„–—…€".indexOf(c) >= 0) ? read : null;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }

    /**
     * A line that is not text in its file's encoding, at its first bad byte: the column counts the code points
     * before it, as an editor does. The message says what is wrong and what the reader does with it
     * ({@link #leftOut}); the line's text as the JDK decodes it leniently (U+FFFD for the bad bytes) is kept for a
     * reader that needs to know what kind of line it was.
     */
    public static final class UndecodableLine extends FormatException {

        private final String encoding;
        private final String bytes;
        private final boolean several;
        private final transient String lenientText;
        private final String windows1252;

        UndecodableLine(int line, int column, String encoding, String bytes, boolean several, String lenientText, String windows1252) {
            super(line, column, describe(encoding, bytes, several, null, windows1252), code(encoding));
            this.encoding = encoding;
            this.bytes = bytes;
            this.several = several;
            this.lenientText = lenientText;
            this.windows1252 = windows1252;
        }

        private UndecodableLine(UndecodableLine bad, String whatIsLeftOut) {
            super(bad.line(), bad.column(), describe(bad.encoding, bad.bytes, bad.several, whatIsLeftOut, bad.windows1252), code(bad.encoding));
            this.encoding = bad.encoding;
            this.bytes = bad.bytes;
            this.several = bad.several;
            this.lenientText = bad.lenientText;
            this.windows1252 = bad.windows1252;
        }

        /** The same problem, its message saying what the reader leaves out for it ({@code "this line is left out"}). */
        public UndecodableLine leftOut(String whatIsLeftOut) {
            return new UndecodableLine(this, whatIsLeftOut);
        }

        /** The line as decoded leniently: its bad bytes as U+FFFD. */
        public String lenientText() {
            return lenientText;
        }

        private static String code(String encoding) {
            return encoding.equals("UTF-8") ? "damaged-utf8" : "damaged-utf16";
        }

        private static String describe(String encoding, String bytes, boolean several, String whatIsLeftOut, String windows1252) {
            String first = bytes.split(" ")[0];
            return "not " + encoding + " text: " + (several ? "the bytes " : "the byte ") + bytes + (several ? " are" : " is")
                    + " no " + encoding + " character" + (whatIsLeftOut == null ? "" : "; " + whatIsLeftOut)
                    + (windows1252 == null
                            ? " (a dataset is read as UTF-8, or as UTF-16/32 by its byte order mark: fix the byte, or save the file as UTF-8)"
                            : " (" + first + " is " + windows1252 + " in Windows-1252: if the file was saved so, save it as UTF-8,"
                                    + " e.g. iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }
}
