package cabletag.core;

import java.util.Comparator;

/**
 * An entity over the clean text: half-open {@code [start, end)} in UTF-16 units of the clean text
 * (see ADR 0001; code points are used only where offsets leave the program). Immutable and validated.
 * Natural order: start ascending, then longer first, then label name.
 */
public record Span(int start, int end, Label label) implements Comparable<Span> {

    public static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed())
            .thenComparing(Span::label);

    public Span {
        if (label == null) {
            throw new IllegalArgumentException("a span needs a label");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ") " + label);
        }
    }

    public static Span of(int start, int end, String label) {
        return new Span(start, end, Label.of(label));
    }

    public int length() {
        return end - start;
    }

    public boolean sameRange(Span other) {
        return start == other.start && end == other.end;
    }

    /** True when {@code other} lies inside this span (equal ranges included). */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean intersects(Span other) {
        return start < other.end && other.start < end;
    }

    /** Overlapping without one containing the other: the case no inline tag can express. */
    public boolean crosses(Span other) {
        return intersects(other) && !contains(other) && !other.contains(this);
    }

    public Span withLabel(Label newLabel) {
        return new Span(start, end, newLabel);
    }

    public Span withBounds(int newStart, int newEnd) {
        return new Span(newStart, newEnd, label);
    }

    public String textIn(String cleanText) {
        return cleanText.substring(start, end);
    }

    @Override
    public int compareTo(Span other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")" + label;
    }
}
