package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceEncoding;
import cabletag.core.SourceFormat;
import cabletag.core.SourceLayout;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test documents: tagged text in the machine tagger's {@code [LABEL text  ]} form, or plain text. */
final class Docs {

    private static final Pattern TAG = Pattern.compile("\\[([A-Z][A-Z0-9_-]*) (.*?)\\s*\\]");

    private Docs() {
    }

    /** "[PER Rubaie  ] met [LOC Tehran  ]" → clean text "Rubaie met Tehran" with two original tags. */
    static Document tagged(String name, String source) {
        SourceLayout.Builder layout = new SourceLayout.Builder(false);
        StringBuilder clean = new StringBuilder();
        Matcher tag = TAG.matcher(source);
        int at = 0;
        while (tag.find()) {
            layout.text(tag.start() - at);
            clean.append(source, at, tag.start());
            int open = layout.openTag(tag.start(2) - tag.start());
            layout.text(tag.end(2) - tag.start(2));
            clean.append(tag.group(2));
            layout.closeTag(open, tag.end() - tag.end(2), Label.of(tag.group(1)), tag.start(1), tag.end(1));
            at = tag.end();
        }
        layout.text(source.length() - at);
        clean.append(source, at, source.length());
        SourceLayout built = layout.build();
        DocumentSource documentSource = new DocumentSource(name, SourceFormat.INLINE, SourceEncoding.UTF_8, source, built);
        return new Document(idOf(name), documentSource, clean.toString(), built.originalSpans(), Map.of(), List.of());
    }

    static Document plain(String name, String text) {
        return new Document(idOf(name), DocumentSource.ofCleanText(name, SourceFormat.INLINE, text), text,
                cabletag.core.SpanSet.empty(), Map.of(), List.of());
    }

    private static String idOf(String name) {
        return name.replaceFirst("\\.[^.]*$", "");
    }
}
