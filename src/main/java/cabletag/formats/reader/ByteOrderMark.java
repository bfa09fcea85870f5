package cabletag.formats.reader;

import cabletag.core.SourceEncoding;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The byte order marks a text file may start with (ADR 0006). UTF-16 and UTF-32 files are recognised by
 * theirs alone: without one, a file is UTF-8 or Windows-1252. Their NUL bytes are text, not a sign of a
 * binary file. UTF-32 LE is tested before UTF-16 LE, whose mark is a prefix of it.
 */
public enum ByteOrderMark {
    UTF_8(SourceEncoding.UTF_8_BOM, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_32LE(SourceEncoding.UTF_32LE, Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
    UTF_32BE(SourceEncoding.UTF_32BE, Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
    UTF_16LE(SourceEncoding.UTF_16LE, StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(SourceEncoding.UTF_16BE, StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final SourceEncoding encoding;
    private final Charset charset;
    private final byte[] bytes;

    ByteOrderMark(SourceEncoding encoding, Charset charset, int... bytes) {
        this.encoding = encoding;
        this.charset = charset;
        this.bytes = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            this.bytes[i] = (byte) bytes[i];
        }
    }

    /** The mark the bytes start with, if any. */
    public static Optional<ByteOrderMark> of(byte[] head) {
        for (ByteOrderMark mark : values()) {
            if (mark.startsIn(head)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    /** The mark of the encoding, if it carries one. */
    public static Optional<ByteOrderMark> of(SourceEncoding encoding) {
        for (ByteOrderMark mark : values()) {
            if (mark.encoding.equals(encoding)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    /** Whether the bytes are text in a wide encoding (UTF-16 or UTF-32), where NUL bytes are normal. */
    public static boolean startsWideText(byte[] head) {
        return of(head).filter(mark -> mark != UTF_8).isPresent();
    }

    public SourceEncoding encoding() {
        return encoding;
    }

    public Charset charset() {
        return charset;
    }

    public int length() {
        return bytes.length;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    private boolean startsIn(byte[] head) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (head[i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The head of a file as text, for sniffing: decoded by its mark (dropped) or as UTF-8, leniently. */
    public static String headText(byte[] head) {
        Optional<ByteOrderMark> mark = of(head);
        int skip = mark.map(ByteOrderMark::length).orElse(0);
        Charset charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        return new String(head, skip, head.length - skip, charset);
    }

    /** The whole content as text, decoded strictly by its mark (dropped) or as UTF-8. */
    public static String decodeText(byte[] content) throws CharacterCodingException {
        Optional<ByteOrderMark> mark = of(content);
        int skip = mark.map(ByteOrderMark::length).orElse(0);
        Charset charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        return strict(charset).decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
    }

    /**
     * The whole content decoded strictly as UTF-8, a leading EF BB BF kept as the character U+FEFF: for a
     * file whose offsets count it (brat's {@code .txt}).
     */
    public static String decodeUtf8KeepingMark(byte[] content) throws CharacterCodingException {
        return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
