package cabletag.bench;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.Label;
import cabletag.core.SourceFormat;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.workspace.suggest.CorpusEvidence;
import cabletag.workspace.suggest.Evidence;
import cabletag.workspace.suggest.Gazetteer;
import cabletag.workspace.suggest.RejectionCheck;
import cabletag.workspace.suggest.SuggestionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Suggestion speed (not a test; run by hand, see docs/PERFORMANCE.md, "Suggestions"):
 * <ol>
 *   <li>gazetteer matching: a gazetteer of 20,000 texts (names of one to three tokens, a fifth in capitals)
 *       over a synthetic corpus of cable-like English, in MB of text per second;</li>
 *   <li>name-finder training: 1,000 reviewed synthetic cables (about 3 KB and 25 entities each), the
 *       default settings (100 iterations, cut-off 1), wall time.</li>
 * </ol>
 * Arguments: [MB of text to match, default 50] [reviewed cables to train on, default 1000; 0 skips training].
 */
public final class SuggestionBench {

    private static final String[] WORDS = ("the of and to in a that said for on was with he as is by at from his an were "
            + "are which this be has had not but have they government minister meeting security officials talks embassy "
            + "ambassador would also about after political military forces support border agreement council").split(" ");

    public static void main(String[] args) throws Exception {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int reviewed = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Random random = new Random(42);
        List<String> names = names(random, 20_000);

        Gazetteer gazetteer = new Gazetteer();
        for (int i = 0; i < names.size(); i++) {
            gazetteer.add(names.get(i), Label.STANDARD.get(i % 4), Evidence.REVIEWED);
        }
        List<Document> corpus = new ArrayList<>();
        long chars = 0;
        while (chars < megabytes * 1_000_000L) {
            Document document = cable(random, names, corpus.size(), false);
            corpus.add(document);
            chars += document.text().length();
        }
        // warm-up on a tenth, then timed over all
        for (int i = 0; i < corpus.size() / 10; i++) {
            gazetteer.suggest(corpus.get(i), RejectionCheck.NONE);
        }
        long found = 0;
        long started = System.nanoTime();
        for (Document document : corpus) {
            found += gazetteer.suggest(document, RejectionCheck.NONE).size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "gazetteer: %,d texts; %,d cables, %.1f MB matched in %.2f s = %.1f MB/s; %,d suggestions%n",
                gazetteer.size(), corpus.size(), chars / 1e6, seconds, chars / 1e6 / seconds, found);

        if (reviewed == 0) {
            return;
        }
        CorpusEvidence evidence = new CorpusEvidence(SuggestionSettings.DEFAULT);
        long entities = 0;
        long trainingChars = 0;
        for (int i = 0; i < reviewed; i++) {
            Document document = cable(random, names, i, true);
            entities += document.spans().size();
            trainingChars += document.text().length();
            evidence.addCable(document, true);
        }
        started = System.nanoTime();
        evidence.trainNameFinder();
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "name finder: trained on %,d reviewed cables (%.1f MB, %,d entities), %d iterations, in %.1f s%n",
                reviewed, trainingChars / 1e6, entities, SuggestionSettings.DEFAULT.iterations(), seconds);
    }

    private static List<String> names(Random random, int count) {
        List<String> names = new ArrayList<>();
        String consonants = "bdfghjklmnprstvz";
        String vowels = "aeiou";
        for (int i = 0; i < count; i++) {
            int tokens = 1 + random.nextInt(3);
            StringBuilder name = new StringBuilder();
            for (int t = 0; t < tokens; t++) {
                if (t > 0) {
                    name.append(' ');
                }
                int syllables = 2 + random.nextInt(2);
                StringBuilder word = new StringBuilder();
                for (int s = 0; s < syllables; s++) {
                    word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
                }
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
            names.add(i % 5 == 0 ? name.toString().toUpperCase(Locale.ROOT) : name.toString());
        }
        return names;
    }

    /** About 3 KB of cable-like sentences with a name in one sentence of three; tagged when {@code tagged}. */
    private static Document cable(Random random, List<String> names, int index, boolean tagged) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int length = 1500 + random.nextInt(3000);
        while (text.length() < length) {
            int words = 8 + random.nextInt(15);
            for (int w = 0; w < words; w++) {
                if (random.nextInt(8) == 0) {
                    String name = names.get(random.nextInt(names.size()));
                    int start = text.length();
                    text.append(name);
                    spans.add(new Span(start, text.length(), Label.STANDARD.get(random.nextInt(4))));
                } else {
                    text.append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append(w == words - 1 ? " .\n" : " ");
            }
        }
        String clean = text.toString();
        return new Document("c" + index, DocumentSource.ofCleanText("c" + index + ".txt", SourceFormat.INLINE, clean), clean,
                tagged ? SpanSet.of(spans) : SpanSet.empty(), Map.of(), List.of());
    }
}
