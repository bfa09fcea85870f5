package cabletag.bench;

import cabletag.core.text.TextSearch;
import cabletag.ui.CableRows;
import cabletag.ui.ShownRows;
import cabletag.workspace.CableEntry;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The window's workspace on a whole corpus (250,000 cables), without the window: listing, the first
 * cable, the next-cable latency while the background reader runs, sorting and filtering the corpus rows
 * (the rows the corpus table shows), the heap once every cable is read, and reopening with the
 * kept summaries. Not a test; run with -Xmx1g, see docs/PERFORMANCE.md for the command and figures.
 *
 * <p>Arguments: the corpus folder, and a store root of its own (deleted by the caller afterwards).
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("rows")) {
            rows(Integer.parseInt(args[1]));
            System.exit(0);
        }
        Path folder = Path.of(args[0]);
        StoreLocation store = new StoreLocation(Path.of(args[1]));
        for (int round = 1; round <= 2; round++) {
            System.out.printf("--- opening %d (%s)%n", round, round == 1 ? "no kept summaries" : "with the summaries kept by opening 1");
            open(folder, store);
        }
        System.exit(0);
    }

    private static void open(Path folder, StoreLocation store) throws Exception {
        BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>(); // the events the window would run
        long start = System.nanoTime();
        Workspace workspace = Workspace.openStreaming(List.of(folder), store, uiThread::add);
        long listed = System.nanoTime() - start;
        boolean[] done = new boolean[1];
        long[] allListed = {0};
        workspace.addListener(change -> {
            if (allListed[0] == 0 && workspace.isListed()) {
                allListed[0] = System.nanoTime() - start;
            }
            done[0] |= workspace.isListed() && workspace.readCount() == workspace.size()
                    && change.cables().isEmpty() && change.spanChanges().isEmpty();
        });
        CableRows rows = new CableRows();
        rows.setAll(workspace.cables());
        long rowsShown = System.nanoTime() - start;
        workspace.focus(1);
        int firstEntities = workspace.document(1).spans().size();
        long first = System.nanoTime() - start;
        System.out.printf("first %,d cables listed: %d ms; their rows in the list: %d ms; first cable parsed (%d entities): %d ms%n",
                workspace.size(), ms(listed), ms(rowsShown), firstEntities, ms(first));
        workspace.carryOnInBackground(); // as the window does once the first cable is on screen

        while (!workspace.isListed()) { // the reader starts once all is listed
            uiThread.take().run();
            drain(uiThread, rows, workspace);
        }
        // next cable while the background reader runs: what CorrectorModel.show asks of the workspace
        int steps = 200;
        long[] next = new long[steps];
        for (int i = 1; i <= steps; i++) {
            long t = System.nanoTime();
            int cable = i * 7;
            workspace.focus(cable);
            workspace.document(cable).spans().size();
            next[i - 1] = System.nanoTime() - t;
            drain(uiThread, rows, workspace);
        }
        Arrays.sort(next);
        System.out.printf("next cable while reading (%d cables, %,d read so far): median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                steps, workspace.readCount(), next[steps / 2] / 1e6, next[(int) (steps * 0.95)] / 1e6, next[steps - 1] / 1e6);

        while (!done[0]) {
            uiThread.take().run();
            drain(uiThread, rows, workspace);
        }
        long readAll = System.nanoTime() - start;
        System.out.printf("all %,d cables listed: %.1f s; every cable read (summaries known): %.1f s; cables parsed now: %s%n",
                workspace.size(), allListed[0] / 1e9, readAll / 1e9,
                workspace.cables().stream().filter(e -> e.entityCount() < 0).count() == 0 ? "all counted" : "some not counted");
        heap("heap after the full background read");

        // the corpus table's lists: filter by name (the one search rule), sort by a column
        rows.setAll(workspace.cables());
        sortAndFilter(rows);
        workspace.close();
    }

    /** Sorting and filtering the corpus table's lists alone, over {@code count} rows shaped like a read corpus. */
    private static void rows(int count) {
        List<CableEntry> entries = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new CableEntry(i, String.format("cable-%07d.txt", i), 100 + (i * 7919) % 150, i % 13 == 0 ? 1 : 0,
                    cabletag.workspace.ReviewStatus.values()[i % 3]));
        }
        CableRows rows = new CableRows();
        time("rows set (" + count + ")", () -> rows.setAll(entries));
        sortAndFilter(rows);
    }

    private static void sortAndFilter(CableRows rows) {
        // the corpus table's rows (ui.ShownRows) with the comparators ui.CorpusOrder builds from the sort columns
        ShownRows shown = new ShownRows(rows);
        time("sort by entities, descending", () -> shown.setOrder(
                Comparator.comparingInt(CableEntry::entityCount).reversed().thenComparingInt(CableEntry::index)));
        time("sort by name", () -> shown.setOrder(Comparator.comparing(CableEntry::name).thenComparingInt(CableEntry::index)));
        // a new needle each run, as typing does
        int[] run = new int[1];
        time("filter by name \"-0123x\" (sorted by name)", () -> {
            String needle = "-0123" + (run[0]++ % 10);
            shown.setFilter(e -> TextSearch.contains(e.name(), needle, true));
        });
        System.out.printf("  (%,d rows match)%n", shown.size());
        time("filter off (sorted by name)", () -> shown.setFilter(null));
        time("unsorted", () -> shown.setOrder(null));
        java.util.Map<Integer, CableEntry> batch = new java.util.HashMap<>();
        for (int i = 0; i < 1000; i++) {
            CableEntry e = rows.get(i * 17);
            batch.put(e.index(), new CableEntry(e.index(), e.name(), e.entityCount() + 1, e.problemCount(), e.status()));
        }
        shown.setFilter(e -> TextSearch.contains(e.name(), "1", true));
        time("a reader batch of 1,000 rows replaced (filtered)", () -> rows.replace(batch));
        shown.setOrder(Comparator.comparingInt(CableEntry::entityCount).thenComparingInt(CableEntry::index));
        time("a reader batch of 1,000 rows replaced (filtered, sorted by entities: they move)", () -> {
            java.util.Map<Integer, CableEntry> again = new java.util.HashMap<>();
            batch.forEach((index, e) -> again.put(index, new CableEntry(index, e.name(), rows.get(index).entityCount() + 1,
                    e.problemCount(), e.status())));
            rows.replace(again);
        });
    }

    private static void drain(BlockingQueue<Runnable> uiThread, CableRows rows, Workspace workspace) {
        Runnable event;
        while ((event = uiThread.poll()) != null) {
            event.run();
        }
        if (workspace.size() > rows.size()) {
            rows.append(workspace.cables(rows.size(), workspace.size())); // the window's rows grow as the listing goes
        }
    }

    private static void time(String what, Runnable work) {
        long[] took = new long[5];
        for (int i = 0; i < took.length; i++) {
            long t = System.nanoTime();
            work.run();
            took[i] = System.nanoTime() - t;
        }
        Arrays.sort(took);
        System.out.printf("%s: median %.1f ms, max %.1f ms (5 runs)%n", what, took[2] / 1e6, took[4] / 1e6);
    }

    private static void heap(String what) {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.printf("%s: %d MB used (max heap %d MB)%n", what,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
