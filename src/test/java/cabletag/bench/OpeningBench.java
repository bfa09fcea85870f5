package cabletag.bench;

import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The window's opening of a folder without the window, first and again: {@code Workspace.openStreaming}
 * as the window calls it, the first cable read, the listing let go on ({@code carryOnInBackground}), then
 * the events run until every cable is listed and every cable's counts are known (the reader's last event,
 * after which the summaries are kept). The second opening uses the summaries the first kept. Not a test;
 * see docs/PERFORMANCE.md for the commands and figures.
 *
 * <p>Arguments: the corpus folder, and how many rounds (each round: a new empty store, two openings).
 */
public final class OpeningBench {

    private OpeningBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int round = 1; round <= rounds; round++) {
            Path home = Files.createTempDirectory("opening-bench");
            try {
                StoreLocation store = new StoreLocation(home);
                System.out.println("round " + round + ", first opening:  " + open(folder, store));
                System.out.println("round " + round + ", second opening: " + open(folder, store));
            } finally {
                BenchFolders.delete(home);
            }
        }
        System.exit(0);
    }

    private static String open(Path folder, StoreLocation store) throws Exception {
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>(); // the events the window would run
        long start = System.nanoTime();
        Workspace workspace = Workspace.openStreaming(List.of(folder), store, uiThread::add);
        long firstBatch = System.nanoTime() - start;
        workspace.focus(0);
        workspace.document(0);
        long firstCable = System.nanoTime() - start;
        workspace.carryOnInBackground(); // as the window does once the first cable is on screen
        long[] allListed = {0};
        boolean[] done = {false};
        workspace.addListener(change -> {
            if (allListed[0] == 0 && workspace.isListed()) {
                allListed[0] = System.nanoTime() - start;
            }
            done[0] |= workspace.isListed() && workspace.readCount() == workspace.size()
                    && change.cables().isEmpty() && change.spanChanges().isEmpty();
        });
        while (!done[0]) {
            uiThread.take().run();
        }
        long allRead = System.nanoTime() - start;
        int cables = workspace.size();
        int problems = workspace.cables().stream().mapToInt(e -> Math.max(0, e.problemCount())).sum();
        workspace.close();
        return String.format("%,d cables (%,d reading problems): first batch %d ms, first cable %d ms, all listed %.2f s, "
                + "all read %.2f s", cables, problems, firstBatch / 1_000_000, firstCable / 1_000_000, allListed[0] / 1e9,
                allRead / 1e9);
    }
}
