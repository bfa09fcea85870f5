package cabletag.workspace.namefinder;

import cabletag.core.Document;
import cabletag.core.Span;
import cabletag.core.text.CableTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a cable into the sentences the name finder trains on and reads: tokens by {@link CableTokenizer}
 * (the one tokenizer, so suggestions fall on the tokens the window snaps to), a sentence ending at a
 * full stop, question or exclamation mark, at a blank line, or after {@value #MAX_TOKENS} tokens (cables
 * have long runs without punctuation: headers, tag lines). An entity becomes a token range only when its
 * bounds fall on token bounds; one that cuts a token (the machine tagger's {@code Michae|l}) is left out
 * of the training data rather than taught wrong. Of nested entities only the outermost is used: a name
 * finder marks flat names.
 */
public final class CableSentences {

    static final int MAX_TOKENS = 120;

    private static final CableTokenizer TOKENIZER = new CableTokenizer();

    private CableSentences() {
    }

    public static List<TokenizedSentence> of(Document document) {
        String text = document.text();
        List<int[]> tokens = new ArrayList<>();
        TOKENIZER.scan(text, (start, end) -> tokens.add(new int[] {start, end}));
        List<Span> entities = document.spans().outermost();
        List<TokenizedSentence> sentences = new ArrayList<>();
        int first = 0;
        int entity = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            boolean end = last || i - first + 1 >= MAX_TOKENS || isFinal(text, tokens.get(i))
                    || blankLineBetween(text, tokens.get(i)[1], tokens.get(i + 1)[0]);
            if (end) {
                entity = add(sentences, text, tokens.subList(first, i + 1), entities, entity);
                first = i + 1;
            }
        }
        return sentences;
    }

    private static int add(List<TokenizedSentence> sentences, String text, List<int[]> tokens, List<Span> entities, int entity) {
        int size = tokens.size();
        String[] words = new String[size];
        int[] starts = new int[size];
        int[] ends = new int[size];
        for (int i = 0; i < size; i++) {
            starts[i] = tokens.get(i)[0];
            ends[i] = tokens.get(i)[1];
            words[i] = text.substring(starts[i], ends[i]);
        }
        int sentenceEnd = ends[size - 1];
        List<TokenName> names = new ArrayList<>();
        while (entity < entities.size() && entities.get(entity).start() < sentenceEnd) {
            Span span = entities.get(entity++);
            int from = indexOf(starts, span.start());
            int to = indexOf(ends, span.end());
            if (from >= 0 && to >= from) {
                names.add(new TokenName(from, to + 1, span.label().name(), 1.0));
            }
        }
        sentences.add(new TokenizedSentence(words, starts, ends, names));
        return entity;
    }

    private static int indexOf(int[] sorted, int value) {
        int found = java.util.Arrays.binarySearch(sorted, value);
        return found >= 0 ? found : -1;
    }

    private static boolean isFinal(String text, int[] token) {
        if (token[1] - token[0] != 1) {
            return false;
        }
        char c = text.charAt(token[0]);
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' && ++breaks == 2) {
                return true;
            }
        }
        return false;
    }
}
