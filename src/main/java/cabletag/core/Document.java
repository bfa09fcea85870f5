package cabletag.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cable as the analyst sees it: the clean text, the entities over it, header metadata and what went
 * wrong while reading. Immutable; an edit gives a new document with other spans.
 *
 * @param id          stable identifier (file name without extension, or the dataset's id)
 * @param source      where it came from and how to write it back
 * @param text        the clean text: no tags, no markup, character references decoded, line breaks as \n
 * @param spans       the current entities over {@code text}
 * @param metadata    header fields in reading order (identifier, origin, created, classification, tags, subject),
 *                    or a dataset line's meta, each value as it came (a JSON list stays a list, {@link MetaValue})
 * @param diagnostics reading problems, in source order
 * @param givenTokens the tokens and sentences a dataset gave the text (CoNLL), kept through every edit;
 *                    {@link GivenTokens#NONE} when the text is cut by word rules
 */
public record Document(String id, DocumentSource source, String text, SpanSet spans,
                       Map<String, MetaValue> metadata, List<Diagnostic> diagnostics, GivenTokens givenTokens) {

    public Document {
        if (id == null || source == null || text == null || spans == null) {
            throw new IllegalArgumentException("id, source, text and spans are required");
        }
        if (spans.maxEnd() > text.length()) {
            Span outside = spans.stream().filter(span -> span.end() > text.length()).findFirst().orElseThrow();
            throw new IllegalArgumentException("span " + outside + " outside text of length " + text.length());
        }
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata == null ? Map.of() : metadata));
        diagnostics = List.copyOf(diagnostics == null ? List.of() : diagnostics);
        givenTokens = givenTokens == null ? GivenTokens.NONE : givenTokens;
        if (givenTokens.isGiven() && givenTokens.textLength() != text.length()) {
            throw new IllegalArgumentException("tokens given for a text of length " + givenTokens.textLength()
                    + ", text has " + text.length());
        }
    }

    /** A document whose text came with no tokens of its own: it is cut by the word rules of its kind. */
    public Document(String id, DocumentSource source, String text, SpanSet spans,
                    Map<String, MetaValue> metadata, List<Diagnostic> diagnostics) {
        this(id, source, text, spans, metadata, diagnostics, GivenTokens.NONE);
    }

    /** The same document with other entities; its text, and so the tokens it was given, stay. */
    public Document withSpans(SpanSet newSpans) {
        return new Document(id, source, text, newSpans, metadata, diagnostics, givenTokens);
    }

    /**
     * The document among all of one reading: its file as named ({@link DocumentSource#shown}) and its id, as
     * {@code FILE#ID}. Its name alone is not enough: two inputs may each hold a {@code c.txt}.
     */
    public String shownKey() {
        return source.shown() + "#" + id;
    }

    /** The same document, its file named {@code file} in the lines about it ({@link DocumentSource#shown}). */
    public Document shownAs(String file) {
        DocumentSource named = source.shownAs(file);
        return named == source ? this : new Document(id, named, text, spans, metadata, diagnostics, givenTokens);
    }

    /** The entities as they were read, before any correction. */
    /** Whether the source carried tags (a tagged cable), cheaply: {@code !originalSpans().isEmpty()}. */
    public boolean hasOriginalSpans() {
        return source.layout() != null && source.layout().hasOriginalTags();
    }

    public SpanSet originalSpans() {
        return source.layout() == null ? SpanSet.empty() : source.layout().originalSpans();
    }

    public boolean isEdited() {
        return !spans.equals(originalSpans());
    }

    public String textOf(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** Where a span sits in the source text: {@code [start, end)} of the whole tag, or of its characters. */
    public int[] sourceRangeOf(Span span) {
        if (source.layout() == null) {
            return new int[] {span.start(), span.end()};
        }
        return source.layout().sourceRangeOf(span);
    }
}
