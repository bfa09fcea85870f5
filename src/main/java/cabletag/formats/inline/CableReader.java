package cabletag.formats.inline;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.MetaValue;
import cabletag.core.SourceEncoding;
import cabletag.core.SourceFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a cable in its own format (inline tags, plain or HTML-wrapped, or plain cable text with no
 * tags) into a document. Never throws on any input: whatever is not a well-formed tag stays literal
 * text, and what looks suspicious becomes a diagnostic with line and column.
 */
public final class CableReader {

    /** Element names whose start tag (case-insensitive prefix after {@code <}) marks a cable page as HTML. */
    private static final String[] HTML_ELEMENTS = {"pre", "code", "html", "body", "div", "span", "table"};
    private static final int HTML_SNIFF_CHARS = 65_536;
    /** The code of the warning for a cable file with no text. */
    public static final String EMPTY_FILE = "empty-file";

    private final Set<Label> knownLabels;

    public CableReader() {
        this(Set.copyOf(Label.STANDARD));
    }

    /** @param knownLabels labels that raise no "not known yet" note */
    public CableReader(Set<Label> knownLabels) {
        this.knownLabels = Set.copyOf(knownLabels);
    }

    public Document read(String name, byte[] bytes) {
        SourceDecoder.DecodedChars decoded = SourceDecoder.decodeChars(bytes);
        return read(name, decoded.text(), decoded.chars(), decoded.encoding(), decoded.fallback());
    }

    public Document readText(String name, String text, SourceEncoding encoding, Optional<Diagnostic> encodingNote) {
        return read(name, text, text.toCharArray(), encoding, encodingNote);
    }

    /** {@code chars} holds {@code text}'s characters first (it may be longer); the parser scans it. */
    private Document read(String name, String text, char[] chars, SourceEncoding encoding, Optional<Diagnostic> encodingNote) {
        boolean html = looksLikeHtml(name, text, MarkupRules.CURRENT);
        InlineParser.Result parsed = new InlineParser(text, chars, html, knownLabels).parse();
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics().size() + 1);
        encodingNote.ifPresent(diagnostics::add);
        if (text.isEmpty() && encodingNote.filter(Diagnostic::losesAnnotation).isEmpty()) {
            // read, but hardly as meant (a download cut short, a file truncated): said, not silently an empty cable
            // (a damaged encoding says so already: a byte order mark and one byte is a file cut short, named once)
            diagnostics.add(Diagnostic.warning(EMPTY_FILE, 1, 1, "empty file: no text, read as an empty cable"));
        }
        diagnostics.addAll(parsed.diagnostics());
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        DocumentSource source = new DocumentSource(name, SourceFormat.INLINE, encoding, text, parsed.layout());
        return new Document(idOf(name), source, parsed.cleanText(), parsed.layout().originalSpans(),
                MetaValue.ofTexts(CableMetadata.extract(parsed.cleanText())), diagnostics);
    }

    /**
     * Whether the head of the text has HTML markup: {@code <pre}, {@code <code}, {@code <a }, {@code </a>},
     * {@code <br>}, {@code <p>} and the like, in any case. By hand: a regular expression here cost more
     * than a tenth of reading.
     */
    /**
     * Whether a cable named {@code name} holding {@code text} is read as HTML by {@code rules}: since generation 5 also a
     * file named {@code .html}, {@code .htm} or {@code .xhtml}, and a head with more of the markup pages open with
     * ({@link #MORE_HTML_SIGNS}): a page that began {@code <!DOCTYPE html>} and a Word page of {@code <p class=MsoNormal>}
     * were read as plain text, their markup exported as words and every offset after it shifted (found from outside).
     */
    static boolean looksLikeHtml(String name, String text, MarkupRules rules) {
        if (looksLikeHtml(text)) {
            return true;
        }
        if (!rules.moreHtmlSigns()) {
            return false;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        int limit = Math.min(text.length(), HTML_SNIFF_CHARS);
        int first = text.indexOf('<');
        return first >= 0 && first < limit && MORE_HTML_SIGNS.matcher(text).region(first, limit).find();
    }

    /**
     * More markup that only a page holds, asked only of a head with a '<' that {@link #looksLikeHtml(String)} did not
     * take: a document type or XML declaration, a paragraph with attributes, a head or title, headings, bold, italic,
     * lists, table rows and cells, fonts and meta tags.
     */
    private static final java.util.regex.Pattern MORE_HTML_SIGNS = java.util.regex.Pattern.compile(
            "<(?:!doctype\\s+html|\\?xml\\s|p\\s|head[\\s>]|title>|h[1-6][\\s>]|[bi]>|/[bi]>|li>|ul[\\s>]|ol[\\s>]|tr[\\s>]"
                    + "|td[\\s>]|th[\\s>]|font\\s|meta\\s|strong>|em>)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The sniff of generations 1 to 4 (and the first test of 5). */
    static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), HTML_SNIFF_CHARS);
        for (int at = text.indexOf('<'); at >= 0 && at < limit; at = text.indexOf('<', at + 1)) {
            if (startsHtmlTag(text, at + 1, limit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsHtmlTag(String text, int from, int limit) {
        for (String element : HTML_ELEMENTS) {
            if (from + element.length() <= limit && text.regionMatches(true, from, element, 0, element.length())) {
                return true;
            }
        }
        if (text.regionMatches(true, from, "p>", 0, 2) && from + 2 <= limit
                || text.regionMatches(true, from, "/a>", 0, 3) && from + 3 <= limit) {
            return true;
        }
        if (from + 1 < limit && Character.toLowerCase(text.charAt(from)) == 'a' && isRegexSpace(text.charAt(from + 1))) {
            return true;
        }
        if (from + 2 <= limit && text.regionMatches(true, from, "br", 0, 2)) {
            int k = from + 2;
            while (k < limit && isRegexSpace(text.charAt(k))) {
                k++;
            }
            if (k < limit && text.charAt(k) == '/') {
                k++;
            }
            return k < limit && text.charAt(k) == '>';
        }
        return false;
    }

    /** What {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The file name without folders and without its last extension. */
    public static String idOf(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
