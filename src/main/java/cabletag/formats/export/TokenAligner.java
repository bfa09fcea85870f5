package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.GivenTokens;
import cabletag.core.Span;
import cabletag.core.text.Tokenizer;
import cabletag.formats.tokens.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into tokens and sentences for the token-based formats (CoNLL, Hugging Face).
 * A text a dataset gave as tokens (CoNLL) keeps its tokens and sentences, tagged cables keep the machine
 * tagger's whitespace tokens, plain text gets {@code CableTokenizer} rules. Where an entity boundary falls
 * inside a token (the tagger's {@code Michae  ] l}, or a correction inside a given token), the token is
 * split there, so no entity is lost or shifted. Flat formats carry the outermost entities only.
 */
public final class TokenAligner {

    private final SentenceSplitter splitter = new SentenceSplitter();

    public AlignedDocument align(Document document) {
        String text = document.text();
        List<Span> flat = document.spans().outermost();
        List<Span> nestedDropped = flat.size() == document.spans().size() ? List.of() : nestedDropped(document, flat);
        IntList starts = new IntList(text.length() / 5 + 16 + 2 * flat.size());
        IntList ends = new IntList(text.length() / 5 + 16 + 2 * flat.size());
        tokenize(document, boundaries(flat), starts, ends);
        int[] tokenStarts = starts.toArray();
        int[] tokenEnds = ends.toArray();
        int[] tokensIn = new int[flat.size()];
        int[] entityOf = entityOf(tokenStarts, tokenEnds, flat, tokensIn);
        List<Span> lost = lost(flat, tokensIn);
        GivenTokens given = document.givenTokens();
        int[] sentenceStarts = given.isGiven()
                ? splitter.splitAsGiven(tokenStarts, entityOf, given)
                : splitter.split(text, tokenStarts, tokenEnds, entityOf, document.hasOriginalSpans());
        return new AlignedDocument(document, tokenStarts, tokenEnds, sentenceStarts,
                entitiesBySentence(sentenceStarts, entityOf, flat), nestedDropped, lost);
    }

    // The steps below are methods of their own, each one loop: as one method of five loops, the JIT compiled
    // align five times in a cold run (on-stack replacements made not entrant), 0.5 processor-seconds of a stats.

    /** The spans left out of the flat formats; the outermost are a subsequence of the set: one walk, not a search per span. */
    private static List<Span> nestedDropped(Document document, List<Span> flat) {
        List<Span> nestedDropped = new ArrayList<>();
        int f = 0;
        for (Span span : document.spans()) {
            if (f < flat.size() && flat.get(f).equals(span)) {
                f++;
            } else {
                nestedDropped.add(span);
            }
        }
        return nestedDropped;
    }

    /**
     * Which entity each token belongs to (-1 outside), counting each entity's tokens into {@code tokensIn};
     * entities are disjoint and in order. Over int arrays: through the lists and the spans' accessors this loop
     * was a seventh of a CoNLL export.
     */
    private static int[] entityOf(int[] tokenStarts, int[] tokenEnds, List<Span> flat, int[] tokensIn) {
        int entityCount = flat.size();
        int[] entityStarts = new int[entityCount];
        int[] entityEnds = new int[entityCount];
        for (int e = 0; e < entityCount; e++) {
            entityStarts[e] = flat.get(e).start();
            entityEnds[e] = flat.get(e).end();
        }
        int count = tokenStarts.length;
        int[] entityOf = new int[count];
        int next = 0;
        for (int t = 0; t < count; t++) {
            int start = tokenStarts[t];
            while (next < entityCount && entityEnds[next] <= start) {
                next++;
            }
            if (next < entityCount && entityStarts[next] <= start && tokenEnds[t] <= entityEnds[next]) {
                entityOf[t] = next;
                tokensIn[next]++;
            } else {
                entityOf[t] = -1;
            }
        }
        return entityOf;
    }

    /** The entities no token fell in. */
    private static List<Span> lost(List<Span> flat, int[] tokensIn) {
        List<Span> lost = new ArrayList<>();
        for (int e = 0; e < flat.size(); e++) {
            if (tokensIn[e] == 0) {
                lost.add(flat.get(e));
            }
        }
        return lost;
    }

    /** Each sentence's entities as runs of its tokens, counted from the sentence's first token. */
    private static List<List<TokenSpan>> entitiesBySentence(int[] sentenceStarts, int[] entityOf, List<Span> flat) {
        List<List<TokenSpan>> entities = new ArrayList<>(sentenceStarts.length - 1);
        for (int s = 0; s + 1 < sentenceStarts.length; s++) {
            List<TokenSpan> inSentence = new ArrayList<>();
            int from = sentenceStarts[s];
            int to = sentenceStarts[s + 1];
            int t = from;
            while (t < to) {
                int e = entityOf[t];
                if (e < 0) {
                    t++;
                    continue;
                }
                int run = t;
                while (run < to && entityOf[run] == e) {
                    run++;
                }
                inSentence.add(new TokenSpan(t - from, run - from, flat.get(e).label()));
                t = run;
            }
            entities.add(inSentence);
        }
        return entities;
    }

    /**
     * The document's own tokenizer's tokens ({@link Tokenizer#forDocument}), without a Token per word, each cut
     * where an entity starts or ends inside it, as they come: a list of the tokens, then a second list of their
     * pieces, was a copy of every offset and a fifth of aligning a cable.
     *
     * <p>A token the document was given (CoNLL) is the file's own: one of white space only (a no-break space) is a
     * token and is kept, with its entity. One holding a space or tab (read from a file whose columns are separated by
     * tabs: {@code New York}) is cut there, as a CoNLL line cannot hold it whole: {@code New York _ _ B-LOC} reads back
     * as the token {@code New}. Its pieces read back as the same text and entities.
     */
    private static void tokenize(Document document, int[] boundaries, IntList starts, IntList ends) {
        String text = document.text();
        boolean given = document.givenTokens().isGiven();
        int[] next = {0}; // the first boundary not passed yet: tokens come in order, and so do the boundaries
        Tokenizer.forDocument(document).scan(text, (start, end) -> {
            if (!given) {
                next[0] = cut(text, start, end, next[0], boundaries, starts, ends, false);
                return;
            }
            int from = start;
            for (int i = start; i <= end; i++) {
                if (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t') {
                    if (i > from) {
                        next[0] = cut(text, from, i, next[0], boundaries, starts, ends, true);
                    }
                    from = i + 1;
                }
            }
        });
    }

    /**
     * Adds {@code text[start, end)} cut at the boundaries inside it, from boundary {@code b} on; returns the first
     * boundary not passed. {@code whole}: the token itself is kept even when it is white space only.
     */
    private static int cut(String text, int start, int end, int b, int[] boundaries, IntList starts, IntList ends,
                           boolean whole) {
        while (b < boundaries.length && boundaries[b] <= start) {
            b++;
        }
        int from = start;
        while (b < boundaries.length && boundaries[b] < end) {
            addPiece(text, from, boundaries[b], starts, ends, false);
            from = boundaries[b];
            b++;
        }
        addPiece(text, from, end, starts, ends, whole && from == start);
        return b;
    }

    /** Each entity's start and end, in order (the entities are disjoint and sorted). */
    private static int[] boundaries(List<Span> flat) {
        int[] boundaries = new int[flat.size() * 2];
        for (int i = 0; i < flat.size(); i++) {
            boundaries[2 * i] = flat.get(i).start();
            boundaries[2 * i + 1] = flat.get(i).end();
        }
        return boundaries;
    }

    /** Java's white space or space characters among the first 256: asked of Character for every token before. */
    private static final boolean[] JAVA_SPACE = new boolean[256];

    static {
        for (char c = 0; c < JAVA_SPACE.length; c++) {
            JAVA_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    private static void addPiece(String text, int start, int end, IntList starts, IntList ends, boolean kept) {
        if (kept) {
            starts.add(start);
            ends.add(end);
            return;
        }
        // A piece of pure white space (a no-break space the tokenizer kept) is no token in any format.
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < JAVA_SPACE.length ? !JAVA_SPACE[c] : !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                starts.add(start);
                ends.add(end);
                return;
            }
        }
    }

    /** A growable int array; token offsets of a large cable would otherwise box millions of Integers. */
    static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
