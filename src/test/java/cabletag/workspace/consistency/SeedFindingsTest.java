package cabletag.workspace.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Label;
import cabletag.core.consistency.Finding;
import cabletag.core.consistency.Place;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of finding on the two real seeds as shipped. */
class SeedFindingsTest {

    static final String SEED_000 = "000_cb2ef8ccb40cf302.txt";
    static final String SEED_004 = "004_139b5bbd77eb63a8.txt";

    @TempDir
    Path temp;

    private Workspace workspace;
    private CorpusIndex index;

    static Path copySeeds(Path target) throws IOException {
        Path seeds = Path.of(System.getProperty("cabletag.seeds", "seeds"));
        Files.createDirectories(target);
        try (var files = Files.list(seeds)) {
            for (Path seed : files.toList()) {
                Files.copy(seed, target.resolve(seed.getFileName()));
            }
        }
        return target;
    }

    @BeforeEach
    void open() throws IOException {
        Path seeds = copySeeds(temp.resolve("seeds"));
        workspace = Workspace.open(List.of(seeds), new StoreLocation(temp.resolve("home")), null);
        index = WorkspaceIndex.build(workspace, temp.resolve("home/consistency/x.index"), p -> { }, f -> { });
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    private Finding finding(String key) {
        return index.findings(Set.of()).stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + key + " in " + index.findings(Set.of())));
    }

    @Test
    void securityAgreementIsTaggedOrgInOnePlaceAndMiscInAnother() {
        Finding finding = finding("labels:security agreement");
        assertThat(finding.kind()).isEqualTo(Finding.Kind.LABELS);
        assertThat(finding.texts()).hasSize(1);
        assertThat(finding.texts().get(0).labels()).isEqualTo(Map.of(Label.ORG, 1, Label.MISC, 1));
        List<Place> places = index.places(finding);
        assertThat(places).hasSize(2).allMatch(p -> p.cableName().equals(SEED_004) && p.text().equals("Security Agreement"));
        assertThat(places).extracting(Place::label).containsExactly(Label.ORG, Label.MISC);
        String text = workspace.document(workspace.indexOf(SEED_004).orElseThrow()).text();
        assertThat(text.substring(places.get(0).start(), places.get(0).end())).isEqualTo("Security Agreement");
    }

    @Test
    void rubaieIsTaggedPerInSeed004AndUntaggedInSeed000OnWholeTokens() {
        Finding finding = finding("untagged:Rubaie");
        assertThat(finding.kind()).isEqualTo(Finding.Kind.UNTAGGED);
        List<Place> places = index.places(finding);
        List<Place> untagged = places.stream().filter(p -> !p.isTagged()).toList();
        // "Rubaie" stands alone 13 times in seed 000; "Al-Rubaie" and "RUBAIE" are other tokens
        assertThat(untagged).hasSize(13).allMatch(p -> p.cableName().equals(SEED_000));
        assertThat(places.stream().filter(Place::isTagged)).allMatch(p -> p.label().equals(Label.PER)).hasSize(22);
        String text = workspace.document(workspace.indexOf(SEED_000).orElseThrow()).text();
        for (Place place : untagged) {
            assertThat(text.substring(place.start(), place.end())).isEqualTo("Rubaie");
            assertThat(Character.isLetter(text.charAt(place.start() - 1))).isFalse();
        }
        assertThat(finding.occurrences()).isEqualTo(35);
        // Iran and Baghdad too
        assertThat(finding("untagged:Iran").texts().get(0).untagged()).isPositive();
        assertThat(finding("untagged:Baghdad").texts().get(0).untagged()).isPositive();
    }

    @Test
    void goiAndGoIAreOneNameInOtherCaseAndErbilIrbilOneNameSpelledTwoWays() {
        Finding goi = finding("case:goi");
        assertThat(goi.kind()).isEqualTo(Finding.Kind.VARIANTS);
        assertThat(goi.rawTexts()).containsExactlyInAnyOrder("GOI", "GoI");
        assertThat(goi.occurrences()).isEqualTo(11);

        Finding erbil = finding("spelling:erbil|irbil");
        assertThat(erbil.rawTexts()).containsExactlyInAnyOrder("Erbil", "Irbil");
        // labels side by side: the tagger made one a person and the other a place
        assertThat(erbil.texts()).anySatisfy(t -> assertThat(t.labels()).isEqualTo(Map.of(Label.PER, 2)));
        assertThat(erbil.texts()).anySatisfy(t -> assertThat(t.labels()).isEqualTo(Map.of(Label.LOC, 1)));
    }

    @Test
    void findingsComeMostOccurrencesFirstAndDismissedOnesAreLeftOut() {
        List<Finding> findings = index.findings(Set.of());
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).occurrences()).isLessThanOrEqualTo(findings.get(i - 1).occurrences());
        }
        assertThat(index.findings(Set.of("labels:security agreement")))
                .noneMatch(f -> f.key().equals("labels:security agreement"))
                .hasSize(findings.size() - 1);
    }
}
