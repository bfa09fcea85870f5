package cabletag.workspace;

import cabletag.core.CodePoints;
import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out, for one cable, every occurrence of a text that "apply to all" would change, and which of them
 * the analyst should choose on purpose: the ones they already deleted or relabelled (their range is among
 * the cable's corrections, from this session or the store), a single letter of a spaced-out word such as
 * the banner's {@code S E C R E T}, and text inside a longer word.
 */
final class OccurrencePlanner {

    private static final int CONTEXT = 40;

    private final CableState state;
    private final String needle;
    private final Label label;
    private int crossing;

    OccurrencePlanner(CableState state, String needle, Label label) {
        this.state = state;
        this.needle = needle;
        this.label = label;
    }

    List<Occurrence> occurrences() {
        Document document = state.current();
        SpanSet spans = document.spans();
        TextFinder finder = new TextFinder(document, state.tokens());
        List<TextMatch> wholeMatches = finder.findAll(needle, false, true);
        Set<Long> whole = new HashSet<>();
        for (TextMatch match : wholeMatches) {
            whole.add(CableState.range(match.start(), match.end()));
        }
        // every whole-token match, and the matches inside longer words that overlap none of them
        List<TextMatch> matches = new ArrayList<>(wholeMatches);
        int next = 0; // both lists are in text order: walk them together
        for (TextMatch match : finder.findAll(needle, false, false)) {
            while (next < wholeMatches.size() && wholeMatches.get(next).end() <= match.start()) {
                next++;
            }
            if (next == wholeMatches.size() || wholeMatches.get(next).start() >= match.end()) {
                matches.add(match);
            }
        }
        matches.sort(java.util.Comparator.comparingInt(TextMatch::start));
        Set<Long> changedByAnalyst = state.rangesChangedFromRead();
        CodePoints points = CodePoints.of(document.text());
        List<Occurrence> result = new ArrayList<>();
        for (TextMatch match : matches) {
            long range = CableState.range(match.start(), match.end());
            Optional<Span> existing = spans.atRange(match.start(), match.end());
            Span wanted = new Span(match.start(), match.end(), label);
            if (existing.isPresent() && existing.get().label().equals(label)) {
                continue;
            }
            if (existing.isEmpty() && spans.conflictWith(wanted).isPresent()) {
                crossing++;
                continue;
            }
            String reason = "";
            if (changedByAnalyst.contains(range)) {
                reason = existing.isEmpty() ? "you deleted this one" : "you made this one " + existing.get().label();
            } else if (!whole.contains(range) && existing.isEmpty()) { // an entity there is a word by its tag
                reason = "inside the word " + Quotes.of(wordAround(document.text(), match.start(), match.end()));
            } else {
                String spaced = spacedWordAround(document.text(), match.start(), match.end());
                if (spaced != null) {
                    reason = "one letter of the spaced-out word " + Quotes.of(spaced);
                }
            }
            result.add(new Occurrence(state.index, state.name, existing.orElse(null), wanted, points.toCodePoint(match.start()),
                    context(document.text(), match.start(), match.end()), !reason.isEmpty(), reason));
        }
        return result;
    }

    /** Occurrences left out because a tag there would cross another entity. */
    int crossing() {
        return crossing;
    }

    /** The text around {@code [start, end)} on one line, the occurrence between ⟦ and ⟧. */
    static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        String line = (from > 0 ? "…" : "") + text.substring(from, start) + "⟦" + text.substring(start, end) + "⟧"
                + text.substring(end, to) + (to < text.length() ? "…" : "");
        return line.replaceAll("\\s+", " ");
    }

    private static String wordAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /**
     * A single letter with single letters on either side, one space apart ({@code S E C R E T}): the whole
     * spaced-out word, or null. An {@code S} in brackets, {@code ( S )}, is no such letter.
     */
    static String spacedWordAround(String text, int start, int end) {
        if (end - start != 1 || !Character.isLetter(text.charAt(start))) {
            return null;
        }
        int from = start;
        while (isLoneLetter(text, from - 2) && text.charAt(from - 1) == ' ') {
            from -= 2;
        }
        int to = end;
        while (isLoneLetter(text, to + 1) && text.charAt(to) == ' ') {
            to += 2;
        }
        return to - from >= 5 ? text.substring(from, to) : null;
    }

    /** A letter at {@code at} with no letter or digit right before or after it. */
    private static boolean isLoneLetter(String text, int at) {
        return at >= 0 && at < text.length() && Character.isLetter(text.charAt(at))
                && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (at + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
    }
}
