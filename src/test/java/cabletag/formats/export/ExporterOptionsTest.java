package cabletag.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterOptionsTest {

    @TempDir
    Path out;

    private final List<Document> seeds = ExportTestSupport.seedDocuments();

    @Test
    void labelFilterAndMappingDropAndRename() throws IOException {
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL)
                .withLabels(LabelMapping.parse(null, List.of("MISC"), List.of("PER=PERSON")));
        ExportSummary summary = ExportTestSupport.export(options, seeds, out.resolve("m.jsonl"));
        assertThat(summary.entitiesByLabel()).containsOnlyKeys("PERSON", "LOC", "ORG").containsEntry("PERSON", 42L);
        String written = Files.readString(out.resolve("m.jsonl"));
        assertThat(written).contains("\"label\":\"PERSON\"").doesNotContain("\"MISC\"").doesNotContain("\"label\":\"PER\"");
    }

    @Test
    void keepOnlyKeepsTheNamedLabels() throws IOException {
        ExportOptions options = ExportOptions.of(ExportFormat.CONLL).withLabels(LabelMapping.parse(List.of("LOC"), null, null));
        ExportSummary summary = ExportTestSupport.export(options, seeds, out.resolve("loc.conll"));
        assertThat(summary.entitiesByLabel()).containsOnlyKeys("LOC");
        assertThat(Files.readString(out.resolve("loc.conll"))).doesNotContain("-PER").contains("B-LOC");
    }

    @Test
    void labelOptionsThatCanOnlyLoseEntitiesAreRefusedAndALabelNoCableHasIsNoted() throws IOException {
        // each of these once exported the cables with no entity at all, or with an arbitrary one of two names
        assertThatThrownBy(() -> LabelMapping.parse(List.of(""), null, null)).hasMessageContaining("--labels names no label");
        assertThatThrownBy(() -> LabelMapping.parse(List.of(" , "), null, null)).hasMessageContaining("--labels names no label");
        // what picocli makes of "--labels ,": an option given, with nothing in it
        assertThatThrownBy(() -> LabelMapping.parse(List.of(), null, null)).hasMessageContaining("--labels names no label");
        assertThatThrownBy(() -> LabelMapping.parse(null, List.of(), null)).hasMessageContaining("--drop names no label");
        assertThatThrownBy(() -> LabelMapping.parse(null, List.of(" , "), null)).hasMessageContaining("--drop names no label");
        assertThatThrownBy(() -> LabelMapping.parse(null, null, List.of())).hasMessageContaining("--map names no label");
        assertThatThrownBy(() -> LabelMapping.parse(null, null, List.of(" ,"))).hasMessageContaining("--map names no label");
        assertThatCode(() -> LabelMapping.parse(null, null, List.of("PER=PERSON,"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> LabelMapping.parse(List.of("PER"), List.of("PER"), null))
                .hasMessageContaining("PER is both kept (--labels) and dropped (--drop)");
        assertThatThrownBy(() -> LabelMapping.parse(null, null, List.of("PER=X,PER=Y")))
                .hasMessageContaining("PER is renamed twice (PER=X and PER=Y)");
        assertThatCode(() -> LabelMapping.parse(null, null, List.of("PER=X", "PER=X"))).doesNotThrowAnyException();

        ExportOptions options = ExportOptions.of(ExportFormat.JSONL)
                .withLabels(LabelMapping.parse(List.of("PER", "NOPE"), List.of("GPE"), List.of("PERS=PERSON")));
        ExportSummary summary = ExportTestSupport.export(options, seeds, out.resolve("n.jsonl"));
        assertThat(summary.entitiesByLabel()).containsOnlyKeys("PER");
        assertThat(summary.problems()).containsExactly(
                "note: the label options name GPE, which no cable read has; check the spelling (cabletag stats lists the cables' labels)",
                "note: the label options name NOPE, which no cable read has; check the spelling (cabletag stats lists the cables' labels)",
                "note: the label options name PERS, which no cable read has; check the spelling (cabletag stats lists the cables' labels)");
        assertThat(summary.describe()).doesNotContain(" problem"); // notes: the export did what was asked
    }

    @Test
    void splitIsDeterministicPerCableAndNeverSplitsOne() throws IOException {
        List<Document> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Document seed = seeds.get(i % 2);
            many.add(new Document(seed.id() + "-" + i, seed.source(), seed.text(), seed.spans(), seed.metadata(), seed.diagnostics()));
        }
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL).withSplit(SplitRatios.parse("70/15/15", 7));
        for (String folder : List.of("a", "b", "c")) {
            Files.createDirectories(out.resolve(folder)); // an export makes no folder for its target
        }
        ExportSummary first = ExportTestSupport.export(options, many, out.resolve("a/out.jsonl"));
        ExportSummary second = ExportTestSupport.export(options, many, out.resolve("b/out.jsonl"));
        List<String> ids = new ArrayList<>();
        for (String part : List.of("train", "dev", "test")) {
            Path a = out.resolve("a/out." + part + ".jsonl");
            assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(out.resolve("b/out." + part + ".jsonl")));
            for (String line : Files.readAllLines(a)) {
                ids.add(new ObjectMapper().readTree(line).get("id").asText());
            }
        }
        assertThat(ids).hasSize(60).doesNotHaveDuplicates(); // each cable whole, in exactly one part
        assertThat(first.cablesByPart()).isEqualTo(second.cablesByPart());
        assertThat(first.cablesByPart().get("train")).isBetween(30L, 55L);
        ExportSummary otherSeed = ExportTestSupport.export(options.withSplit(SplitRatios.parse("70/15/15", 8)), many, out.resolve("c/out.jsonl"));
        assertThat(Files.readString(out.resolve("c/out.train.jsonl"))).isNotEqualTo(Files.readString(out.resolve("a/out.train.jsonl")));
        assertThat(otherSeed.cables()).isEqualTo(60);
    }

    @Test
    void splitOfAFolderFormatUsesSubfolders() throws IOException {
        ExportOptions options = ExportOptions.of(ExportFormat.BRAT).withSplit(SplitRatios.parse("1/0/0", 1));
        ExportTestSupport.export(options, seeds, out.resolve("brat"));
        assertThat(out.resolve("brat/train/" + ExportTestSupport.TAGGED_SEED.replace(".txt", ".ann"))).exists();
        assertThat(out.resolve("brat/annotation.conf")).exists();
    }

    @Test
    void scopeFilterLeavesCablesOut() throws IOException {
        ExportOptions options = ExportOptions.of(ExportFormat.JSONL).withScope(d -> d.id().startsWith("004"));
        ExportSummary summary = ExportTestSupport.export(options, seeds, out.resolve("one.jsonl"));
        assertThat(summary.cables()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(Files.readAllLines(out.resolve("one.jsonl"))).hasSize(1);
    }

    @Test
    void cancelWritesNothingAndLeavesNoStaging() throws IOException {
        Path target = out.resolve("c.jsonl");
        int[] polls = {0};
        ExportSummary summary = new Exporter(ExportOptions.of(ExportFormat.JSONL)).export(ExportSource.of(seeds),
                ExportTarget.path(target), ExportProgress.NONE, () -> ++polls[0] > 1);
        assertThat(summary.cancelled()).isTrue();
        try (Stream<Path> files = Files.list(out)) {
            // nothing but the folder's lock file, which stays for the next export (OutputSet.LOCK_FILE)
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(cabletag.formats.io.OutputSet.LOCK_FILE);
        }
    }

    @Test
    void progressIsReportedPerCable() throws IOException {
        List<String> seen = new ArrayList<>();
        new Exporter(ExportOptions.of(ExportFormat.CONLL)).export(ExportSource.of(seeds), ExportTarget.path(out.resolve("p.conll")),
                (done, total, current) -> seen.add(done + "/" + total + " " + current), () -> false);
        assertThat(seen).containsExactly("1/2 " + ExportTestSupport.PLAIN_SEED, "2/2 " + ExportTestSupport.TAGGED_SEED);
    }

    @Test
    void anExistingTargetIsReplacedAtomicallyButAnInputNever() throws IOException {
        Path target = out.resolve("t.jsonl");
        Files.writeString(target, "old");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), seeds, target);
        assertThat(Files.readString(target)).startsWith("{\"id\"");

        Path input = out.resolve("input.jsonl");
        Files.writeString(input, "precious");
        ExportOptions guarded = ExportOptions.of(ExportFormat.JSONL).withProtectedPaths(Set.of(input));
        assertThatThrownBy(() -> ExportTestSupport.export(guarded, seeds, input)).hasMessageContaining("refusing to overwrite input");
        assertThat(Files.readString(input)).isEqualTo("precious");
    }

    @Test
    void anInlineExportIntoTheInputFolderIsRefused() throws IOException {
        Path corpus = Files.createDirectories(out.resolve("corpus"));
        Files.copy(ExportTestSupport.seeds().resolve(ExportTestSupport.TAGGED_SEED), corpus.resolve(ExportTestSupport.TAGGED_SEED));
        byte[] before = Files.readAllBytes(corpus.resolve(ExportTestSupport.TAGGED_SEED));
        List<Document> documents = ExportTestSupport.read(corpus);
        ExportOptions guarded = ExportOptions.of(ExportFormat.INLINE).withProtectedPaths(Set.of(corpus));
        assertThatThrownBy(() -> ExportTestSupport.export(guarded, documents, corpus)).hasMessageContaining("refusing to overwrite input");
        assertThat(Files.readAllBytes(corpus.resolve(ExportTestSupport.TAGGED_SEED))).isEqualTo(before);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files).hasSize(1); // the staging folder is gone
        }
    }

    @Test
    void aStreamTargetGetsTheDataOnly() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ExportSummary summary = new Exporter(ExportOptions.of(ExportFormat.HF)).export(ExportSource.of(seeds),
                ExportTarget.stream(stream), ExportProgress.NONE, () -> false);
        String text = stream.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize((int) summary.sentences()).allSatisfy(line -> assertThat(line).startsWith("{\"id\""));
        assertThat(summary.files()).isEmpty();
    }

    @Test
    void flatFormatsCountNestedEntitiesTheyCannotCarry() throws IOException {
        Document seed = seeds.get(1);
        cabletag.core.Span outer = seed.spans().stream().filter(s -> seed.textOf(s).equals("Camp Ashraf")).findFirst().orElseThrow();
        Document nested = seed.withSpans(seed.spans().with(cabletag.core.Span.of(outer.start() + 5, outer.end(), "LOC")));
        ExportSummary conll = ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL), List.of(nested), out.resolve("n.conll"));
        ExportSummary jsonl = ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), List.of(nested), out.resolve("n.jsonl"));
        assertThat(conll.nestedDropped()).isEqualTo(1);
        assertThat(jsonl.nestedDropped()).isZero();
        assertThat(jsonl.entities()).isEqualTo(conll.entities() + 1);
        assertThat(conll.describe()).contains("1 nested entity not carried");
        assertThat(Map.copyOf(jsonl.entitiesByLabel()).get("LOC")).isEqualTo(conll.entitiesByLabel().get("LOC") + 1);
    }

    /** The window's exports go through here too: an empty scope still replaces the old file. */
    @Test
    void anEmptyExportWritesEmptyOutputsForEveryFormatAndPart() throws IOException {
        Path jsonl = Files.writeString(out.resolve("e.jsonl"), "old\n");
        ExportSummary summary = ExportTestSupport.export(ExportOptions.of(ExportFormat.JSONL), List.of(), jsonl);
        assertThat(summary.cables()).isZero();
        assertThat(summary.describe()).startsWith("0 cables");
        assertThat(summary.files()).containsExactly(jsonl);
        assertThat(Files.readString(jsonl)).isEmpty();

        Path hf = out.resolve("e.hf.jsonl");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.HF), List.of(), hf);
        assertThat(Files.readString(hf)).isEmpty();
        assertThat(Files.readString(out.resolve("e.hf.labels.json"))).isEqualTo("[\"O\"]\n");

        Path conll = out.resolve("s.conll");
        Files.writeString(out.resolve("s.test.conll"), "stale");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.CONLL).withSplit(SplitRatios.parse("1/0/0", 1)), seeds, conll);
        assertThat(Files.readString(out.resolve("s.train.conll"))).startsWith("-DOCSTART-");
        assertThat(Files.readString(out.resolve("s.dev.conll"))).isEmpty();
        assertThat(Files.readString(out.resolve("s.test.conll"))).isEmpty();
    }

    @Test
    void aFolderExportSwapsInTheWholeFolderAndLeavesNoStaging() throws IOException {
        Path folder = out.resolve("inline");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), seeds, folder);
        assertThat(folder.resolve(OutputStaging.FOLDER_MARKER)).exists();
        Files.writeString(folder.resolve("mine.txt"), "a file the user added");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), seeds.subList(0, 1), folder);
        try (Stream<Path> files = Files.list(folder)) {
            // the earlier export's other cable is gone; the user's file stays (FolderExportKeepsUsersFilesTest)
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(OutputStaging.FOLDER_MARKER, ExportTestSupport.PLAIN_SEED, "mine.txt");
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("inline", cabletag.formats.io.OutputSet.LOCK_FILE);
        }

        // The swapped-in folder has a new folder's permissions (not a temporary folder's owner-only ones),
        // and a replaced folder's permissions carry over.
        Path fresh = out.resolve("fresh");
        Files.createDirectories(out.resolve("probe"));
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), seeds, fresh);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(out.resolve("probe")));
        Set<java.nio.file.attribute.PosixFilePermission> shared = java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxr-x");
        Files.setPosixFilePermissions(folder, shared);
        ExportTestSupport.export(ExportOptions.of(ExportFormat.INLINE), seeds, folder);
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(shared);
    }

    @Test
    void aFolderExportNeverReplacesAFolderHoldingAnInput() throws IOException {
        Path folder = out.resolve("brat");
        ExportTestSupport.export(ExportOptions.of(ExportFormat.BRAT), seeds, folder);
        Path input = folder.resolve(ExportTestSupport.PLAIN_SEED.replace(".txt", ".ann"));
        ExportOptions guarded = ExportOptions.of(ExportFormat.BRAT).withProtectedPaths(Set.of(input));
        assertThatThrownBy(() -> ExportTestSupport.export(guarded, seeds, folder)).hasMessageContaining("refusing to overwrite input");
        assertThat(input).exists();
    }
}
