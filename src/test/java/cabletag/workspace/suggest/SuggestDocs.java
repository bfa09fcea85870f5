package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test documents written as "{PER Rubaie} met {LOC Tehran}": the braces become spans over the clean text. */
final class SuggestDocs {

    private static final Pattern TAG = Pattern.compile("\\{([A-Z]+) ([^}]*)\\}");

    private SuggestDocs() {
    }

    static Document of(String id, String marked) {
        StringBuilder clean = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        Matcher tag = TAG.matcher(marked);
        int at = 0;
        while (tag.find()) {
            clean.append(marked, at, tag.start());
            int start = clean.length();
            clean.append(tag.group(2));
            spans.add(new Span(start, clean.length(), Label.of(tag.group(1))));
            at = tag.end();
        }
        clean.append(marked.substring(at));
        String text = clean.toString();
        return new Document(id, DocumentSource.ofCleanText(id + ".txt", SourceFormat.INLINE, text), text, SpanSet.of(spans),
                Map.of(), List.of());
    }

    /** "Rubaie@12 PER" for each suggestion, to compare in one line. */
    static List<String> brief(List<Suggestion> suggestions) {
        List<String> lines = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            lines.add(suggestion.text() + "@" + suggestion.start() + " " + suggestion.label());
        }
        return lines;
    }
}
