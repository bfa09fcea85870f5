package cabletag.core.consistency;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.SourceLayout;
import cabletag.core.Span;
import cabletag.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places of one cable for the {@link EntityIndex}: every entity, and every untagged whole-token exact
 * occurrence of the texts a {@link Matcher} looks for (the cable's own tokenizer, as "apply to all" uses:
 * the tagger's whitespace tokens on a tagged cable, the word rules on a plain one). An occurrence is
 * untagged when no entity touches any of its characters.
 */
public final class CableScan {

    private final EntityIndex index;
    private final Document document;
    private final String text;
    private int[] out = new int[EntityIndex.STRIDE * 16];
    private int count;
    private CodePoints codePoints;
    private int[] lineStarts;
    private String lineText;

    private CableScan(EntityIndex index, Document document) {
        this.index = index;
        this.document = document;
        this.text = document.text();
    }

    /** Reads one cable's entities and untagged places into the index (replacing what it held for the cable). */
    public static void index(EntityIndex index, int cable, Document document, Matcher matcher) {
        CableScan scan = new CableScan(index, document);
        scan.entities();
        if (matcher != null) {
            scan.untagged(matcher, null);
        }
        index.setCable(cable, document.source().name(), scan.out, scan.count);
    }

    /**
     * Adds to a cable's places the untagged places of texts newly looked for (the matcher's), keeping the
     * others: a text that became an entity after this cable was read.
     */
    public static void addUntagged(EntityIndex index, int cable, Document document, Matcher matcher) {
        CableScan scan = new CableScan(index, document);
        int[] existing = index.records(cable);
        BitSet already = new BitSet();
        for (int i = 0; i < existing.length; i += EntityIndex.STRIDE) {
            if (existing[i + EntityIndex.LABEL] == EntityIndex.UNTAGGED && matcher.looksFor(existing[i + EntityIndex.RAW])) {
                already.set(i / EntityIndex.STRIDE);
            }
        }
        // keep every place but the matcher's untagged ones, which are found again
        for (int i = 0; i < existing.length; i += EntityIndex.STRIDE) {
            if (!already.get(i / EntityIndex.STRIDE)) {
                scan.append(Arrays.copyOfRange(existing, i, i + EntityIndex.STRIDE));
            }
        }
        scan.untagged(matcher, null);
        index.setCable(cable, document.source().name(), scan.out, scan.count);
    }

    private void entities() {
        for (Span span : document.spans()) {
            int raw = index.rawId(text.substring(span.start(), span.end()));
            record(raw, index.labelId(span.label()), span.start());
        }
    }

    private void untagged(Matcher matcher, BitSet unused) {
        if (matcher.isEmpty()) {
            return;
        }
        BitSet covered = new BitSet(text.length());
        for (Span span : document.spans()) {
            covered.set(span.start(), span.end());
        }
        BitSet tokenEnds = new BitSet(text.length() + 1);
        List<int[]> starts = new ArrayList<>();
        int[][] tokenStarts = {new int[256]};
        int[] tokens = {0};
        Tokenizer.forDocument(document).scan(text, (start, end) -> {
            if (tokens[0] == tokenStarts[0].length) {
                tokenStarts[0] = Arrays.copyOf(tokenStarts[0], tokens[0] * 2);
            }
            tokenStarts[0][tokens[0]++] = start;
            tokenEnds.set(end);
        });
        starts.clear();
        for (int t = 0; t < tokens[0]; t++) {
            int start = tokenStarts[0][t];
            int[] candidates = matcher.candidates(Matcher.firstWord(text, start));
            if (candidates == null) {
                continue;
            }
            for (int raw : candidates) {
                String needle = index.raw(raw);
                int end = start + needle.length();
                if (end <= text.length() && tokenEnds.get(end) && text.startsWith(needle, start)) {
                    int touched = covered.nextSetBit(start);
                    if (touched < 0 || touched >= end) {
                        record(raw, EntityIndex.UNTAGGED, start);
                    }
                }
            }
        }
    }

    private void record(int raw, int label, int start) {
        int[] position = position(start);
        append(new int[] {raw, label, start, codePoint(start), position[0], position[1]});
    }

    private void append(int[] record) {
        if ((count + 1) * EntityIndex.STRIDE > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        System.arraycopy(record, 0, out, count * EntityIndex.STRIDE, EntityIndex.STRIDE);
        count++;
    }

    private int codePoint(int utf16) {
        if (codePoints == null) {
            codePoints = CodePoints.of(text);
        }
        return codePoints.toCodePoint(utf16);
    }

    /** 1-based line and column (code points) of a clean offset in the cable's source, as check reports them. */
    private int[] position(int cleanOffset) {
        SourceLayout layout = document.source().layout();
        String source = document.source().text();
        int offset = cleanOffset;
        String in = text;
        if (layout != null && source != null && layout.pieceCount() > 0 && cleanOffset < layout.cleanLength()) {
            offset = layout.sourceOffsetOfChar(cleanOffset);
            in = source;
        }
        if (lineStarts == null || lineText != in) {
            lineStarts = lineStarts(in);
            lineText = in;
        }
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        int column = in.codePointCount(lineStarts[line], offset) + 1;
        return new int[] {line + 1, column};
    }

    /** Where each line starts; LF, CRLF and CR each end a line. */
    private static int[] lineStarts(String in) {
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == in.length() || in.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Which texts' untagged places a scan looks for, keyed by their first word. */
    public static final class Matcher {

        private final Map<String, int[]> byFirstWord = new HashMap<>();
        private final BitSet looksFor = new BitSet();

        public Matcher(EntityIndex index, Iterable<Integer> rawIds) {
            for (int raw : rawIds) {
                String needle = index.raw(raw);
                if (needle.isBlank() || looksFor.get(raw)) {
                    continue;
                }
                looksFor.set(raw);
                byFirstWord.merge(firstWord(needle, 0), new int[] {raw}, (a, b) -> {
                    int[] both = Arrays.copyOf(a, a.length + 1);
                    both[a.length] = b[0];
                    return both;
                });
            }
        }

        /** Every text that is an entity now. */
        public static Matcher entities(EntityIndex index) {
            List<Integer> raws = new ArrayList<>();
            for (int raw = 0; raw < index.rawCount(); raw++) {
                if (index.isEntity(raw)) {
                    raws.add(raw);
                }
            }
            return new Matcher(index, raws);
        }

        boolean isEmpty() {
            return byFirstWord.isEmpty();
        }

        boolean looksFor(int raw) {
            return looksFor.get(raw);
        }

        int[] candidates(String firstWord) {
            return byFirstWord.get(firstWord);
        }

        /** The run of letters and digits at {@code at}, or the one character there when it is neither. */
        static String firstWord(String text, int at) {
            int end = at;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                end += Character.charCount(c);
            }
            if (end == at && at < text.length()) {
                end = at + Character.charCount(text.codePointAt(at));
            }
            return text.substring(at, end);
        }
    }
}
