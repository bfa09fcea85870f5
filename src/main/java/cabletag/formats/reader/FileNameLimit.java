package cabletag.formats.reader;

import java.nio.charset.StandardCharsets;

/**
 * The limit on anything that may become a file name: an id or a name is at most 255 bytes of UTF-8 and
 * holds no NUL, the limit of ext4, XFS, APFS and NTFS for one name. The brat and inline exports turn
 * ids and names into file names; a longer one is shortened there ({@link #shorten}), and {@code check}
 * warns about it beforehand.
 */
public final class FileNameLimit {

    /** Bytes of UTF-8 in one file name. */
    public static final int MAX_BYTES = 255;

    private FileNameLimit() {
    }

    public static int utf8Length(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Whether the name is longer than one file name may be. */
    public static boolean isTooLong(String name) {
        return name.length() > MAX_BYTES / 4 && utf8Length(name) > MAX_BYTES; // a char is at most 3 bytes, 4 a pair
    }

    public static boolean hasNul(String name) {
        return name.indexOf('\0') >= 0;
    }

    /**
     * One name cut to fit in {@code MAX_BYTES - reserve} bytes (room for a suffix such as {@code -2.ann}):
     * a prefix that ends on a whole character, then {@code ~} and eight hex digits of the whole name's
     * hash, so two long names that share a prefix stay apart and a name gets the same short form on every
     * run; a short extension ({@code .txt}) is kept at the end. Control characters become {@code _}. A name that fits is returned with controls replaced only.
     */
    public static String shorten(String name, int reserve) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? '_' : c));
        String cleaned = clean.toString();
        int limit = MAX_BYTES - reserve;
        if (utf8Length(cleaned) <= limit) {
            return cleaned;
        }
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : ""; // .txt, .html stay
        String tail = "~" + String.format("%08x", name.hashCode()) + extension;
        int budget = limit - utf8Length(tail);
        StringBuilder prefix = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < cleaned.length(); ) {
            int c = cleaned.codePointAt(i);
            int size = utf8Length(new String(Character.toChars(c)));
            if (bytes + size > budget) {
                break;
            }
            prefix.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return prefix + tail;
    }
}
