package cabletag.workspace.namefinder;

import java.util.List;

/**
 * One sentence of a cable as the name finder sees it: its tokens (cut by {@code core.text.CableTokenizer}),
 * where each token sits in the clean text, and the names in it as token ranges.
 *
 * @param tokens the token texts
 * @param starts each token's start in the clean text (UTF-16)
 * @param ends   each token's end in the clean text (UTF-16, exclusive)
 * @param names  the entities that cover whole tokens of this sentence, as token ranges
 */
public record TokenizedSentence(String[] tokens, int[] starts, int[] ends, List<TokenName> names) {

    public TokenizedSentence {
        names = List.copyOf(names);
    }

    public int size() {
        return tokens.length;
    }
}
