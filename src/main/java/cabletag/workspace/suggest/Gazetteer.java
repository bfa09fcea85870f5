package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.text.CableTokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The texts the analyst confirmed, each with its labels, found again in other cables: on whole tokens
 * (cut by {@link CableTokenizer}, so {@code Rubaie} is never found inside {@code al-Rubaie}), with the
 * case as written, except that a text written all in capitals ({@code GOI}, {@code BAGHDAD}) is found in any
 * case, because cables write names in capitals in subject lines and headers.
 *
 * <p>A text with more than one label proposes the label with the most evidence of the strongest kind;
 * its score is that label's share times the evidence's weight. A text that is a single character, or has
 * no letter, is no name and is left out. Built once from a pass over the corpus ({@link #add}), then read
 * by any number of threads.
 */
public final class Gazetteer {

    private static final CableTokenizer TOKENIZER = new CableTokenizer();

    /** One text with its label counts per kind of evidence. */
    private static final class Entry {
        final String text;
        final String[] tokens;
        final boolean anyCase;
        final Map<Evidence, Map<Label, Integer>> counts = new EnumMap<>(Evidence.class);

        Entry(String text, String[] tokens) {
            this.text = text;
            this.tokens = tokens;
            this.anyCase = isAllCapitals(text);
        }
    }

    /** A decided entry: what it proposes. */
    private record Proposal(Entry entry, Label label, Evidence evidence, double score) { }

    /**
     * The texts; in an {@link #overlay}, only those whose counts differ from the base's (an entry with no
     * counts left is a text taken out).
     */
    private final Map<String, Entry> entries = new HashMap<>();
    /** The gazetteer this one lies over (indexed, never changed again), or null. */
    private final Gazetteer base;
    private boolean useMachine = true;
    private Map<String, List<Proposal>> exactFirst;
    private Map<String, List<Proposal>> anyCaseFirst;

    public Gazetteer() {
        this(null);
    }

    private Gazetteer(Gazetteer base) {
        this.base = base;
    }

    /** A gazetteer with the same evidence, to add more to (a fold of the quality estimate). */
    public Gazetteer copy() {
        Gazetteer copy = base == null ? new Gazetteer() : base.copy();
        copy.useMachine = useMachine;
        for (Entry entry : entries.values()) {
            if (entry.counts.isEmpty()) {
                copy.entries.remove(entry.text);
            } else {
                copy.entries.put(entry.text, twin(entry));
            }
        }
        return copy;
    }

    /**
     * A gazetteer over this one that changes a few texts' counts ({@link #adjust}) without copying the
     * rest: this one is indexed once and shared, only the changed texts are indexed again. What the
     * window's live gazetteer is made of after each edit, at a cost of the edits, not of the corpus.
     */
    Gazetteer overlay() {
        index();
        Gazetteer overlay = new Gazetteer(this);
        overlay.useMachine = useMachine;
        return overlay;
    }

    private static Entry twin(Entry entry) {
        Entry twin = new Entry(entry.text, entry.tokens);
        entry.counts.forEach((evidence, labels) -> twin.counts.put(evidence, new TreeMap<>(labels)));
        return twin;
    }

    /** This gazetteer's own entry for a text (in an overlay, copied from the base first); null when {@code create} is false and there is none. */
    private Entry own(String text, boolean create) {
        Entry entry = entries.get(text);
        if (entry != null) {
            return entry;
        }
        Entry inherited = base == null ? null : base.entries.get(text);
        if (inherited != null) {
            entry = twin(inherited);
        } else if (!create) {
            return null;
        } else {
            String[] tokens = tokens(text);
            if (tokens.length == 0) {
                return null;
            }
            entry = new Entry(text, tokens);
        }
        entries.put(text, entry);
        return entry;
    }

    /**
     * Whether the machine tagger's entities count (while few cables are reviewed); they are always
     * gathered, since how many cables are reviewed is known only at the end of a pass. Set before the
     * first {@link #suggest}.
     */
    public void useMachineEvidence(boolean use) {
        if (exactFirst != null) {
            throw new IllegalStateException("the gazetteer is in use; build a new one");
        }
        this.useMachine = use;
    }

    /** Adds a cable's entities as evidence: all of a reviewed cable; else those the analyst added, and the machine's. */
    public void addCable(Document document, boolean reviewed) {
        cabletag.core.SpanSet original = document.originalSpans();
        for (Span span : document.spans()) {
            Evidence evidence = reviewed ? Evidence.REVIEWED
                    : original.containsSpan(span) ? Evidence.MACHINE : Evidence.CONFIRMED;
            add(document.textOf(span), span.label(), evidence);
        }
    }

    /** Adds one text with its label as evidence of this kind. */
    public void add(String text, Label label, Evidence evidence) {
        if (exactFirst != null) {
            throw new IllegalStateException("the gazetteer is in use; build a new one");
        }
        if (!isName(text) || Label.whyATag(label.name()).isPresent()) {
            return; // a label that is a tag (O, stored by an earlier cabletag) is suggested nowhere: no edit may give it
        }
        Entry entry = own(text, true);
        if (entry == null) {
            return;
        }
        entry.counts.computeIfAbsent(evidence, e -> new TreeMap<>()).merge(label, 1, Integer::sum);
    }

    /**
     * Adds {@code count} (taken away when negative, never below none) to a text's label as evidence of
     * this kind: the analyst's changes since the evidence was gathered ({@link LiveEvidence}).
     */
    void adjust(String text, Label label, Evidence evidence, int count) {
        if (count > 0) {
            for (int i = 0; i < count; i++) {
                add(text, label, evidence);
            }
            return;
        }
        if (exactFirst != null) {
            throw new IllegalStateException("the gazetteer is in use; build a new one");
        }
        Entry entry = own(text, false);
        Map<Label, Integer> labels = entry == null ? null : entry.counts.get(evidence);
        if (labels == null || !labels.containsKey(label)) {
            return;
        }
        int left = labels.get(label) + count;
        if (left > 0) {
            labels.put(label, left);
            return;
        }
        labels.remove(label);
        if (labels.isEmpty()) {
            entry.counts.remove(evidence);
        }
        if (entry.counts.isEmpty() && base == null) {
            entries.remove(text); // an overlay keeps it, empty: the base's text is taken out
        }
    }

    /** How many texts it holds. */
    public int size() {
        if (base == null) {
            return entries.size();
        }
        int size = base.size();
        for (Entry entry : entries.values()) {
            boolean inBase = base.entries.containsKey(entry.text);
            if (inBase && entry.counts.isEmpty()) {
                size--;
            } else if (!inBase && !entry.counts.isEmpty()) {
                size++;
            }
        }
        return size;
    }

    /**
     * The suggestions in a document: the longest entry at each token, left to right, never over an
     * existing entity nor where {@code rejected} says no.
     */
    public List<Suggestion> suggest(Document document, RejectionCheck rejected) {
        index();
        String text = document.text();
        Tokens tokens = new Tokens();
        TOKENIZER.scan(text, tokens::add);
        List<Suggestion> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            int tokenStart = tokens.starts[i];
            String word = text.substring(tokenStart, tokens.ends[i]);
            Suggestion best = null;
            int bestLength = 0;
            // exact case before any case, this gazetteer before its base (where an overlay changed a text, its own entry speaks)
            for (int pass = 0; pass < 4; pass++) {
                Gazetteer source = pass % 2 == 0 ? this : base;
                if (source == null) {
                    continue;
                }
                List<Proposal> candidates = pass < 2 ? source.exactFirst.get(word)
                        : !source.anyCaseFirst.isEmpty() && hasLetter(word) ? source.anyCaseFirst.get(word.toUpperCase(Locale.ROOT)) : null;
                if (candidates == null) {
                    continue;
                }
                for (Proposal proposal : candidates) {
                    if (source != this && entries.containsKey(proposal.entry.text)) {
                        continue;
                    }
                    int length = proposal.entry.tokens.length;
                    if (length <= bestLength || !matches(proposal.entry, text, tokens, i)) {
                        continue;
                    }
                    int end = tokens.ends[i + length - 1];
                    if (!document.spans().overlapping(tokenStart, end).isEmpty()
                            || rejected.isRejected(tokenStart, end, proposal.label, text.substring(tokenStart, end))) {
                        continue;
                    }
                    best = new Suggestion(tokenStart, end, proposal.label, text.substring(tokenStart, end), SuggestionSource.GAZETTEER,
                            proposal.evidence, proposal.score);
                    bestLength = length;
                }
            }
            if (best != null) {
                found.add(best);
                i += bestLength;
            } else {
                i++;
            }
        }
        return found;
    }

    /** A cable's token bounds in two growing arrays: no object per token on a many-megabyte cable. */
    private static final class Tokens {
        int[] starts = new int[256];
        int[] ends = new int[256];
        int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    private static boolean hasLetter(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetter(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Entry entry, String text, Tokens tokens, int at) {
        if (at + entry.tokens.length > tokens.size) {
            return false;
        }
        for (int k = 0; k < entry.tokens.length; k++) {
            int start = tokens.starts[at + k];
            String expected = entry.tokens[k];
            int length = tokens.ends[at + k] - start;
            if (length != expected.length() || !text.regionMatches(entry.anyCase, start, expected, 0, length)) {
                return false;
            }
        }
        return true;
    }

    /** Decides each entry's proposal and indexes them by first token; done once, before the first look-up. */
    private synchronized void index() {
        if (exactFirst != null) {
            return;
        }
        Map<String, List<Proposal>> exact = new HashMap<>();
        Map<String, List<Proposal>> anyCase = new HashMap<>();
        for (Entry entry : entries.values()) {
            Proposal proposal = decide(entry, useMachine);
            if (proposal == null) {
                continue;
            }
            if (entry.anyCase) {
                anyCase.computeIfAbsent(entry.tokens[0].toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(proposal);
            } else {
                exact.computeIfAbsent(entry.tokens[0], k -> new ArrayList<>()).add(proposal);
            }
        }
        anyCaseFirst = anyCase;
        exactFirst = exact;
    }

    private static Proposal decide(Entry entry, boolean useMachine) {
        for (Evidence evidence : Evidence.values()) {
            Map<Label, Integer> counts = entry.counts.get(evidence);
            if (counts == null || evidence == Evidence.MACHINE && !useMachine) {
                continue;
            }
            Label best = null;
            int bestCount = 0;
            int total = 0;
            for (Map.Entry<Label, Integer> count : counts.entrySet()) { // label order breaks ties: repeatable
                total += count.getValue();
                if (count.getValue() > bestCount) {
                    best = count.getKey();
                    bestCount = count.getValue();
                }
            }
            return new Proposal(entry, best, evidence, evidence.weight() * bestCount / total);
        }
        return null; // only machine evidence, and that does not count now
    }

    static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        TOKENIZER.scan(text, (start, end) -> tokens.add(text.substring(start, end)));
        return tokens.toArray(String[]::new);
    }

    /** At least one letter and no lower-case letter: {@code GOI}, {@code U.S.}, {@code BAGHDAD}. */
    static boolean isAllCapitals(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                    return false;
                }
            }
            i += Character.charCount(c);
        }
        return letter;
    }

    /** Two characters or more, one of them a letter: a lone {@code S} or a number is no name to look for. */
    private static boolean isName(String text) {
        if (text.codePointCount(0, text.length()) < 2) {
            return false;
        }
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** All texts with their evidence, for tests and the report: text -> evidence -> label -> count. */
    public Map<String, Map<Evidence, Map<Label, Integer>>> entries() {
        Map<String, Map<Evidence, Map<Label, Integer>>> copy = base == null ? new TreeMap<>() : base.entries();
        for (Entry entry : entries.values()) {
            if (entry.counts.isEmpty()) {
                copy.remove(entry.text);
            } else {
                copy.put(entry.text, entry.counts);
            }
        }
        return copy;
    }
}
