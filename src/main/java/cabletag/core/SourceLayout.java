package cabletag.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the source text is laid out around the clean text: a gap-free run of pieces, each a range of
 * the source that contributes either the same characters (TEXT), other characters (REPLACED: a
 * character reference, a line break, or HTML block markup read as the one line break or tab that keeps two
 * words apart, ADR 0014), or nothing (MARKUP, TAG_OPEN, TAG_CLOSE) to the clean text.
 * This is what lets every span be mapped back to its exact place in the source, and a document be
 * written back byte for byte with only its edited tags changed.
 */
public final class SourceLayout {

    public enum PieceKind { TEXT, REPLACED, MARKUP, TAG_OPEN, TAG_CLOSE;

        public boolean isZeroWidth() {
            return this == MARKUP || this == TAG_OPEN || this == TAG_CLOSE;
        }
    }

    /**
     * A tag as it stood in the source: the span it produced, its opening piece ({@code [PER }) and
     * closing piece ({@code   ]}), and where the label name sits in the source, for relabelling in place.
     */
    public record OriginalTag(Span span, int openPiece, int closePiece, int labelStart, int labelEnd) { }

    private static final PieceKind[] KINDS = PieceKind.values();

    private final boolean html;
    private final int pieceCount;
    private final byte[] kinds;
    private final int[] sourceStarts; // pieceCount + 1 entries; the last is the source length
    private final int[] cleanStarts;  // pieceCount + 1 entries; the last is the clean length
    private final int[] tagOfPiece;   // index into tags for TAG_OPEN / TAG_CLOSE pieces, else -1
    private final List<OriginalTag> tags;
    private volatile SpanSet originalSpans;

    private SourceLayout(Builder builder) {
        this.html = builder.html;
        this.pieceCount = builder.count;
        this.kinds = Arrays.copyOf(builder.kinds, pieceCount);
        this.sourceStarts = Arrays.copyOf(builder.sourceStarts, pieceCount + 1);
        this.cleanStarts = Arrays.copyOf(builder.cleanStarts, pieceCount + 1);
        this.sourceStarts[pieceCount] = builder.sourcePosition;
        this.cleanStarts[pieceCount] = builder.cleanPosition;
        this.tagOfPiece = Arrays.copyOf(builder.tagOfPiece, pieceCount);
        this.tags = List.copyOf(builder.tags);
    }

    /** A layout for text that is its own clean text (imported datasets, generated text). */
    public static SourceLayout identity(String text) {
        Builder builder = new Builder(false);
        if (!text.isEmpty()) {
            builder.text(text.length());
        }
        return builder.build();
    }

    public boolean isHtml() {
        return html;
    }

    public int pieceCount() {
        return pieceCount;
    }

    public PieceKind kind(int piece) {
        return KINDS[kinds[piece]];
    }

    public int sourceStart(int piece) {
        return sourceStarts[piece];
    }

    public int sourceEnd(int piece) {
        return sourceStarts[piece + 1];
    }

    public int cleanStart(int piece) {
        return cleanStarts[piece];
    }

    public int cleanEnd(int piece) {
        return cleanStarts[piece + 1];
    }

    public int sourceLength() {
        return sourceStarts[pieceCount];
    }

    public int cleanLength() {
        return cleanStarts[pieceCount];
    }

    /** The original tag a TAG_OPEN or TAG_CLOSE piece belongs to, or -1. */
    public int tagOf(int piece) {
        return tagOfPiece[piece];
    }

    public List<OriginalTag> originalTags() {
        return tags;
    }

    /** Whether the source had tags at all; asks without building {@link #originalSpans()}. */
    public boolean hasOriginalTags() {
        return !tags.isEmpty();
    }

    /**
     * The spans the source's tags give, built once: an edit compares against them (the suggestions' live
     * evidence, twice per edit), which rebuilt and sorted 100,000 spans of a 5 MB cable every time.
     */
    public SpanSet originalSpans() {
        SpanSet built = originalSpans;
        if (built == null) {
            Span[] spans = new Span[tags.size()];
            for (int i = 0; i < spans.length; i++) {
                spans[i] = tags.get(i).span();
            }
            built = SpanSet.ofOwned(spans);
            originalSpans = built; // immutable: a second thread building it too only repeats the work
        }
        return built;
    }

