package cabletag.formats.inline;

import cabletag.core.Document;
import cabletag.core.SourceLayout;
import cabletag.core.Span;
import java.util.Set;

/**
 * What the rules of an earlier generation read from the bytes of a cable read now, and where its characters are in
 * the text read now (ADR 0015). Stored corrections count offsets over the clean text of the generation that saved
 * them; the file being the same, both texts come from the same source, and each character of either maps to its
 * place in the source, so a span of the earlier text is carried onto the characters of the same source now: the same
 * words, whatever the new rules added (a separator), took out (a script's contents, the rest of a tag that held a
 * quoted {@code >}) or read otherwise ({@code &ensp;}, six characters then, one now).
 */
public final class EarlierReading {

    /** Why a span cannot be carried: what it covered is no text now. */
    public static final String NOW_MARKUP = "what it covered is HTML markup now (a script's or a style's contents, or the"
            + " rest of markup an earlier cabletag ended too soon), no text of the cable";
    /**
     * Why a span cannot be carried: what it covered begins or ends with what is markup now. Carried onto the rest,
     * it could lose words the analyst saw (a script's), so it is named and the analyst draws it again.
     */
    public static final String PARTLY_MARKUP = "it begins or ends with what is HTML markup now (a script's or a style's"
            + " contents, or the rest of markup an earlier cabletag ended too soon), no text of the cable";
    /** Why a span cannot be carried: one of its ends is inside what now reads as one character. */
    public static final String NOW_INSIDE_A_CHARACTER = "an end of it falls inside what now reads as one character"
            + " (a character reference, or markup read as a line break)";

    /** An end that is no character's end now: in markup, or inside a character read from more of the source. */
    private static final int IN_MARKUP = -1;
    private static final int INSIDE_A_CHARACTER = -2;

    private final SourceLayout earlier;
    private final SourceLayout now;
    private final String text;

    private EarlierReading(SourceLayout earlier, SourceLayout now, String text) {
        this.earlier = earlier;
        this.now = now;
        this.text = text;
    }

    /**
     * {@code document}'s source read by the rules of {@code generation} ({@code ReadingRules.GENERATION}'s numbering);
     * {@code document} must have been read from a cable (it has a source layout).
     */
    public static EarlierReading of(Document document, int generation) {
        String source = document.source().text();
        SourceLayout layout = document.source().layout();
        MarkupRules rules = MarkupRules.ofGeneration(generation);
        // read as that generation read it: HTML or not by its own signs (generation 5 takes more files for HTML)
        boolean html = CableReader.looksLikeHtml(document.source().name(), source, rules);
        InlineParser.Result parsed = new InlineParser(source, source.toCharArray(), html, Set.of(), rules).parse();
        return new EarlierReading(parsed.layout(), layout, parsed.cleanText());
    }

    /** The clean text the earlier rules read. */
    public String text() {
        return text;
    }

    /** A span carried: where it is now, or null and why not. */
    public record Carried(Span span, String lostBecause) { }

    /**
     * Where the characters of {@code span} (over {@link #text()}) are now: from the character now read from the
     * source its first character started at, to the one now read from the source its last character ended at.
     * Not carried when either end is no character's end now: the span covered markup, at an end or only, or part of
     * what now reads as one character. {@code span} must lie within {@link #text()} and not be empty.
     */
    public Carried carry(Span span) {
        int sourceStart = earlier.sourceOffsetOfChar(span.start());
        int sourceEnd = earlier.sourceEndOfChar(span.end() - 1);
        int start = charStartingAt(sourceStart);
        int end = charEndingAt(sourceEnd);
        if (start >= 0 && end > start) {
            return new Carried(span.withBounds(start, end), null);
        }
        if (!hasText(sourceStart, sourceEnd)) {
            return new Carried(null, NOW_MARKUP);
        }
        return new Carried(null, start == INSIDE_A_CHARACTER || end == INSIDE_A_CHARACTER ? NOW_INSIDE_A_CHARACTER : PARTLY_MARKUP);
    }

    /** The offset now of the clean character whose source starts at {@code source}, or why there is none. */
    private int charStartingAt(int source) {
        int piece = pieceAt(source);
        if (now.kind(piece).isZeroWidth()) {
            return IN_MARKUP;
        }
        if (now.kind(piece) == SourceLayout.PieceKind.TEXT) {
            return now.cleanStart(piece) + (source - now.sourceStart(piece));
        }
        return now.sourceStart(piece) == source ? now.cleanStart(piece) : INSIDE_A_CHARACTER;
    }

    /** The offset now after the clean character whose source ends at {@code source}, or why there is none. */
    private int charEndingAt(int source) {
        int piece = pieceAt(source - 1);
        if (now.kind(piece).isZeroWidth()) {
            return IN_MARKUP;
        }
        if (now.kind(piece) == SourceLayout.PieceKind.TEXT) {
            return now.cleanStart(piece) + (source - now.sourceStart(piece));
        }
        return now.sourceEnd(piece) == source ? now.cleanEnd(piece) : INSIDE_A_CHARACTER;
    }

    /** Whether any clean character is read now from the source {@code [from, to)}. */
    private boolean hasText(int from, int to) {
        for (int piece = pieceAt(from); piece < now.pieceCount() && now.sourceStart(piece) < to; piece++) {
            if (now.cleanEnd(piece) > now.cleanStart(piece)) {
                return true;
            }
        }
        return false;
    }

    /** The piece of the layout now whose source holds {@code source} (the pieces are gap-free and in source order). */
    private int pieceAt(int source) {
        int low = 0;
        int high = now.pieceCount() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (now.sourceStart(mid) <= source) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
