package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.DocumentSource;
import cabletag.core.SourceFormat;
import cabletag.core.SpanSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/** Interim reader: every file under the inputs as one untagged UTF-8 document. */
final class FileCorpus implements CorpusSource {

    private final List<Path> inputs;

    FileCorpus(List<Path> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    @Override
    public List<Document> readAll(DoubleConsumer progress, List<String> problems) throws IOException {
        List<Path[]> files = new ArrayList<>();
        for (Path given : inputs) {
            Path input = given.toAbsolutePath().normalize();
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> files.add(new Path[] {input, file}));
                }
            } else if (Files.isRegularFile(input)) {
                files.add(new Path[] {input.toAbsolutePath().getParent(), input});
            } else {
                problems.add(input + ": no such file or folder");
            }
        }
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i)[1];
            String name = files.get(i)[0].relativize(file).toString().replace('\\', '/');
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
            String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            documents.add(new Document(id, DocumentSource.ofCleanText(name, SourceFormat.INLINE, text), text,
                    SpanSet.empty(), Map.of(), List.of()));
            progress.accept((i + 1) / (double) files.size());
        }
        return documents;
    }
}
