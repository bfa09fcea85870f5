package cabletag.workspace.namefinder;

import java.util.List;

/**
 * Training sentences with a weight: how many times each is shown to the trainer. Reviewed cables are
 * worth more than machine-tagged ones; repeating a sample is how a maximum-entropy trainer without
 * sample weights is told so.
 */
public record WeightedSentences(List<TokenizedSentence> sentences, int weight) {

    public WeightedSentences {
        sentences = List.copyOf(sentences);
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
    }
}
