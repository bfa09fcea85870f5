package cabletag.bench;

import cabletag.core.Document;
import cabletag.formats.inline.CableReader;
import cabletag.formats.inline.CableWriter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: reading and writing back one tagged seed cable (8.1 KB, 146 tags) and one plain one.
 * Throughput in MB/s = ops/s × cable size. Run (see docs/PERFORMANCE.md):
 * {@code java -cp … org.openjdk.jmh.Main CableReaderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CableReaderBenchmark {

    private final CableReader reader = new CableReader();
    private final CableWriter writer = new CableWriter();
    private byte[] tagged;
    private byte[] plain;
    private Document taggedDocument;

    @Setup
    public void load() throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.seedsFolder());
        tagged = corpus.cable(0);
        plain = corpus.cable(4);
        taggedDocument = reader.read("tagged.txt", tagged);
    }

    @Benchmark
    public Document readTagged() {
        return reader.read("tagged.txt", tagged);
    }

    @Benchmark
    public Document readPlain() {
        return reader.read("plain.txt", plain);
    }

    @Benchmark
    public byte[] writeTaggedUnedited() {
        return writer.write(taggedDocument);
    }
}
