package cabletag.core.text;

import java.util.ArrayList;
import java.util.List;

/** Tokens are the runs of non-whitespace characters. */
public final class WhitespaceTokenizer implements Tokenizer {

    @Override
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            if (space && start >= 0) {
                tokens.add(new Token(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            tokens.add(new Token(start, text.length()));
        }
        return tokens;
    }
}
