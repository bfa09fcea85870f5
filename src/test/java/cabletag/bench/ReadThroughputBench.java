package cabletag.bench;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading throughput of the inline reader on corpora synthesized from the seeds, at several sizes to
 * show the cost is linear. Single-threaded. Run (see docs/PERFORMANCE.md):
 * {@code java -XX:ActiveProcessorCount=1 -Xmx4g -cp … cabletag.bench.ReadThroughputBench [MB …]}
 */
public final class ReadThroughputBench {

    private ReadThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        long[] sizesMb = args.length == 0 ? new long[] {25, 50, 100, 200} : Stream.of(args).mapToLong(Long::parseLong).toArray();
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.seedsFolder());
        CableReader reader = new CableReader();
        warmUp(corpus, reader);
        System.out.println("in memory: size_MB cables tags seconds MB_per_s");
        for (long mb : sizesMb) {
            List<byte[]> cables = corpus.inMemory(mb * 1_000_000);
            long bytes = 0;
            long tags = 0;
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                bytes = 0;
                tags = 0;
                long start = System.nanoTime();
                for (byte[] cable : cables) {
                    Document document = reader.read("bench.txt", cable);
                    bytes += cable.length;
                    tags += document.spans().size();
                }
                best = Math.min(best, System.nanoTime() - start);
            }
            report(bytes, cables.size(), tags, best);
        }
        long diskMb = sizesMb[sizesMb.length - 1] >= 100 ? 100 : sizesMb[sizesMb.length - 1];
        Path folder = Files.createTempDirectory("cabletag-read-bench");
        try {
            long written = corpus.writeFolder(folder, diskMb * 1_000_000);
            System.out.println("from disk (CorpusReader: listing + reading " + written / 1_000_000
                    + " MB; then listing ms, reading ms):");
            CorpusReader corpusReader = CorpusReader.standard();
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                List<CorpusFile> files = corpusReader.list(List.of(folder)).files();
                long listed = System.nanoTime();
                long tags = 0;
                for (CorpusFile file : files) {
                    ReadOutcome outcome = corpusReader.read(file);
                    for (Document document : outcome.documents()) {
                        tags += document.spans().size();
                    }
                }
                long end = System.nanoTime();
                report(written, files.size(), tags, end - start);
                System.out.printf("%8d %8d%n", (listed - start) / 1_000_000, (end - listed) / 1_000_000);
            }
        } finally {
            BenchFolders.delete(folder);
        }
    }

    /** Three passes over 50 MB, so the first measured size does not pay for compiling the reader. */
    private static void warmUp(SyntheticCorpus corpus, CableReader reader) {
        List<byte[]> cables = corpus.inMemory(50_000_000);
        for (int pass = 0; pass < 3; pass++) {
            for (byte[] cable : cables) {
                reader.read("warm.txt", cable);
            }
        }
    }

    private static void report(long bytes, int cables, long tags, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%8.1f %8d %9d %8.3f %8.1f%n", bytes / 1e6, cables, tags, seconds, bytes / 1e6 / seconds);
    }
}
