package cabletag.core;

/**
 * Converts offsets in a text between UTF-16 units (how Java and JavaFX index) and Unicode code points
 * (how Python indexes, and so how every exported offset counts). Linear set-up, O(log n) lookups; a text
 * without surrogates costs nothing.
 */
public final class CodePoints {

    private final String text;
    // UTF-16 indexes of the low surrogate of every pair, ascending; empty for BMP-only text.
    private final int[] lowSurrogates;

    private CodePoints(String text, int[] lowSurrogates) {
        this.text = text;
        this.lowSurrogates = lowSurrogates;
    }

    public static CodePoints of(String text) {
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                count++;
            }
        }
        int[] lows = new int[count];
        int k = 0;
        for (int i = 1; i < text.length() && k < count; i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                lows[k++] = i;
            }
        }
        return new CodePoints(text, lows);
    }

    public boolean isBmpOnly() {
        return lowSurrogates.length == 0;
    }

    /** Code point offset of a UTF-16 offset; an offset between the halves of a surrogate pair is refused. */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + text.length());
        }
        int lowsBelow = countBelow(utf16);
        if (lowsBelow < lowSurrogates.length && lowSurrogates[lowsBelow] == utf16) {
            throw new IllegalArgumentException("offset " + utf16 + " splits a surrogate pair");
        }
        return utf16 - lowsBelow;
    }

    /** UTF-16 offset of a code point offset. */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside text of " + codePointLength());
        }
        // The pair whose low half sits at lows[k] is code point number lows[k] - 1 - k; every pair
        // before the wanted code point adds one unit. lows[k] - k strictly increases, so bisect.
        int low = 0;
        int high = lowSurrogates.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lowSurrogates[mid] - mid <= codePoint) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePoint + low;
    }

    public int codePointLength() {
        return text.length() - lowSurrogates.length;
    }

    private int countBelow(int utf16) {
        int low = 0;
        int high = lowSurrogates.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lowSurrogates[mid] < utf16) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
