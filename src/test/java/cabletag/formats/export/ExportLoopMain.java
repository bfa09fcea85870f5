package cabletag.formats.export;

import cabletag.core.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A second JVM for {@link OutputSetExportTest}: exports corpus A, then corpus B, then A again, ... to
 * the same TARGET with a 80/10/10 split, for ever, printing {@code exported N} after each export, until
 * it is killed.
 *
 * <p>Arguments: FORMAT (jsonl or brat), TARGET, CORPUS_A, CORPUS_B.
 */
public final class ExportLoopMain {

    private ExportLoopMain() {
    }

    public static void main(String[] args) throws IOException {
        ExportOptions options = OutputSetExportTest.splitOptions(ExportFormat.named(args[0]));
        Path target = Path.of(args[1]);
        List<List<Document>> corpora = List.of(ExportTestSupport.read(Path.of(args[2])), ExportTestSupport.read(Path.of(args[3])));
        for (long n = 1; ; n++) {
            ExportTestSupport.export(options, corpora.get((int) (n % 2)), target);
            System.out.println("exported " + n);
            System.out.flush();
        }
    }
}
