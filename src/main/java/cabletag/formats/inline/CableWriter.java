package cabletag.formats.inline;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.SourceLayout;
import cabletag.core.SourceLayout.OriginalTag;
import cabletag.core.SourceLayout.PieceKind;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a document back in its own inline format. The source is copied piece by piece, so an
 * unedited document comes out byte-identical; a relabelled tag changes its label alone, a deleted tag
 * leaves its text, and a new or re-bounded span gets a tag in the {@code [LABEL text  ]} convention.
 */
public final class CableWriter {

    static final String NEW_CLOSE = "  ]";

    public byte[] write(Document document) {
        return SourceDecoder.encode(writeText(document), document.source().encoding());
    }

    /**
     * What a checked write gives: the bytes to write, or, when the written cable would not read back
     * with the document's clean text and entities, why (and then nothing may be written).
     */
    public record Checked(byte[] bytes, String problem) {
        public boolean readsBack() {
            return problem == null;
        }
    }

    /**
     * Writes the document and reads the result back with the same parser: a cable is only handed out
     * when the re-read gives the same clean text and the same entities (labels and ranges). Some edits
     * cannot be written with plain tags: a new tag beside a literal {@code ]} or {@code [Note:}, around
     * an unclosed literal tag, over a line break around another entity, or clean text that itself reads
     * as a tag ({@code [PER x  ]} in a dataset's text). Those come back as a problem, never as bytes.
     */
    public Checked writeChecked(Document document) {
        byte[] bytes = write(document);
        Document reread = new CableReader().read(document.source().name(), bytes);
        String problem = ReadBackDifference.describe(document, reread);
        return problem == null ? new Checked(bytes, null) : new Checked(null, problem);
    }

    public String writeText(Document document) {
        SourceLayout layout = document.source().layout() != null
                ? document.source().layout()
                : SourceLayout.identity(document.text());
        String source = document.source().layout() != null ? document.source().text() : document.text();
        return new Rewrite(layout, source, document.spans()).run();
    }

    static String openTag(Label label) {
        return "[" + label.name() + " ";
    }

    /** One write of one document: which original tags stay, change label or go, and which are new. */
    private static final class Rewrite {
        private final SourceLayout layout;
        private final String source;
        private final Label[] relabel;
        private final boolean[] removed;
        private final TreeMap<Integer, List<Span>> newOpens = new TreeMap<>();
        private final TreeMap<Integer, List<Span>> newCloses = new TreeMap<>();
        private final StringBuilder out;

        Rewrite(SourceLayout layout, String source, SpanSet current) {
            this.layout = layout;
            this.source = source;
            this.out = new StringBuilder(source.length() + 64);
            List<OriginalTag> tags = layout.originalTags();
            relabel = new Label[tags.size()];
            removed = new boolean[tags.size()];
            Set<Span> claimed = new HashSet<>();
            for (OriginalTag tag : tags) {
                if (current.containsSpan(tag.span())) {
                    claimed.add(tag.span());
                }
            }
            for (int i = 0; i < tags.size(); i++) {
                Span original = tags.get(i).span();
                if (claimed.contains(original)) {
                    continue;
                }
                Span sameRange = current.atRange(original.start(), original.end()).orElse(null);
                if (sameRange != null && claimed.add(sameRange)) {
                    relabel[i] = sameRange.label();
                } else {
                    removed[i] = true;
                }
            }
            for (Span span : current) {
                if (!claimed.contains(span)) {
                    newOpens.computeIfAbsent(span.start(), k -> new ArrayList<>()).add(span);
                    newCloses.computeIfAbsent(span.end(), k -> new ArrayList<>()).add(span);
                }
            }
        }

