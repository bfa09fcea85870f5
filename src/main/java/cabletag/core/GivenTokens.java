package cabletag.core;

import java.util.Arrays;

/**
 * The tokens and sentences a dataset gave a document's text, as it gave them: a CoNLL file is a token
 * a line and a blank line after each sentence, and its text is only those tokens joined by spaces. Cutting
 * that text again by word rules would break {@code AT&T} into three tokens and run the sentences together,
 * so the document keeps the boundaries it was read with ({@code core.text.Tokenizer.forDocument} hands
 * them to every export, count and the window's snapping). {@link #NONE} for a text that came with
 * no tokens (cables, jsonl, doccano, brat).
 *
 * <p>Offsets are UTF-16 indexes into the clean text, half-open, as inside the program everywhere.
 */
public final class GivenTokens {

    /** No tokens were given: the text is cut by the word rules of its kind. */
    public static final GivenTokens NONE = new GivenTokens(new int[0], new int[0], new int[] {0}, 0);

    private final int[] starts;
    private final int[] ends;
    private final int[] sentenceStarts; // token index of each sentence's first token, then the token count
    private final int textLength;

    private GivenTokens(int[] starts, int[] ends, int[] sentenceStarts, int textLength) {
        this.starts = starts;
        this.ends = ends;
        this.sentenceStarts = sentenceStarts;
        this.textLength = textLength;
    }

    /** Whether a dataset gave these tokens; false only for {@link #NONE}. */
    public boolean isGiven() {
        return this != NONE;
    }

    /** The length of the text the tokens were given for: a document checks its text is that long. */
    public int textLength() {
        return textLength;
    }

    public int count() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** Sentences that hold at least one token. */
    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    /** Index of the first token of {@code sentence}; {@code sentenceStart(sentenceCount())} is the token count. */
    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GivenTokens given && textLength == given.textLength && Arrays.equals(starts, given.starts)
                && Arrays.equals(ends, given.ends) && Arrays.equals(sentenceStarts, given.sentenceStarts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(starts) + Arrays.hashCode(sentenceStarts)) + textLength;
    }

    @Override
    public String toString() {
        return isGiven() ? count() + " given tokens in " + sentenceCount() + " sentences" : "no given tokens";
    }

    /** Collects tokens in text order, sentence by sentence, as a reader meets them. */
    public static final class Builder {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] sentenceStarts = new int[16];
        private int tokens;
        private int sentences = 1; // sentenceStarts[0] = 0: the first sentence starts at the first token

        /** The next token, {@code [start, end)}: after the previous one, never empty. */
        public Builder token(int start, int end) {
            int previousEnd = tokens == 0 ? 0 : ends[tokens - 1];
            if (start < previousEnd || end <= start) {
                throw new IllegalArgumentException("token [" + start + ", " + end + ") is empty or not after the one before, which ends at "
                        + previousEnd);
            }
            if (tokens == starts.length) {
                starts = Arrays.copyOf(starts, tokens * 2);
                ends = Arrays.copyOf(ends, tokens * 2);
            }
            starts[tokens] = start;
            ends[tokens] = end;
            tokens++;
            return this;
        }

        /** Ends the sentence of the tokens since the last end; a sentence without tokens is no sentence. */
        public Builder endSentence() {
            if (tokens > sentenceStarts[sentences - 1]) {
                if (sentences == sentenceStarts.length) {
                    sentenceStarts = Arrays.copyOf(sentenceStarts, sentences * 2);
                }
                sentenceStarts[sentences++] = tokens;
            }
            return this;
        }

        /** The tokens and sentences so far (an open sentence ended), over a text of {@code textLength} UTF-16 units. */
        public GivenTokens build(int textLength) {
            endSentence();
            if (tokens > 0 && ends[tokens - 1] > textLength) {
                throw new IllegalArgumentException("token ends at " + ends[tokens - 1] + ", after the text's " + textLength);
            }
            return new GivenTokens(Arrays.copyOf(starts, tokens), Arrays.copyOf(ends, tokens),
                    Arrays.copyOf(sentenceStarts, sentences), textLength);
        }
    }
}
