package cabletag.formats.inline;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.SourceFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a cable in its own format (inline tags, plain or HTML-wrapped, or plain cable text with no
 * tags) into a document. Never throws on any input: whatever is not a well-formed tag stays literal
 * text, and what looks suspicious becomes a diagnostic with line and column.
 */
public final class CableReader {

    private static final Pattern HTML_HINT = Pattern.compile(
            "<(?:pre|code|a\\s|/a>|br\\s*/?>|p>|html|body|div|span|table)", Pattern.CASE_INSENSITIVE);
    private static final int HTML_SNIFF_CHARS = 65_536;

    private final Set<Label> knownLabels;

    public CableReader() {
        this(Set.copyOf(Label.STANDARD));
    }

    /** @param knownLabels labels that raise no "not known yet" note */
    public CableReader(Set<Label> knownLabels) {
        this.knownLabels = Set.copyOf(knownLabels);
    }

    public Document read(String name, byte[] bytes) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        return readText(name, decoded.text(), decoded.encoding(), decoded.fallback());
    }

    public Document readText(String name, String text, SourceEncoding encoding, Optional<Diagnostic> encodingNote) {
        boolean html = looksLikeHtml(text);
        InlineParser.Result parsed = new InlineParser(text, html, knownLabels).parse();
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics().size() + 1);
        encodingNote.ifPresent(diagnostics::add);
        diagnostics.addAll(parsed.diagnostics());
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        DocumentSource source = new DocumentSource(name, SourceFormat.INLINE, encoding, text, parsed.layout());
        return new Document(idOf(name), source, parsed.cleanText(), parsed.layout().originalSpans(),
                CableMetadata.extract(parsed.cleanText()), diagnostics);
    }

    static boolean looksLikeHtml(String text) {
        CharSequence head = text.length() > HTML_SNIFF_CHARS ? text.subSequence(0, HTML_SNIFF_CHARS) : text;
        return HTML_HINT.matcher(head).find();
    }

    /** The file name without folders and without its last extension. */
    public static String idOf(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