        String run() {
            List<Integer> zeroWidth = new ArrayList<>();
            for (int piece = 0; piece < layout.pieceCount(); piece++) {
                if (layout.kind(piece).isZeroWidth()) {
                    zeroWidth.add(piece);
                    continue;
                }
                boundary(layout.cleanStart(piece), zeroWidth);
                zeroWidth.clear();
                characters(piece);
            }
            boundary(layout.cleanLength(), zeroWidth);
            return out.toString();
        }

        /** A piece with clean characters; a TEXT piece is cut where a new tag starts or ends inside it. */
        private void characters(int piece) {
            int from = layout.sourceStart(piece);
            if (layout.kind(piece) == PieceKind.TEXT) {
                int cleanStart = layout.cleanStart(piece);
                for (int cut : interiorBoundaries(cleanStart, layout.cleanEnd(piece))) {
                    int at = layout.sourceStart(piece) + (cut - cleanStart);
                    out.append(source, from, at);
                    boundary(cut, List.of());
                    from = at;
                }
            }
            out.append(source, from, layout.sourceEnd(piece));
        }

        private Set<Integer> interiorBoundaries(int cleanStart, int cleanEnd) {
            Set<Integer> cuts = new java.util.TreeSet<>();
            cuts.addAll(newOpens.subMap(cleanStart, false, cleanEnd, false).keySet());
            cuts.addAll(newCloses.subMap(cleanStart, false, cleanEnd, false).keySet());
            return cuts;
        }

        /**
         * Everything between clean characters {@code at - 1} and {@code at}: the source's markup and
         * tags there, plus new tags. Untouched boundaries are copied as they were.
         */
        private void boundary(int at, List<Integer> zeroWidth) {
            List<Span> opens = newOpens.getOrDefault(at, List.of());
            List<Span> closes = newCloses.getOrDefault(at, List.of());
            if (opens.isEmpty() && closes.isEmpty()) {
                for (int piece : zeroWidth) {
                    copyZeroWidth(piece);
                }
                return;
            }
            // Closes innermost first, then markup in source order, then opens outermost first.
            List<TagText> closing = new ArrayList<>();
            List<TagText> opening = new ArrayList<>();
            List<Integer> markup = new ArrayList<>();
            for (int piece : zeroWidth) {
                int tag = layout.tagOf(piece);
                if (layout.kind(piece) == PieceKind.MARKUP) {
                    markup.add(piece);
                } else if (!removed[tag]) {
                    Span span = layout.originalTags().get(tag).span();
                    String text = pieceText(piece);
                    (layout.kind(piece) == PieceKind.TAG_OPEN ? opening : closing).add(new TagText(span, text));
                }
            }
            closes.forEach(span -> closing.add(new TagText(span, NEW_CLOSE)));
            opens.forEach(span -> opening.add(new TagText(span, openTag(span.label()))));
            closing.sort(Comparator.comparingInt((TagText t) -> t.span().start()).reversed());
            opening.sort(Comparator.comparingInt((TagText t) -> t.span().end()).reversed());
            closing.forEach(t -> out.append(t.text()));
            markup.forEach(piece -> out.append(source, layout.sourceStart(piece), layout.sourceEnd(piece)));
            opening.forEach(t -> out.append(t.text()));
        }

        private void copyZeroWidth(int piece) {
            int tag = layout.tagOf(piece);
            if (tag >= 0 && removed[tag]) {
                return;
            }
            out.append(pieceText(piece));
        }

        /** The source text of a tag or markup piece, with a changed label written in. */
        private String pieceText(int piece) {
            int tag = layout.tagOf(piece);
            int start = layout.sourceStart(piece);
            int end = layout.sourceEnd(piece);
            if (tag >= 0 && relabel[tag] != null && layout.kind(piece) == PieceKind.TAG_OPEN) {
                OriginalTag original = layout.originalTags().get(tag);
                return source.substring(start, original.labelStart()) + relabel[tag].name()
                        + source.substring(original.labelEnd(), end);
            }
            return source.substring(start, end);
        }
    }

    private record TagText(Span span, String text) { }
}
