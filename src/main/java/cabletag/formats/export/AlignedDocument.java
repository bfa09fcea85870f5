package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.formats.tokens.TagScheme;
import cabletag.formats.tokens.TokenSpan;
import java.io.IOException;
import java.util.List;

/**
 * A document cut into sentences of tokens, with its flat entities expressed over those tokens. Token
 * boundaries always fall on entity boundaries, so every carried entity is exactly a run of tokens.
 *
 * @param document       the document (with label mapping already applied)
 * @param tokenStarts    UTF-16 start of each token in the clean text
 * @param tokenEnds      UTF-16 end of each token
 * @param sentenceStarts index of the first token of each sentence, plus the token count at the end
 * @param entities       per sentence, the entities over that sentence's tokens (sentence-relative indexes)
 * @param nestedDropped  entities a flat scheme cannot carry because another entity contains them
 * @param lost           entities that cover no token at all (whitespace only); reported, never silent
 */
public record AlignedDocument(Document document, int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts,
                              List<List<TokenSpan>> entities, List<Span> nestedDropped, List<Span> lost) {

    /**
     * A document for the span formats (jsonl, doccano, brat, inline), which need no tokens: only the
     * number of white-space separated words, for the summary.
     */
    public static AlignedDocument spansOnly(Document document) {
        return new AlignedDocument(document, new int[0], new int[0], new int[] {0}, List.of(), List.of(), List.of());
    }

    public int tokenCount() {
        return tokenStarts.length;
    }

    public int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    public String token(int index) {
        return document.text().substring(tokenStarts[index], tokenEnds[index]);
    }

    /** Tokens of one sentence: global token indexes {@code [sentenceStarts[s], sentenceStarts[s+1])}. */
    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
        return sentenceStarts[sentence + 1];
    }

    /**
     * One sentence as the token formats write it: its number among the sentences handed over (empty
     * ones are skipped), global token indexes {@code [from, to)}, and a tag for each token.
     */
    @FunctionalInterface
    interface TaggedSentence {
        void write(int number, int from, int to, List<String> tags) throws IOException;
    }

    /** Hands each sentence that has tokens, in order, to {@code sentence}, tagged in {@code scheme}. */
    void forEachTaggedSentence(TagScheme scheme, TaggedSentence sentence) throws IOException {
        int number = 0;
        for (int s = 0; s < sentenceCount(); s++) {
            int from = sentenceStart(s);
            int to = sentenceEnd(s);
            if (from < to) {
                sentence.write(number++, from, to, scheme.encode(entities.get(s), to - from));
            }
        }
    }
}
