package cabletag.workspace.suggest;

import cabletag.core.Document;
import cabletag.core.Label;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * What the window's live gazetteer costs after an edit (not a test; run by hand, see docs/PERFORMANCE.md,
 * "Suggestions"): a gazetteer of N texts, then the same edit two ways — an overlay with the edit's change
 * (what the session does) against a whole copy (what it did before) — each followed by the first look-up,
 * which indexes what is new. Median of 7. Argument: N, default 1,000,000.
 */
public final class LiveGazetteerBench {

    private LiveGazetteerBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(1);
        Gazetteer gathered = new Gazetteer();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int tokens = 1 + random.nextInt(3);
            for (int t = 0; t < tokens; t++) {
                text.append(t > 0 ? " " : "").append((char) ('A' + random.nextInt(26)));
                for (int k = 0; k < 5; k++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
            }
            gathered.add(text.toString(), Label.STANDARD.get(i % 4), Evidence.MACHINE);
        }
        Document cable = SuggestDocs.of("d", "Nobody met Kadhimi in Abcdef today .");
        gathered.suggest(cable, RejectionCheck.NONE); // the gathered one is indexed once, as in the window
        double[] overlay = new double[7];
        double[] copy = new double[7];
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            Gazetteer live = gathered.overlay();
            live.adjust("Kadhimi", Label.PER, Evidence.CONFIRMED, 1);
            live.suggest(cable, RejectionCheck.NONE);
            overlay[run] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            Gazetteer whole = gathered.copy();
            whole.adjust("Kadhimi", Label.PER, Evidence.CONFIRMED, 1);
            whole.suggest(cable, RejectionCheck.NONE);
            copy[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(overlay);
        Arrays.sort(copy);
        System.out.printf(Locale.ROOT, "%,d texts: after an edit, overlay %.3f ms, whole copy %.1f ms (medians of 7)%n", gathered.size(),
                overlay[3], copy[3]);
    }
}
