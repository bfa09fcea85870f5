package cabletag.core;

/** Thrown when a span would break the span set's overlap policy (ADR 0002). */
public class SpanConflictException extends IllegalArgumentException {

    private final transient Span rejected;
    private final transient Span existing;

    public SpanConflictException(Span rejected, Span existing, String reason) {
        super(reason);
        this.rejected = rejected;
        this.existing = existing;
    }

    public Span rejected() {
        return rejected;
    }

    public Span existing() {
        return existing;
    }
}
