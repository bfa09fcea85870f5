package cabletag.bench;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.OccurrenceScope;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Workspace figures on real sizes (docs/PERFORMANCE.md, "Workspace"): opening a folder of 10,000
 * synthesized cables, and a 5 MB cable with 100,000 entities (open, relabel with its store write,
 * grow, undo, apply-to-all), plus heap after opening. A plain main, not a timed unit test:
 *
 * <pre>mvn -B -o -q test-compile exec:java -Dexec.mainClass=cabletag.bench.WorkspaceBench -Dexec.classpathScope=test</pre>
 */
public final class WorkspaceBench {

    private static final String[] WORDS = {"the", "embassy", "said", "that", "officials", "met", "with", "on",
            "security", "agreement", "minister", "visit", "reported", "government", "would", "and", "in", "of",
            "to", "a", "border", "issues", "January", "December", "press", "council", "readout", "meeting", "."};
    private static final String[][] ENTITIES = {{"PER", "Rubaie"}, {"LOC", "Baghdad"}, {"LOC", "Tehran"},
            {"ORG", "GoI"}, {"MISC", "Iranian"}, {"PER", "Satterfield"}, {"ORG", "Supreme National Security Council"},
            {"PER", "Mahmoud Ahmadinejad"}, {"LOC", "Iraq"}, {"ORG", "S"}};

    private WorkspaceBench() {
    }

    public static void main(String[] args) throws IOException {
        Path temp = Files.createTempDirectory("cabletag-bench");
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        try {
            corpus(temp);
            bigCable(temp);
        } finally {
            BenchFolders.delete(temp);
        }
    }

    // ---------------------------------------------------------------- 10,000 cables

    private static void corpus(Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = cable(random, i, 300 + random.nextInt(600));
            bytes += text.length();
            Files.writeString(folder.resolve(String.format("%05d_cable.txt", i)), text);
        }
        System.out.printf("corpus: 10000 cables, %.1f MB%n", bytes / 1e6);
        StoreLocation store = new StoreLocation(temp.resolve("home"));
        List<Long> times = new ArrayList<>();
        for (int run = 1; run <= 4; run++) {
            long start = System.nanoTime();
            try (Workspace workspace = Workspace.open(List.of(folder), store, null)) {
                long took = System.nanoTime() - start;
                times.add(took);
                System.out.printf("open (read all) 10000 cables, run %d: %d ms (%d cables, %d problems)%n", run,
                        took / 1_000_000, workspace.size(), workspace.problems().size());
                if (run == 1) {
                    System.out.printf("heap used after opening 10000 cables: %d MB%n", usedHeapMb());
                    // 1,000 cables get a correction and a status, so later runs restore them
                    for (int c = 0; c < workspace.size(); c += 10) {
                        Span first = workspace.document(c).spans().get(0);
                        workspace.relabel(c, first, Label.MISC);
                    }
                }
            }
        }
        System.out.printf("open (read all) 10000 cables with 1000 stored corrections, median of runs 2-4: %d ms%n",
                median(times.subList(1, times.size())) / 1_000_000);

