package cabletag.formats.inline;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.SpanSet;

/** Names the first way a written cable, read back, differs from the document it was written from. */
final class ReadBackDifference {

    private ReadBackDifference() {
    }

    /** Null when the re-read has the same clean text and the same entities; else one sentence saying what differs. */
    static String describe(Document written, Document reread) {
        String text = written.text();
        String back = reread.text();
        if (!text.equals(back)) {
            if (text.startsWith("\uFEFF") && !back.startsWith("\uFEFF")) {
                // written as UTF-8, a leading U+FEFF is the bytes of a byte order mark, which reading a cable drops
                return "its text starts with U+FEFF, which a cable file cannot carry there: read back, it is taken for a"
                        + " byte order mark and dropped, and every entity would move one character";
            }
            int at = 0;
            while (at < text.length() && at < back.length() && text.charAt(at) == back.charAt(at)) {
                at++;
            }
            if (text.charAt(at) == '\r') {
                return carriageReturn(written, at);
            }
            String from = text.substring(at, endOfWhole(text, Math.min(text.length(), at + 20))).replace("\n", "\\n");
            return "written with plain tags it would read back with different text from " + place(text, at)
                    + " ('" + from + "'): a tag there would be read as text, or text as a tag";
        }
        SpanSet spans = written.spans();
        SpanSet backSpans = reread.spans();
        if (spans.equals(backSpans)) {
            return null;
        }
        for (Span span : spans) {
            if (!backSpans.containsSpan(span)) {
                return "written with plain tags the " + span.label() + " entity '" + shown(written, span) + "' at "
                        + place(text, span.start()) + " would not read back (the tags around it would be read "
                        + "differently: a literal bracket, an unclosed tag or a line break beside it)";
            }
        }
        for (Span span : backSpans) {
            if (!spans.containsSpan(span)) {
                return "written with plain tags the text '" + shown(written, span) + "' at " + place(text, span.start())
                        + " would read back as a " + span.label() + " entity it is not";
            }
        }
        return "written with plain tags its entities would read back differently";
    }

    /**
     * A dataset's text may hold a carriage return; a cable file cannot: reading one, a CR LF and a lone CR are each a
     * line break ({@code \n}), so the text comes back with a line break there (and one character shorter for CR LF).
     */
    private static String carriageReturn(Document written, int at) {
        String text = written.text();
        String said = "its text holds a carriage return (U+000D) at " + place(text, at) + ", which a cable file cannot carry: read back, ";
        if (at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            boolean entityAfter = false;
            for (Span span : written.spans()) {
                entityAfter |= span.end() > at;
            }
            return said + "the CR LF comes back as one line break" + (entityAfter ? ", and every entity after it would move one character" : "");
        }
        return said + "it comes back as a line break (U+000A)";
    }

    private static String shown(Document document, Span span) {
        String text = document.textOf(span).replace("\n", "\\n");
        return text.length() <= 40 ? text : text.substring(0, endOfWhole(text, 37)) + "...";
    }

    /** {@code end}, or one less where it would cut a surrogate pair in two (half an emoji shows as {@code \uD83D}). */
    private static int endOfWhole(String text, int end) {
        return end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
                && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    /** Line and column (1-based, the column in code points, as every place the program names) of a clean text offset. */
    private static String place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "clean text line " + line + ", column " + (text.codePointCount(lineStart, Math.min(offset, text.length())) + 1);
    }
}
