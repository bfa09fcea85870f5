package cabletag.bench;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.Place;
import cabletag.workspace.CableChange;
import cabletag.workspace.CorrectedDocuments;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.WorkspaceChange;
import cabletag.workspace.consistency.CorpusIndex;
import cabletag.workspace.consistency.FileStamp;
import cabletag.workspace.consistency.RelabelWarmUp;
import cabletag.workspace.consistency.WorkspaceIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The consistency index at scale (issue 13). Not a test: run by hand, figures in docs/PERFORMANCE.md.
 * <ul>
 * <li>{@code generate FOLDER COUNT}: writes COUNT inline-tagged cables (1,000 per sub-folder) made from the
 *     seeds' words and seed 004's tags, sizes drawn log-normally (median about 3 KB; one cable in 5,000 is
 *     made 100–400 KB), fixed seed.</li>
 * <li>{@code refresh FOLDER}: with the index {@code cabletag check --consistency FOLDER} saved in the store
 *     ({@code cabletag.home}), reopens it (every file stamped, one look each, none read), then times a corpus-wide relabel of
 *     the text with the most places (every tagged place of it, as the Consistency view applies it) and the
 *     findings redone after it: what the view's refresh costs.</li>
 * </ul>
 * The build and reopen are timed on the real command ({@code check --consistency}), see PERFORMANCE.md.
 */
public final class ConsistencyBench {

    private static final Pattern TAG = Pattern.compile("\\[([A-Z]+) ([^\\]]*?)\\s*\\]");

    private ConsistencyBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args[0].equals("refresh")) {
            refresh(Path.of(args[1]));
        } else {
            throw new IllegalArgumentException("generate FOLDER COUNT | refresh FOLDER");
        }
    }

    static void generate(Path folder, int count) throws IOException {
        String seed004 = Files.readString(SyntheticCorpus.seedsFolder().resolve("004_139b5bbd77eb63a8.txt"));
        String seed000 = Files.readString(SyntheticCorpus.seedsFolder().resolve("000_cb2ef8ccb40cf302.txt"));
        List<String[]> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(seed004);
        while (tag.find()) {
            tags.add(new String[] {tag.group(1), tag.group(2)});
        }
        List<String> words = new ArrayList<>();
        for (String word : (TAG.matcher(seed004).replaceAll(" ") + " " + seed000).replaceAll("<[^>]*>", " ").split("\\s+")) {
            if (!word.isBlank() && word.length() < 20) {
                words.add(word);
            }
        }
        Random random = new Random(13);
        long total = 0;
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            int size = (int) Math.min(400_000, Math.exp(Math.log(3000) + 0.8 * random.nextGaussian()));
            if (random.nextInt(5000) == 0) {
                size = 100_000 + random.nextInt(300_000);
            }
            size = Math.max(size, 300);
            Path dir = folder.resolve(String.format("%04d", i / 1000));
            Files.createDirectories(dir);
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(String.format("%07d_synth.txt", i)), StandardCharsets.UTF_8)) {
                StringBuilder text = new StringBuilder(size + 200);
                text.append("S E C R E T SECTION 01 OF 02 CABLE ").append(i).append('\n');
                int sentence = 0;
                while (text.length() < size) {
                    if (random.nextInt(12) == 0) {
                        String[] t = tags.get(random.nextInt(tags.size()));
                        // now and then the tagger uses another label for the same text
                        String label = random.nextInt(50) == 0 ? Label.STANDARD.get(random.nextInt(4)).name() : t[0];
                        text.append('[').append(label).append(' ').append(t[1]).append("  ] ");
                    } else {
                        text.append(words.get(random.nextInt(words.size()))).append(' ');
                    }
                    if (++sentence % 18 == 0) {
                        text.append(".\n");
                    }
                }
                out.write(text.toString());
                sizes[i] = text.length();
                total += text.length();
            }
        }
        java.util.Arrays.sort(sizes);
        System.out.printf("%d cables, %.1f MB, median %d bytes, largest %d bytes%n", count, total / 1e6,
                sizes[count / 2], sizes[count - 1]);
    }

    static void refresh(Path folder) throws IOException {
        StoreLocation store = StoreLocation.defaultLocation();
        CorrectedDocuments corrections = CorrectedDocuments.open(store);
        Path file = WorkspaceIndex.location(store.root(), List.of(folder));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        long start = System.nanoTime();
        CorpusIndex index = CorpusIndex.reopen(file, System.out::println);
        int taken = 0;
        for (FileStamp stamp : FileStamp.of(files)) {
            if (index.takeSaved(stamp, corrections::storedFile)) {
                taken++;
            }
        }
        index.finishBuild();
        long reopened = System.nanoTime();
        if (!Boolean.getBoolean("cabletag.noRelabelWarmUp")) {
            RelabelWarmUp.run(); // as the window's Consistency view does once its index is built or reopened
            System.out.printf("relabel warm-up %.1f ms%n", (System.nanoTime() - reopened) / 1e6);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("reopened %d of %d files in %.2f s; heap in use after GC %.0f MB%n", taken, files.size(),
                (reopened - start) / 1e9, (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        List<Finding> findings = index.findings(Set.of());
        System.out.printf("%d findings (first: %s)%n", findings.size(), findings.isEmpty() ? "-" : findings.get(0).message());
        for (int round = 0; round < 5; round++) {
            Finding labels = index.findings(Set.of()).stream().filter(f -> f.kind() == Finding.Kind.LABELS).findFirst().orElseThrow();
            List<Place> places = index.places(labels);
            Label to = places.get(0).label();
            Map<Integer, List<Span[]>> byCable = new LinkedHashMap<>();
            for (Place place : places) {
                if (place.isTagged() && !place.label().equals(to)) {
                    byCable.computeIfAbsent(place.cable(), c -> new ArrayList<>()).add(new Span[] {
                        new Span(place.start(), place.end(), place.label()), new Span(place.start(), place.end(), to)});
                }
            }
            List<CableChange> changes = new ArrayList<>();
            byCable.forEach((cable, pairs) -> changes.add(new CableChange(cable,
                    pairs.stream().map(p -> p[0]).toList(), pairs.stream().map(p -> p[1]).toList())));
            int relabelled = changes.stream().mapToInt(c -> c.added().size()).sum();
            // the event the workspace sends after a corpus-wide relabel, and the findings the view shows after it
            // the workspace makes the event as part of its edit: not the view's refresh, so made before the clock
            WorkspaceChange event = new WorkspaceChange(byCable.keySet(), changes);
            long gcBefore = gcMillis();
            long jitBefore = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long t0 = System.nanoTime();
            index.apply(event, cable -> cable, slot -> {
                throw new IllegalStateException("a relabel must not read a cable");
            });
            long applied = System.nanoTime();
            List<Finding> after = index.findings(Set.of());
            long t1 = System.nanoTime();
            System.out.printf("round %d: relabelled %d places of %s in %d cables to %s; index + findings refreshed in %.1f ms"
                    + " (index %.1f ms, findings %.1f ms, of which collector pauses %d ms; the compiler threads meanwhile %d ms;"
                    + " %d findings)%n", round, relabelled, labels.rawTexts(), byCable.size(), to, (t1 - t0) / 1e6,
                    (applied - t0) / 1e6, (t1 - applied) / 1e6, gcMillis() - gcBefore,
                    java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore, after.size());
        }
    }

    /** The collectors' total pause time so far: what a timed round spent in them. */
    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
