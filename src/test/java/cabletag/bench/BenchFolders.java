package cabletag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmarks' generated corpora are large (a 10,000-file folder, a 2 GB corpus): each run removes its own. */
final class BenchFolders {

    private BenchFolders() {
    }

    /** Deletes a file or a folder with everything in it; nothing to do if it is not there. */
    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(each);
            }
        }
    }
}