        List<Long> listed = new ArrayList<>();
        List<Long> allRead = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            try (Workspace workspace = Workspace.openLazily(List.of(folder), store, Runnable::run)) {
                workspace.cables();
                long list = System.nanoTime() - start;
                workspace.document(workspace.size() - 1);
                long firstDocument = System.nanoTime() - start;
                while (workspace.readCount() < workspace.size()) {
                    sleep(5);
                }
                long all = System.nanoTime() - start;
                listed.add(list);
                allRead.add(all);
                System.out.printf("openLazily 10000 cables, run %d: listed (names, statuses) %d ms, last cable shown %d ms,"
                        + " all read in background %d ms%n", run, list / 1_000_000, firstDocument / 1_000_000, all / 1_000_000);
            }
        }
        System.out.printf("openLazily 10000 cables: listed median %d ms, all read median %d ms%n",
                median(listed) / 1_000_000, median(allRead) / 1_000_000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String cable(Random random, int number, int words) {
        StringBuilder text = new StringBuilder(words * 8);
        text.append("<code><pre>S E C R E T SECTION 01 OF 02 [LOC BAGHDAD  ] ").append(number).append(" NOFORN SIPDIS\n");
        for (int w = 0; w < words; w++) {
            if (random.nextInt(12) == 0) {
                String[] entity = ENTITIES[random.nextInt(ENTITIES.length)];
                text.append('[').append(entity[0]).append(' ').append(entity[1]).append("  ] ");
            } else {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            if (w % 20 == 19) {
                text.append("\n");
            }
        }
        return text.append("</pre></code>\n").toString();
    }

    // ---------------------------------------------------------------- one 5 MB cable

    private static void bigCable(Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("big"));
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(5_300_000);
        int entities = 0;
        while (entities < 100_000) {
            String[] entity = ENTITIES[random.nextInt(ENTITIES.length - 1)];
            text.append('[').append(entity[0]).append(' ').append(entity[1]).append("  ] ");
            entities++;
            int plain = 3 + random.nextInt(6);
            for (int w = 0; w < plain; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            if (entities % 3 == 0) {
                text.append('\n');
            }
        }
        Path file = folder.resolve("big.txt");
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf("big cable: %.2f MB, %d entities%n", Files.size(file) / 1e6, entities);
        StoreLocation store = new StoreLocation(temp.resolve("home-big"));

        long start = System.nanoTime();
        Workspace workspace = Workspace.open(List.of(folder), store, null);
        System.out.printf("open big cable: %d ms (%d entities read)%n", (System.nanoTime() - start) / 1_000_000,
                workspace.document(0).spans().size());
        System.out.printf("heap used with the big cable open: %d MB%n", usedHeapMb());

        Label[] labels = {Label.PER, Label.LOC, Label.ORG, Label.MISC};
        long[] relabel = new long[300];
        for (int i = 0; i < relabel.length; i++) {
            List<Span> spans = workspace.document(0).spans();
            Span span = spans.get(random.nextInt(spans.size()));
            Label label = labels[(Arrays.asList(labels).indexOf(span.label()) + 1) % labels.length];
            long t = System.nanoTime();
            workspace.relabel(0, span, label);
            relabel[i] = System.nanoTime() - t;
        }
        report("relabel in the 5 MB cable, incl. store write (300 edits, first 50 = warm-up)", Arrays.copyOfRange(relabel, 50, relabel.length));

        long t = System.nanoTime();
        Span some = workspace.document(0).spans().get(1000);
        workspace.growEnd(0, some);
        System.out.printf("first grow in the 5 MB cable (builds its token index): %d ms%n", (System.nanoTime() - t) / 1_000_000);
        long[] grow = new long[200];
        for (int i = 0; i < grow.length; i++) {
            List<Span> spans = workspace.document(0).spans();
            Span span = spans.get(random.nextInt(spans.size()));
            long g = System.nanoTime();
            try {
                workspace.growEnd(0, span);
            } catch (RuntimeException rejected) {
                // a neighbour in the way: rejected edits cost the same work
            }
            grow[i] = System.nanoTime() - g;
        }
        report("growEnd in the 5 MB cable, incl. store write (200 edits)", grow);
        long[] undo = new long[200];
        for (int i = 0; i < undo.length && workspace.canUndo(); i++) {
            long u = System.nanoTime();
            workspace.undo();
            undo[i] = System.nanoTime() - u;
        }
        report("undo in the 5 MB cable, incl. store write (200 undos)", undo);

        Span rubaie = workspace.document(0).spans().stream()
                .filter(s -> workspace.document(0).textOf(s).equals("Baghdad")).findFirst().orElseThrow();
        t = System.nanoTime();
        workspace.applyToAll(0, rubaie, Label.ORG, OccurrenceScope.CABLE);
        System.out.printf("apply to all ~11,000 occurrences of “Baghdad” in the 5 MB cable: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        t = System.nanoTime();
        workspace.undo();
        System.out.printf("undo that: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        workspace.close();

        t = System.nanoTime();
        try (Workspace reopened = Workspace.open(List.of(folder), store, null)) {
            System.out.printf("reopen the 5 MB cable with its stored corrections: %d ms (%d problems)%n",
                    (System.nanoTime() - t) / 1_000_000, reopened.problems().size());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms%n", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1 << 20);
    }

}