    /** The piece holding clean character {@code cleanOffset} (never a zero-width piece). */
    public int pieceOfCleanChar(int cleanOffset) {
        if (cleanOffset < 0 || cleanOffset >= cleanLength()) {
            throw new IndexOutOfBoundsException("clean offset " + cleanOffset + " outside " + cleanLength());
        }
        // Last piece whose clean start <= offset and that has clean width.
        int low = 0;
        int high = pieceCount - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (cleanStarts[mid] <= cleanOffset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        while (cleanStarts[low + 1] == cleanStarts[low]) {
            low--;
        }
        return low;
    }

    /** Where clean character {@code cleanOffset} starts in the source. */
    public int sourceOffsetOfChar(int cleanOffset) {
        int piece = pieceOfCleanChar(cleanOffset);
        return kind(piece) == PieceKind.TEXT
                ? sourceStarts[piece] + (cleanOffset - cleanStarts[piece])
                : sourceStarts[piece];
    }

    /** Where the source of clean character {@code cleanOffset} ends. */
    public int sourceEndOfChar(int cleanOffset) {
        int piece = pieceOfCleanChar(cleanOffset);
        return kind(piece) == PieceKind.TEXT
                ? sourceStarts[piece] + (cleanOffset - cleanStarts[piece]) + 1
                : sourceStarts[piece + 1];
    }

    /**
     * The source range a span occupies: for a span read from a tag, the whole tag from {@code [} to
     * {@code ]}; for any other span, the source of its characters.
     */
    public int[] sourceRangeOf(Span span) {
        for (OriginalTag tag : tags) {
            if (tag.span().equals(span)) {
                return new int[] {sourceStarts[tag.openPiece()], sourceStarts[tag.closePiece() + 1]};
            }
        }
        return new int[] {sourceOffsetOfChar(span.start()), sourceEndOfChar(span.end() - 1)};
    }

    /** Appends pieces in source order; each piece starts where the previous one ended. */
    public static final class Builder {
        private final boolean html;
        private int count;
        private byte[] kinds;
        private int[] sourceStarts;
        private int[] cleanStarts;
        private int[] tagOfPiece;
        private final List<OriginalTag> tags;
        private int sourcePosition;
        private int cleanPosition;

        public Builder(boolean html) {
            this(html, 64);
        }

        /** With room for about {@code expectedPieces} pieces, so a large cable's arrays are not grown piece by piece. */
        public Builder(boolean html, int expectedPieces) {
            this.html = html;
            int capacity = Math.max(64, expectedPieces);
            kinds = new byte[capacity];
            sourceStarts = new int[capacity + 1];
            cleanStarts = new int[capacity + 1];
            tagOfPiece = new int[capacity];
            // A tag takes an opening and a closing event, each about two pieces; growing the list tag by tag on a large cable
            // copied it over and over (a tenth of an export's samples).
            tags = new ArrayList<>(capacity / 4);
        }

        public int sourcePosition() {
            return sourcePosition;
        }

        public int cleanPosition() {
            return cleanPosition;
        }

        public int pieceCount() {
            return count;
        }

        /** Source characters copied one for one into the clean text; merges with a TEXT piece before it. */
        public Builder text(int sourceLength) {
            if (sourceLength == 0) {
                return this;
            }
            if (count > 0 && kinds[count - 1] == PieceKind.TEXT.ordinal()) {
                sourcePosition += sourceLength;
                cleanPosition += sourceLength;
                return this;
            }
            return add(PieceKind.TEXT, sourceLength, sourceLength, -1);
        }

        public Builder replaced(int sourceLength, int cleanLength) {
            return add(PieceKind.REPLACED, sourceLength, cleanLength, -1);
        }

        public Builder markup(int sourceLength) {
            return add(PieceKind.MARKUP, sourceLength, 0, -1);
        }

        /** Opens a tag; returns the piece index to hand to {@link #closeTag}. */
        public int openTag(int sourceLength) {
            add(PieceKind.TAG_OPEN, sourceLength, 0, -1);
            return count - 1;
        }

        /** Closes the tag opened at {@code openPiece}, recording the span it produced. */
        public Builder closeTag(int openPiece, int sourceLength, Label label, int labelStart, int labelEnd) {
            return closeTag(openPiece, sourceLength, label, labelStart, labelEnd, 0, 0);
        }

        /**
         * As above, the span without the first {@code trimStart} and last {@code trimEnd} clean characters the
         * tag holds: a separator that block markup just inside its brackets gave ({@code [PER <br>Rubaie  ]}) is
         * no part of the entity. The tag's pieces stay where they are, so the source is written back as it was.
         */
        public Builder closeTag(int openPiece, int sourceLength, Label label, int labelStart, int labelEnd, int trimStart,
                                int trimEnd) {
            int tagIndex = tags.size();
            Span span = new Span(cleanStarts[openPiece] + trimStart, cleanPosition - trimEnd, label);
            add(PieceKind.TAG_CLOSE, sourceLength, 0, tagIndex);
            tagOfPiece[openPiece] = tagIndex;
            tags.add(new OriginalTag(span, openPiece, count - 1, labelStart, labelEnd));
            return this;
        }

        private Builder add(PieceKind kind, int sourceLength, int cleanLength, int tag) {
            if (count == kinds.length) {
                int capacity = count * 2;
                kinds = Arrays.copyOf(kinds, capacity);
                sourceStarts = Arrays.copyOf(sourceStarts, capacity + 1);
                cleanStarts = Arrays.copyOf(cleanStarts, capacity + 1);
                tagOfPiece = Arrays.copyOf(tagOfPiece, capacity);
            }
            kinds[count] = (byte) kind.ordinal();
            sourceStarts[count] = sourcePosition;
            cleanStarts[count] = cleanPosition;
            tagOfPiece[count] = tag;
            count++;
            sourcePosition += sourceLength;
            cleanPosition += cleanLength;
            return this;
        }

        public SourceLayout build() {
            return new SourceLayout(this);
        }
    }
}
