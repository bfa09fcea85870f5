package cabletag.formats.export;

import cabletag.core.GivenTokens;

/**
 * Groups tokens into sentences. A text a dataset gave as tokens (CoNLL) keeps the sentences it gave. In
 * tagged cables the machine tagger wrote one sentence per line, so each line is a sentence. Plain cable
 * text is hard-wrapped, so a sentence ends after {@code .}, {@code !} or {@code ?} followed by white space
 * (abbreviations such as {@code U.S.} or {@code Amb.} are whole tokens and end nothing), and at a blank
 * line. A sentence never ends inside an entity.
 */
public final class SentenceSplitter {

    private static final String CLOSERS = "\"')]\u201D\u2019";

    /**
     * @param entityOf     for each token, the entity it belongs to or -1
     * @param lineIsSentence true for tagged cables
     * @return the first token index of each sentence, then the token count; empty sentences never appear
     */
    public int[] split(String text, int[] starts, int[] ends, int[] entityOf, boolean lineIsSentence) {
        int count = starts.length;
        TokenAligner.IntList breaks = new TokenAligner.IntList(count / 8 + 2);
        breaks.add(0);
        boolean pendingFinal = false;
        for (int t = 1; t < count; t++) {
            boolean breakHere;
            if (lineIsSentence) {
                breakHere = containsLineBreak(text, ends[t - 1], starts[t]);
            } else {
                if (isFinalPunctuation(text, starts[t - 1], ends[t - 1])) {
                    pendingFinal = true;
                } else if (!isCloser(text, starts[t - 1], ends[t - 1])) {
                    pendingFinal = false;
                }
                boolean currentCloses = isCloser(text, starts[t], ends[t]);
                boolean attached = starts[t] == ends[t - 1];
                if (pendingFinal && attached && !currentCloses) {
                    pendingFinal = false; // "Wikileaks.org", "1.4a": a full stop inside a word ends nothing
                }
                boolean closerFollows = currentCloses && !containsLineBreak(text, ends[t - 1], starts[t]);
                breakHere = containsBlankLine(text, ends[t - 1], starts[t]) || (pendingFinal && !closerFollows);
            }
            boolean insideEntity = entityOf[t] >= 0 && entityOf[t] == entityOf[t - 1];
            if (breakHere && !insideEntity) {
                breaks.add(t);
                pendingFinal = false;
            }
        }
        if (count > 0) {
            breaks.add(count);
        } else {
            return new int[] {0};
        }
        return breaks.toArray();
    }

    /**
     * The sentences a dataset gave: a sentence starts at the token that starts a given sentence (the first
     * piece, where an entity boundary split a given token), except inside an entity, as everywhere.
     *
     * @param starts   UTF-16 start of each token, the given tokens as an entity's boundaries split them
     * @param entityOf for each token, the entity it belongs to or -1
     * @return the first token index of each sentence, then the token count; empty sentences never appear
     */
    public int[] splitAsGiven(int[] starts, int[] entityOf, GivenTokens given) {
        int count = starts.length;
        if (count == 0) {
            return new int[] {0};
        }
        TokenAligner.IntList breaks = new TokenAligner.IntList(given.sentenceCount() + 2);
        breaks.add(0);
        int next = 1; // the first given sentence that may still start after the token before
        for (int t = 1; t < count; t++) {
            while (next < given.sentenceCount() && startOfSentence(given, next) <= starts[t - 1]) {
                next++;
            }
            boolean breakHere = next < given.sentenceCount() && startOfSentence(given, next) <= starts[t];
            boolean insideEntity = entityOf[t] >= 0 && entityOf[t] == entityOf[t - 1];
            if (breakHere && !insideEntity) {
                breaks.add(t);
            }
        }
        breaks.add(count);
        return breaks.toArray();
    }

    private static int startOfSentence(GivenTokens given, int sentence) {
        return given.start(given.sentenceStart(sentence));
    }

    private static boolean isFinalPunctuation(String text, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        char c = text.charAt(start);
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isCloser(String text, int start, int end) {
        return end - start == 1 && CLOSERS.indexOf(text.charAt(start)) >= 0;
    }

    private static boolean containsLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean containsBlankLine(String text, int from, int to) {
        boolean seenBreak = false;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                if (seenBreak) {
                    return true;
                }
                seenBreak = true;
            }
        }
        return false;
    }
}
