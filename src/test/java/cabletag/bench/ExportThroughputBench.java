package cabletag.bench;

import cabletag.cli.Cli;
import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportProgress;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Export throughput per format, in MB of input cable text per second, on a corpus synthesized from
 * the seeds; and a streaming run of the real {@code export} command over a corpus on disk, meant to be
 * run with a small heap. See docs/PERFORMANCE.md for the commands and figures.
 * <ul>
 * <li>{@code throughput [MB [FORMAT,FORMAT]]}: documents read once into memory, then exported to a temp file per format
 *     (best of 3), so the figure is the exporter alone (tokenizing, aligning, writing).</li>
 * <li>{@code stream MB FORMAT [FOLDER]}: synthesizes MB of cables into FOLDER (kept if given), then runs
 *     {@code export --format FORMAT} on it through {@link Cli}, reading and writing as the command does.</li>
 * </ul>
 */
public final class ExportThroughputBench {

    private ExportThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args.length == 0 ? "throughput" : args[0];
        if (mode.equals("stream")) {
            stream(Long.parseLong(args[1]), args[2], args.length > 3 ? Path.of(args[3]) : null);
        } else {
            throughput(args.length > 1 ? Long.parseLong(args[1]) : 50, args.length > 2 ? args[2] : "");
        }
    }

    private static void throughput(long megabytes, String only) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.seedsFolder());
        CableReader reader = new CableReader();
        List<Document> documents = new ArrayList<>();
        long bytes = 0;
        int i = 0;
        for (byte[] cable : corpus.inMemory(megabytes * 1_000_000)) {
            documents.add(reader.read(String.format("%04d/cable-%07d.txt", i / 100, i), cable));
            bytes += cable.length;
            i++;
        }
        Path folder = Files.createTempDirectory("cabletag-export-bench");
        try {
            System.out.printf("input: %d cables, %.1f MB of cable files; heap max %d MB%n", documents.size(), bytes / 1e6,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("format   seconds   MB_per_s   output_MB");
            for (ExportFormat format : ExportFormat.values()) {
                if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(format.cliName())) {
                    continue;
                }
                Path target = folder.resolve(format.cliName() + (format.writesFolder() ? "" : format.extension()));
                export(format, documents, target); // warm-up
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 3; run++) {
                    BenchFolders.delete(target);
                    long start = System.nanoTime();
                    export(format, documents, target);
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%-8s %8.2f %10.1f %11.1f%n", format.cliName(), best / 1e9, bytes / 1e6 / (best / 1e9),
                        size(target) / 1e6);
                BenchFolders.delete(target);
            }
        } finally {
            BenchFolders.delete(folder);
        }
    }

    private static ExportSummary export(ExportFormat format, List<Document> documents, Path target) throws IOException {
        return new Exporter(ExportOptions.of(format)).export(ExportSource.of(documents), ExportTarget.path(target),
                ExportProgress.NONE, () -> false);
    }

    private static void stream(long megabytes, String format, Path keep) throws IOException {
        Path folder = keep != null ? keep : Files.createTempDirectory("cabletag-stream-bench");
        Path input = folder.resolve("corpus");
        long bytes;
        if (Files.isDirectory(input)) {
            try (Stream<Path> files = Files.walk(input)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("reusing %s: %.1f MB%n", input, bytes / 1e6);
        } else {
            long start = System.nanoTime();
            bytes = new SyntheticCorpus(SyntheticCorpus.seedsFolder()).writeFolder(input, megabytes * 1_000_000);
            System.out.printf("synthesized %.1f MB in %.0f s%n", bytes / 1e6, (System.nanoTime() - start) / 1e9);
        }
        Path output = folder.resolve("out." + format);
        System.out.printf("heap max %d MB; exporting %s ...%n", Runtime.getRuntime().maxMemory() >> 20, format);
        long start = System.nanoTime();
        PrintStream quietOut = new PrintStream(System.out, true);
        int code = Cli.run(quietOut, System.err, "export", "--format", format, "--output", output.toString(), input.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("exit %d; %.1f MB in %.1f s = %.1f MB/s; output %.1f MB; heap in use at end %d MB%n", code,
                bytes / 1e6, seconds, bytes / 1e6 / seconds, size(output) / 1e6,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        BenchFolders.delete(output);
        if (keep == null) {
            BenchFolders.delete(folder);
        }
    }

    private static long size(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
