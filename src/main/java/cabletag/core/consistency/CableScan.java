package cabletag.core.consistency;

import cabletag.core.CodePoints;
import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.Label;
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

    /** The texts of untagged places looked for, by the first word they start with. */
    public interface Needles {
        /** The texts starting with this word (see {@link Matcher#firstWord}), or null. */
        String[] candidates(String firstWord);

        boolean isEmpty();
    }

    /** Where a scan puts a cable's texts and labels: the index's ids, or a scan's own (off the index's thread). */
    private interface Ids {
        int text(String text);

        int label(Label label);
    }

    private final Ids ids;
    private final Document document;
    private final String text;
    private int[] out = new int[EntityIndex.STRIDE * 16];
    private int count;
    private CodePoints codePoints;
    private int[] lineStarts;
    private String lineText;
    private int[] words; // first-word hashes of the tokens no entity touches, when asked for

    private CableScan(Ids ids, Document document) {
        this.ids = ids;
        this.document = document;
        this.text = document.text();
    }

    private static Ids of(EntityIndex index) {
        return new Ids() {
            @Override
            public int text(String text) {
                return index.rawId(text);
            }

            @Override
            public int label(Label label) {
                return index.labelId(label);
            }
        };
    }

    /** Reads one cable's entities and untagged places into the index (replacing what it held for the cable). */
    public static void index(EntityIndex index, int cable, Document document, Matcher matcher) {
        CableScan scan = new CableScan(of(index), document);
        scan.entities();
        if (matcher != null) {
            scan.untagged(matcher);
        }
        index.setCable(cable, document.source().name(), scan.out, scan.count);
    }

    /**
     * One cable's places with the texts and labels it names, worked out apart from any index (so on any
     * thread): its entities, the untagged places of the texts of {@code vocabulary}, and the first words of
     * its tokens that no entity touches ({@link ScannedCable#words}), which say what texts it might hold untagged
     * beyond the vocabulary's.
     */
    public static ScannedCable scan(Document document, Vocabulary vocabulary) {
        List<String> texts = new ArrayList<>();
        Map<String, Integer> textIds = new HashMap<>();
        List<Label> labels = new ArrayList<>();
        Ids local = new Ids() {
            @Override
            public int text(String text) {
                return textIds.computeIfAbsent(text, t -> {
                    texts.add(t);
                    return texts.size() - 1;
                });
            }

            @Override
            public int label(Label label) {
                int at = labels.indexOf(label);
                if (at < 0) {
                    labels.add(label);
                    at = labels.size() - 1;
                }
                return at;
            }
        };
        CableScan scan = new CableScan(local, document);
        scan.entities();
        scan.words = new int[0];
        scan.untagged(vocabulary);
        return new ScannedCable(document.source().name(), texts, labels, Arrays.copyOf(scan.out, scan.count * EntityIndex.STRIDE),
                scan.words, vocabulary.generation(), document.diagnostics().stream().anyMatch(Diagnostic::losesAnnotation),
                document.source().format());
    }

    /**
     * Adds to a cable's places the untagged places of texts newly looked for (the matcher's), keeping the
     * others: a text that became an entity after this cable was read.
     */
    public static void addUntagged(EntityIndex index, int cable, Document document, Matcher matcher) {
        CableScan scan = new CableScan(of(index), document);
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
        scan.untagged(matcher);
        index.setCable(cable, document.source().name(), scan.out, scan.count);
    }

    private void entities() {
        for (Span span : document.spans()) {
            int raw = ids.text(text.substring(span.start(), span.end()));
            record(raw, ids.label(span.label()), span.start());
        }
    }

    private void untagged(Needles needles) {
        if (needles.isEmpty() && words == null) {
            return;
        }
        BitSet covered = new BitSet(text.length());
        for (Span span : document.spans()) {
            covered.set(span.start(), span.end());
        }
        BitSet tokenEnds = new BitSet(text.length() + 1);
        int[][] tokenStarts = {new int[256]};
        int[] tokens = {0};
        Tokenizer.forDocument(document).scan(text, (start, end) -> {
            if (tokens[0] == tokenStarts[0].length) {
                tokenStarts[0] = Arrays.copyOf(tokenStarts[0], tokens[0] * 2);
            }
            tokenStarts[0][tokens[0]++] = start;
            tokenEnds.set(end);
        });
        int[] hashes = words == null ? null : new int[tokens[0]];
        int hashCount = 0;
        for (int t = 0; t < tokens[0]; t++) {
            int start = tokenStarts[0][t];
            if (covered.get(start)) {
                continue; // an untagged place touches no entity, so none starts here
            }
            String word = Matcher.firstWord(text, start);
            if (hashes != null) {
                hashes[hashCount++] = word.hashCode();
            }
            String[] candidates = needles.candidates(word);
            if (candidates == null) {
                continue;
            }
            for (String needle : candidates) {
                int end = start + needle.length();
                if (end <= text.length() && tokenEnds.get(end) && text.startsWith(needle, start)) {
                    int touched = covered.nextSetBit(start);
                    if (touched < 0 || touched >= end) {
                        record(ids.text(needle), EntityIndex.UNTAGGED, start);
                    }
                }
            }
        }
        if (hashes != null) {
            words = Arrays.stream(hashes, 0, hashCount).sorted().distinct().toArray();
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

    /**
     * 1-based line and column (code points) of a clean offset in the cable's file, as check reports them: in its
     * source, or for a dataset's document where its reader says its characters stand in the file.
     */
    private int[] position(int cleanOffset) {
        cabletag.core.FilePlaces places = document.source().places();
        if (places != null) {
            return places.placeOf(text, cleanOffset);
        }
        cabletag.core.PlaceInFile.InText where = cabletag.core.PlaceInFile.inText(document, cleanOffset);
        String in = where.text();
        int offset = where.offset();
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

    /** Which texts' untagged places a scan of the index looks for, keyed by their first word. */
    public static final class Matcher implements Needles {

        private final Map<String, String[]> byFirstWord = new HashMap<>();
        private final BitSet looksFor = new BitSet();

        public Matcher(EntityIndex index, Iterable<Integer> rawIds) {
            for (int raw : rawIds) {
                String needle = index.raw(raw);
                if (needle.isBlank() || looksFor.get(raw)) {
                    continue;
                }
                looksFor.set(raw);
                Vocabulary.add(byFirstWord, needle);
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

        @Override
        public boolean isEmpty() {
            return byFirstWord.isEmpty();
        }

        boolean looksFor(int raw) {
            return looksFor.get(raw);
        }

        @Override
        public String[] candidates(String firstWord) {
            return byFirstWord.get(firstWord);
        }

        /** The run of letters and digits at {@code at}, or the one character there when it is neither. */
        public static String firstWord(String text, int at) {
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
