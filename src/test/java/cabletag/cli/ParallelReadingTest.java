package cabletag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading on every core changes nothing a user can see: for a corpus with problems (a binary file, a
 * dataset with a bad line), stored corrections (one of them damaged) and a split, the files written
 * and the lines printed are byte for byte those of reading one file after another.
 */
class ParallelReadingTest extends WithTemporaryStore {

    Path corpus;

    @BeforeEach
    void corpusWithProblemsAndCorrections() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        List<Path> seedFiles;
        try (Stream<Path> files = Files.list(seeds)) {
            seedFiles = files.sorted().toList();
        }
        for (int i = 0; i < 120; i++) {
            Path folder = Files.createDirectories(corpus.resolve("d" + (i % 7)));
            Files.copy(seedFiles.get(i % seedFiles.size()), folder.resolve(String.format("c%03d.txt", i)));
        }
        Files.write(corpus.resolve("d3/binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5});
        Files.writeString(corpus.resolve("d4/data.jsonl"), """
                {"id": "x1", "text": "Rubaie met Tehran officials .", "spans": [{"start": 0, "end": 6, "label": "PER"}]}
                {"id": "x2", "text": "not closed
                {"id": "x3", "text": "Erbil .", "spans": [{"start": 0, "end": 5, "label": "LOC"}]}
                """);
        try (Workspace workspace = Workspace.open(List.of(corpus), StoreLocation.defaultLocation(), null)) {
            for (int cable = 0; cable < workspace.size(); cable += 9) {
                if (!workspace.document(cable).spans().isEmpty()) {
                    Span first = workspace.document(cable).spans().get(0);
                    workspace.relabel(cable, first, first.label().equals(Label.LOC) ? Label.ORG : Label.LOC);
                    workspace.setStatus(cable, cabletag.workspace.ReviewStatus.REVIEWED);
                }
            }
        }
        try (Stream<Path> stored = Files.list(dir.resolve("home/store/cables"))) {
            Files.writeString(stored.sorted().findFirst().orElseThrow(), "{\"version\": 3, \"path\": "); // damaged
        }
    }

    private java.time.Duration[] progressTiming;

    /** Progress lines come by the clock, not by the input: a slow run shows some, a fast one none. */
    @BeforeEach
    void noProgressLines() {
        progressTiming = CommandSupport.ProgressLine.timing(java.time.Duration.ofDays(1), java.time.Duration.ofDays(1));
    }

    @AfterEach
    void restore() {
        System.clearProperty(ReadAhead.THREADS_PROPERTY);
        CommandSupport.ProgressLine.timing(progressTiming[0], progressTiming[1]);
    }

    private Map<String, String> export(String threads, String format, String... options) throws IOException {
        System.setProperty(ReadAhead.THREADS_PROPERTY, threads);
        Path out = Files.createDirectories(dir.resolve("out-" + threads + "-" + format));
        boolean folder = format.equals("brat") || format.equals("inline");
        String target = folder ? out.resolve(format).toString() : out.resolve("data." + format).toString();
        List<String> args = new java.util.ArrayList<>(List.of("export", "-f", format, "-o", target));
        args.addAll(List.of(options));
        args.add(corpus.toString());
        CliTest.Result result = CliTest.run(args.toArray(String[]::new));
        Map<String, String> seen = new TreeMap<>();
        seen.put("exit", String.valueOf(result.code()));
        seen.put("stderr", result.err());
        seen.put("stdout", result.out().replace(out.toString(), "OUT"));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                seen.put(out.relativize(file).toString(), Files.readString(file));
            }
        }
        return seen;
    }

    @Test
    void everyFormatWithASplitIsTheSameSequentiallyAndOnFourThreads() throws IOException {
        for (String format : List.of("jsonl", "conll", "hf", "doccano", "brat", "inline")) {
            Map<String, String> sequential = export("0", format, "--split", "80/10/10", "--seed", "3");
            Map<String, String> parallel = export("4", format, "--split", "80/10/10", "--seed", "3");
            assertThat(parallel).as(format).isEqualTo(sequential);
            assertThat(parallel.keySet()).as(format + ": three parts written").hasSizeGreaterThanOrEqualTo(6);
            assertThat(sequential.get("exit")).as("problems were met: exit 1").isEqualTo("1");
            assertThat(sequential.get("stderr")).contains("binary.txt", "data.jsonl:2", "cannot be read");
        }
        Map<String, String> reviewedSequential = export("0", "jsonl", "--reviewed-only");
        assertThat(export("4", "jsonl", "--reviewed-only")).isEqualTo(reviewedSequential);
    }

    @Test
    void withoutASplitAndWithLabelsMappedEveryFormatIsTheSameOnOneAndOnThreeThreads() throws IOException {
        for (String format : List.of("jsonl", "conll", "hf", "doccano")) {
            Map<String, String> sequential = export("0", format, "--map", "LOC=PLACE", "--drop", "MISC", "--scheme", "bioes");
            Map<String, String> one = export("1", format, "--map", "LOC=PLACE", "--drop", "MISC", "--scheme", "bioes");
            Map<String, String> three = export("3", format, "--map", "LOC=PLACE", "--drop", "MISC", "--scheme", "bioes");
            assertThat(one).as(format).isEqualTo(sequential);
            assertThat(three).as(format).isEqualTo(sequential);
            String labelsIn = format.equals("hf") ? "data.labels.json" : "data." + format; // hf writes tag numbers
            assertThat(sequential.get(labelsIn)).as(format).contains("PLACE").doesNotContain("MISC");
        }
    }

    @Test
    void statsAndCheckAreTheSameSequentiallyAndOnFourThreads() {
        for (List<String> command : List.of(List.of("stats"), List.of("stats", "--json"), List.of("check"),
                List.of("check", "--notes"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add(corpus.toString());
            System.setProperty(ReadAhead.THREADS_PROPERTY, "0");
            CliTest.Result sequential = CliTest.run(args.toArray(String[]::new));
            System.setProperty(ReadAhead.THREADS_PROPERTY, "4");
            CliTest.Result parallel = CliTest.run(args.toArray(String[]::new));
            assertThat(parallel).as(command.toString()).isEqualTo(sequential);
            assertThat(sequential.code()).isEqualTo(1);
        }
    }
}
