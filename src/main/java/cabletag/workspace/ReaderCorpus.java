package cabletag.workspace;

import cabletag.core.Document;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.ReadOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * The files under the inputs, read by the format readers. Files are listed first (cheap), then read
 * in parallel, each into its own slot, so the order stays the listing's whatever finishes first.
 */
final class ReaderCorpus implements CorpusSource {

    private final CorpusReader reader;
    private final List<Path> inputs;

    ReaderCorpus(CorpusReader reader, List<Path> inputs) {
        this.reader = reader;
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public List<Document> readAll(DoubleConsumer progress, List<String> problems) {
        CorpusReader.Listing listing = reader.list(inputs);
        problems.addAll(listing.problems());
        List<CorpusFile> files = listing.files();
        ReadOutcome[] outcomes = new ReadOutcome[files.size()];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, files.size() / 100);
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            outcomes[i] = reader.read(files.get(i));
            int finished = done.incrementAndGet();
            if (finished % step == 0 || finished == files.size()) {
                synchronized (progress) {
                    progress.accept(finished / (double) files.size());
                }
            }
        });
        List<Document> documents = new ArrayList<>(files.size());
        for (ReadOutcome outcome : outcomes) {
            documents.addAll(outcome.documents());
            problems.addAll(outcome.problems());
        }
        return documents;
    }
}
