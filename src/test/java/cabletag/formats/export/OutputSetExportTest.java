package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.formats.io.OutputSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A split's three parts and a brat folder are replaced as one set by real exports: racing exports (two
 * threads, two processes) and exporting processes killed with SIGKILL leave the target holding one
 * export's complete output, byte for byte, never a mix of two.
 */
class OutputSetExportTest {

    @TempDir
    Path temp;

    private Path corpusA;
    private Path corpusB;

    static ExportOptions splitOptions(ExportFormat format) {
        return ExportOptions.of(format).withSplit(SplitRatios.parse("80/10/10", 42));
    }

    /** Two corpora whose exports differ in every part: the seeds, and the seeds four times over under other names. */
    @BeforeEach
    void corpora() throws IOException {
        corpusA = Files.createDirectories(temp.resolve("corpus-a"));
        corpusB = Files.createDirectories(temp.resolve("corpus-b"));
        for (String seed : List.of(ExportTestSupport.TAGGED_SEED, ExportTestSupport.PLAIN_SEED)) {
            Files.copy(ExportTestSupport.seeds().resolve(seed), corpusA.resolve(seed));
            for (int copy = 0; copy < 4; copy++) {
                Files.copy(ExportTestSupport.seeds().resolve(seed), corpusB.resolve("b" + copy + "_" + seed));
            }
        }
    }

    private static String targetName(ExportFormat format) {
        return format.writesFolder() ? "out" : "out.jsonl";
    }

    /** What exporting {@code corpus} alone gives: the files of the set, by relative name. */
    private Map<String, String> reference(ExportFormat format, Path corpus) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("reference-" + corpus.getFileName() + "-" + format.cliName()));
        ExportTestSupport.export(splitOptions(format), ExportTestSupport.read(corpus), folder.resolve(targetName(format)));
        return outputs(folder, format);
    }

    /** The export's files in {@code folder}: the parts of a file target, or everything in a folder target. */
    private static Map<String, String> outputs(Path folder, ExportFormat format) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = format.writesFolder() ? folder.resolve("out") : folder;
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString();
                if (format.writesFolder() || name.startsWith("out.")) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    private static List<String> bookkeeping(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".cabletag-") && !name.equals(OutputSet.LOCK_FILE)).toList();
        }
    }

    @Test
    void replacingASplitKeepsEachPartsPermissions() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        Path target = folder.resolve("out.jsonl");
        ExportTestSupport.export(splitOptions(ExportFormat.JSONL), ExportTestSupport.read(corpusA), target);
        Path train = folder.resolve("out.train.jsonl");
        Path dev = folder.resolve("out.dev.jsonl");
        Files.setPosixFilePermissions(train, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(dev, PosixFilePermissions.fromString("rw-rw-r--"));
        ExportTestSupport.export(splitOptions(ExportFormat.JSONL), ExportTestSupport.read(corpusB), target);
        assertThat(outputs(folder, ExportFormat.JSONL)).isEqualTo(reference(ExportFormat.JSONL, corpusB));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(train))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dev))).isEqualTo("rw-rw-r--");
    }

    @Test
    void theNextExportIntoTheFolderCompletesAnInterruptedOneFirstAndSaysSo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("out"));
        ExportTestSupport.export(splitOptions(ExportFormat.JSONL), ExportTestSupport.read(corpusA), folder.resolve("out.jsonl"));
        Map<String, String> b = reference(ExportFormat.JSONL, corpusB);
        cabletag.formats.io.OutputSetKillTestAccess.interruptedCommit(folder, b);
        assertThat(outputs(folder, ExportFormat.JSONL)).isNotEqualTo(b).isNotEqualTo(reference(ExportFormat.JSONL, corpusA));

        ExportSummary other = ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL), ExportTestSupport.read(corpusA),
                folder.resolve("other.conll"));

        assertThat(outputs(folder, ExportFormat.JSONL)).isEqualTo(b);
        assertThat(other.problems()).singleElement().asString()
                .startsWith(ExportSummary.NOTE + "completed an interrupted export in " + folder);
        assertThat(other.describe()).doesNotContain(" problem");
        assertThat(bookkeeping(folder)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonl", "brat"})
    @Timeout(120)
    void twoThreadsExportingToTheSameTargetLeaveOneCompleteSet(String formatName) throws Exception {
        ExportFormat format = ExportFormat.named(formatName);
        Map<String, String> a = reference(format, corpusA);
        Map<String, String> b = reference(format, corpusB);
        assertThat(a).isNotEqualTo(b);
        List<Document> documentsA = ExportTestSupport.read(corpusA);
        List<Document> documentsB = ExportTestSupport.read(corpusB);
        Path folder = Files.createDirectories(temp.resolve("race"));
        Path target = folder.resolve(targetName(format));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ExportSummary>> exports = new ArrayList<>();
                for (List<Document> documents : List.of(documentsA, documentsB)) {
                    exports.add(pool.submit(() -> {
                        start.await();
                        return ExportTestSupport.export(splitOptions(format), documents, target);
                    }));
                }
                for (Future<ExportSummary> export : exports) {
                    assertThat(export.get(60, TimeUnit.SECONDS).cancelled()).isFalse();
                }
                Map<String, String> now = outputs(folder, format);
                assertThat(now).as("round " + round).satisfiesAnyOf(set -> assertThat(set).isEqualTo(a),
                        set -> assertThat(set).isEqualTo(b));
                assertThat(bookkeeping(folder)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsonl", "brat"})
    @Timeout(300)
    void twoProcessesExportingInALoopKilledWithSigkillLeaveOneCompleteSet(String formatName) throws Exception {
        ExportFormat format = ExportFormat.named(formatName);
        Map<String, String> a = reference(format, corpusA);
        Map<String, String> b = reference(format, corpusB);
        Path folder = Files.createDirectories(temp.resolve("killed"));
        Path target = folder.resolve(targetName(format));
        for (int round = 0; round < 2; round++) {
            List<Process> processes = new ArrayList<>();
            try {
                for (int p = 0; p < 2; p++) {
                    processes.add(cabletag.formats.io.ChildJvm.start(List.of("-Xmx128m"), ExportLoopMain.class,
                            formatName, target.toString(), corpusA.toString(), corpusB.toString()));
                }
                // Both are racing in their export loops when the kills land.
                List<BufferedReader> outputs = new ArrayList<>();
                for (Process process : processes) {
                    BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    outputs.add(output);
                    cabletag.formats.io.ChildJvm.readLineStartingWith(output, "exported " + (3 + round));
                }
                for (Process process : processes) {
                    cabletag.formats.io.ChildJvm.kill(process);
                }
                for (BufferedReader output : outputs) {
                    output.close();
                }
            } finally {
                processes.forEach(Process::destroyForcibly);
            }

            List<String> notes = OutputSet.recover(folder);

            assertThat(outputs(folder, format)).as("round " + round + ", recovery: " + notes)
                    .satisfiesAnyOf(set -> assertThat(set).isEqualTo(a), set -> assertThat(set).isEqualTo(b));
            assertThat(bookkeeping(folder)).isEmpty();
        }
    }
}
