package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.CableChange;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import cabletag.workspace.WorkspaceChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved index: reopened, an unchanged corpus reads no cable; a changed cable (its file, or its stored
 * corrections) is read again, alone; a damaged file is named and the index built again, never used.
 */
class SavedIndexTest {

    @TempDir
    Path temp;

    private final List<Integer> reads = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private CorpusIndex build(Workspace workspace, Path file) {
        IntFunction<Document> counted = cable -> {
            reads.add(cable);
            return workspace.document(cable);
        };
        return WorkspaceIndex.build(workspace, counted, file, problems::add, f -> { });
    }

    private Workspace open(Path seeds) throws IOException {
        return Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null);
    }

    @Test
    void reopeningReadsOnlyChangedCablesAndDamagedFilesAreNamedAndRebuilt() throws IOException {
        Path seeds = SeedFindingsTest.copySeeds(temp.resolve("seeds"));
        Path file = WorkspaceIndex.location(temp.resolve("home"), List.of(seeds));
        assertThat(file.getParent()).isEqualTo(temp.resolve("home/consistency"));
        String first;
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(reads).isNotEmpty();
            first = index.entities().describe();
            WorkspaceIndex.save(workspace, index, file);
        }
        assertThat(file).exists();

        reads.clear();
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(reads).as("nothing changed: nothing read").isEmpty();
            assertThat(index.entities().describe()).isEqualTo(first);
            assertThat(index.findings(Set.of())).isEqualTo(build(workspace, temp.resolve("none.index")).findings(Set.of()));
        }

        // seed 000 gains one more untagged Rubaie
        Path seed000 = seeds.resolve(SeedFindingsTest.SEED_000);
        Files.writeString(seed000, "\nRubaie again.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(seed000, FileTime.fromMillis(Files.getLastModifiedTime(seed000).toMillis() + 5000));
        reads.clear();
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(reads).containsExactly(workspace.indexOf(SeedFindingsTest.SEED_000).orElseThrow());
            assertThat(index.findings(Set.of())).filteredOn(f -> f.key().equals("untagged:Rubaie"))
                    .singleElement().satisfies(f -> assertThat(f.texts().get(0).untagged()).isEqualTo(14));
            WorkspaceIndex.save(workspace, index, file);
            // then a correction changes the stored corrections of seed 004, which the saved index has not seen
            int cable = workspace.indexOf(SeedFindingsTest.SEED_004).orElseThrow();
            Document document = workspace.document(cable);
            Span misc = document.spans().stream()
                    .filter(s -> document.textOf(s).equals("Security Agreement") && s.label().equals(Label.MISC)).findFirst().orElseThrow();
            workspace.relabel(cable, misc, Label.ORG);
            workspace.save();
        }
        reads.clear();
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(reads).containsExactly(workspace.indexOf(SeedFindingsTest.SEED_004).orElseThrow());
            assertThat(index.findings(Set.of())).noneMatch(f -> f.key().equals("labels:security agreement"));
            WorkspaceIndex.save(workspace, index, file);
        }

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
        reads.clear();
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(problems).singleElement().asString()
                    .contains(file.toString()).contains("cannot be read").contains("built again");
            assertThat(reads).hasSizeGreaterThanOrEqualTo(2);
            assertThat(index.findings(Set.of())).isEqualTo(build(workspace, temp.resolve("none.index")).findings(Set.of()));
        }

        problems.clear();
        Files.write(file, new byte[] {0x43, 0x54, 0x43, 0x49, 0, 0, 0, 1, 0, 0});
        try (Workspace workspace = open(seeds)) {
            build(workspace, file);
            assertThat(problems).singleElement().asString().contains(file.toString()).contains("cut short");
        }
    }

    /**
     * A corpus-wide relabel on a reopened index rewrites the label bytes of the saved places (no cable read,
     * none decoded and kept) and leaves the index as a fresh build after the same relabel.
     */
    @Test
    void aRelabelOnAReopenedIndexEqualsAFreshBuildAfterIt() throws IOException {
        Path seeds = SeedFindingsTest.copySeeds(temp.resolve("seeds"));
        Path file = WorkspaceIndex.location(temp.resolve("home"), List.of(seeds));
        try (Workspace workspace = open(seeds)) {
            WorkspaceIndex.save(workspace, build(workspace, file), file);
        }
        reads.clear();
        try (Workspace workspace = open(seeds)) {
            CorpusIndex index = build(workspace, file);
            assertThat(reads).isEmpty();
            int cable = workspace.indexOf(SeedFindingsTest.SEED_004).orElseThrow();
            Document document = workspace.document(cable);
            List<Span> misc = document.spans().stream()
                    .filter(s -> document.textOf(s).equals("Security Agreement") && s.label().equals(Label.MISC)).toList();
            assertThat(misc).isNotEmpty();
            List<Span> org = misc.stream().map(s -> new Span(s.start(), s.end(), Label.ORG)).toList();
            index.apply(new WorkspaceChange(Set.of(cable), List.of(new CableChange(cable, misc, org))), slot -> slot, slot -> {
                throw new IllegalStateException("a relabel must not read a cable");
            });
            for (Span span : misc) {
                workspace.relabel(cable, span, Label.ORG);
            }
            CorpusIndex fresh = build(workspace, temp.resolve("none.index"));
            assertThat(index.entities().describe()).isEqualTo(fresh.entities().describe());
            assertThat(index.findings(Set.of())).isEqualTo(fresh.findings(Set.of()));
            assertThat(index.findings(Set.of())).noneMatch(f -> f.key().equals("labels:security agreement"));
        }
    }
}
