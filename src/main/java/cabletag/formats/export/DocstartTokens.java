package cabletag.formats.export;

import cabletag.core.Diagnostic;
import cabletag.core.Document;
import cabletag.core.PlaceInFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a document that a CoNLL line cannot carry as tokens: a line starting with {@code -DOCSTART-} is a
 * document start to every CoNLL reader (this one, conlleval's users, Hugging Face's conll2003 script), so a cable's
 * word {@code -DOCSTART-} written as a token splits its cable in two when read back, and the word is lost. It is
 * written all the same (the cable is not withheld for one word) and said of the cable, at the word's place.
 */
final class DocstartTokens {

    static final String CODE = "docstart-token";
    private static final String DOCSTART = "-DOCSTART-";

    private DocstartTokens() {
    }

    static List<Diagnostic> of(AlignedDocument aligned) {
        Document document = aligned.document();
        String text = document.text();
        int[] starts = aligned.tokenStarts();
        int[] ends = aligned.tokenEnds();
        List<Diagnostic> found = List.of();
        for (int t = 0; t < starts.length; t++) {
            if (ends[t] - starts[t] >= DOCSTART.length() && text.startsWith(DOCSTART, starts[t])) {
                found = found.isEmpty() ? new ArrayList<>(1) : found;
                int[] place = PlaceInFile.of(document, starts[t]);
                found.add(Diagnostic.dropped(CODE, place[0], place[1], "the token '" + text.substring(starts[t], ends[t])
                        + "' reads as a document start in CoNLL: read back (by cabletag, conlleval or Hugging Face), the"
                        + " cable is split there and the token is lost"));
            }
        }
        return found;
    }
}
