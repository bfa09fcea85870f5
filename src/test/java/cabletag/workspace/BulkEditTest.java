package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk edits on seed 004, whose seven {@code ( [ORG S  ] )} classification markers are the typical case:
 * delete them all in one step; preview "apply to all" so that what the analyst deleted stays deleted and
 * the {@code S} of the banner's {@code S E C R E T} is not tagged unasked; relabel or delete a list.
 */
class BulkEditTest {

    @TempDir
    Path temp;

    private Workspace openSeeds(Path home) throws IOException {
        Path seeds = temp.resolve("seeds");
        if (!seeds.toFile().exists()) {
            SeedCorrectionTest.copySeeds(seeds);
        }
        return Workspace.open(List.of(seeds), new StoreLocation(home), null);
    }

    private static List<Span> markers(Document document) {
        return document.spans().stream()
                .filter(span -> span.label().equals(Label.ORG) && document.textOf(span).equals("S")).toList();
    }

    @Test
    void deleteOccurrencesTakesTheSevenMarkersInOneUndoableStep() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            Document before = workspace.document(cable);
            List<Span> seven = markers(before);
            assertThat(seven).hasSize(7);
            List<WorkspaceChange> events = new ArrayList<>();
            workspace.addListener(events::add);

            Selection after = workspace.deleteOccurrences(cable, seven.get(2), OccurrenceScope.CABLE);

            Document deleted = workspace.document(cable);
            assertThat(markers(deleted)).isEmpty();
            assertThat(deleted.spans()).hasSize(before.spans().size() - 7);
            assertThat(after.span()).isNull();
            assertThat(after.anchor()).isEqualTo(seven.get(2).start());
            assertThat(workspace.undoDescription()).isEqualTo("Delete 7 × S (ORG) in this cable");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).changesOf(cable)).hasSize(1);
            assertThat(events.get(0).changesOf(cable).get(0).removed()).containsExactlyElementsOf(seven);

            workspace.undo();
            assertThat(workspace.document(cable).spans()).isEqualTo(before.spans());
            assertThat(workspace.canUndo()).isFalse();
        }
    }

    @Test
    void deleteOccurrencesAcrossTheCorpusNamesTheCables() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            Span marker = markers(workspace.document(cable)).get(0);
            int count = 0;
            int cables = 0;
            for (int i = 0; i < workspace.size(); i++) {
                count += markers(workspace.document(i)).size();
                cables += markers(workspace.document(i)).isEmpty() ? 0 : 1;
            }

            workspace.deleteOccurrences(cable, marker, OccurrenceScope.CORPUS);

            for (int i = 0; i < workspace.size(); i++) {
                assertThat(markers(workspace.document(i))).isEmpty();
            }
            assertThat(workspace.undoDescription())
                    .isEqualTo("Delete " + count + " × S (ORG) in " + cables + " cable" + (cables == 1 ? "" : "s"));
            workspace.undo();
            int after = 0;
            for (int i = 0; i < workspace.size(); i++) {
                after += markers(workspace.document(i)).size();
            }
            assertThat(after).isEqualTo(count);
            assertThat(workspace.canUndo()).isFalse();
        }
    }

    @Test
    void theBannerLettersAreSeparateTokensSoOnlyTheSpacedOutRuleKeepsThemUnchecked() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            Document document = workspace.document(cable);
            assertThat(document.text()).startsWith("S E C R E T");
            // the tokens fall letter by letter: "S" at 0 is a whole-token match
            assertThat(workspace.find(cable, "S", false, true)).extracting(TextMatch::start).contains(0);
            Span marker = markers(document).get(0);

            OccurrencePlan plan = workspace.planApplyToAll(cable, marker, Label.MISC, OccurrenceScope.CABLE);

            Occurrence banner = plan.occurrences().stream().filter(o -> o.wanted().start() == 0).findFirst().orElseThrow();
            assertThat(banner.existing()).isNull();
            assertThat(banner.doubtful()).isTrue();
            assertThat(banner.reason()).isEqualTo("one letter of the spaced-out word “S E C R E T”");
            assertThat(banner.context()).startsWith("⟦S⟧ E C R E T SECTION");
            // the seven markers would be relabelled, and they are what the preview checks
            assertThat(plan.suggested()).extracting(Occurrence::existing).containsExactlyElementsOf(markers(document));
            // an S inside a longer word is listed, unchecked
            assertThat(plan.occurrences()).anySatisfy(o -> {
                assertThat(o.reason()).isEqualTo("inside the word “SECTION”");
                assertThat(o.doubtful()).isTrue();
            });
            assertThat(document.spans()).isEqualTo(workspace.document(cable).spans()); // planning changes nothing
            assertThat(workspace.canUndo()).isFalse();
        }
    }

    /**
     * A tagged cable's tokens are cut at white space: {@code [LOC Tehran  ].} is the token "Tehran.". A on that entity
     * took "Tehran." as the text to tag, listed the tagged "Tehran"s as untagged, and Enter added "Tehran." entities over
     * them (8,675 across a corpus with Shift+A); found from outside.
     */
    @Test
    void anEntityBeforePunctuationGivesItsOwnTextAndEveryTehranBesidePunctuationIsAWord() throws IOException {
        Path corpus = java.nio.file.Files.createDirectories(temp.resolve("punct"));
        java.nio.file.Files.writeString(corpus.resolve("t.txt"), "Rubaie visited [LOC Tehran  ]. Later [LOC Tehran  ] replied.\n"
                + "The envoy left [LOC Tehran  ].\n(Tehran), said he; Tehran-based, Iranian U.S.\n");
        try (Workspace workspace = Workspace.open(List.of(corpus), new StoreLocation(temp.resolve("home")), null)) {
            String text = workspace.document(0).text();
            List<Span> tagged = List.copyOf(workspace.document(0).spans().stream().toList());
            assertThat(tagged).extracting(span -> text.substring(span.start(), span.end())).containsOnly("Tehran");
            // as LOC, only the one not tagged yet: the three tagged are no "untagged" places
            assertThat(workspace.planApplyToAll(0, tagged.get(0), Label.LOC, OccurrenceScope.CABLE).suggested())
                    .extracting(o -> o.existing() == null ? "untagged " + o.wanted().start() : "tagged").containsExactly(
                            "untagged " + (text.indexOf("(Tehran)") + 1));
            Span first = workspace.relabel(0, tagged.get(0), Label.ORG).span();

            OccurrencePlan plan = workspace.planApplyToAll(0, first, Label.ORG, OccurrenceScope.CABLE);

            assertThat(plan.needle()).isEqualTo("Tehran");
            assertThat(plan.suggested()).extracting(o -> o.wanted().start()).containsExactly(tagged.get(1).start(),
                    tagged.get(2).start(), text.indexOf("(Tehran)") + 1);
            assertThat(plan.occurrences()).filteredOn(Occurrence::doubtful).extracting(Occurrence::reason)
                    .containsExactly("inside the word “Tehran-based,”");
            workspace.applyOccurrences(plan, plan.suggested());
            assertThat(workspace.document(0).spans().stream().map(span -> span.label() + " " + text.substring(span.start(), span.end())))
                    .containsExactly("ORG Tehran", "ORG Tehran", "ORG Tehran", "ORG Tehran");
            // "S" in "U.S." and "Iran" in "Iranian" stay parts of words
            assertThat(workspace.find(0, "S", false, true)).isEmpty();
            assertThat(workspace.find(0, "Iran", false, true)).isEmpty();
        }
    }

    @Test
    void anOccurrenceTheAnalystDeletedIsListedUncheckedAndStaysDeleted() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            List<Span> seven = markers(workspace.document(cable));
            workspace.delete(cable, seven.get(1));
            Span first = workspace.relabel(cable, seven.get(0), Label.MISC).span();

            OccurrencePlan plan = workspace.planApplyToAll(cable, first, Label.MISC, OccurrenceScope.CABLE);

            Occurrence deleted = plan.occurrences().stream()
                    .filter(o -> o.wanted().start() == seven.get(1).start()).findFirst().orElseThrow();
            assertThat(deleted.doubtful()).isTrue();
            assertThat(deleted.reason()).isEqualTo("you deleted this one");
            assertThat(deleted.existing()).isNull();
            assertThat(plan.suggested()).extracting(Occurrence::existing).containsExactlyElementsOf(seven.subList(2, 7));

            workspace.applyOccurrences(plan, plan.suggested());

            Document after = workspace.document(cable);
            assertThat(after.spans().atRange(seven.get(1).start(), seven.get(1).end())).isEmpty();
            assertThat(after.spans().atRange(0, 1)).isEmpty();
            for (Span marker : seven.subList(2, 7)) {
                assertThat(after.spans().atRange(marker.start(), marker.end())).contains(new Span(marker.start(), marker.end(), Label.MISC));
            }
            assertThat(workspace.undoDescription()).startsWith("Tag 5 occurrences of “S” as MISC (");
            workspace.undo();
            assertThat(markers(workspace.document(cable))).containsExactlyElementsOf(seven.subList(2, 7));
        }
    }

    @Test
    void aCorrectionFromTheStoreCountsAsTheAnalystsToo() throws IOException {
        Path home = temp.resolve("home");
        Span gone;
        try (Workspace workspace = openSeeds(home)) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            gone = markers(workspace.document(cable)).get(3);
            workspace.delete(cable, gone);
        }
        try (Workspace reopened = openSeeds(home)) {
            int cable = reopened.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            Span marker = markers(reopened.document(cable)).get(0);
            OccurrencePlan plan = reopened.planApplyToAll(cable, marker, Label.ORG, OccurrenceScope.CABLE);
            assertThat(plan.occurrences()).filteredOn(o -> o.wanted().start() == gone.start())
                    .singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("you deleted this one"));
        }
    }

    @Test
    void aStalePlanIsRefusedAndAnEmptyChoiceChangesNothing() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            List<Span> seven = markers(workspace.document(cable));
            OccurrencePlan plan = workspace.planApplyToAll(cable, seven.get(0), Label.LOC, OccurrenceScope.CABLE);
            assertThatThrownBy(() -> workspace.applyOccurrences(plan, List.of()))
                    .isInstanceOf(EditRejectedException.class).hasMessageContaining("nothing changed");
            workspace.delete(cable, seven.get(6));
            assertThatThrownBy(() -> workspace.applyOccurrences(plan, plan.suggested()))
                    .isInstanceOf(EditRejectedException.class).hasMessageContaining("changed since this preview");
            assertThat(workspace.undoDescription()).startsWith("Delete");
        }
    }

    @Test
    void aListOfEntitiesIsRelabelledOrDeletedAsOneStep() throws IOException {
        try (Workspace workspace = openSeeds(temp.resolve("home"))) {
            int cable = workspace.indexOf(SeedCorrectionTest.SEED_004).orElseThrow();
            Document before = workspace.document(cable);
            List<Span> three = List.of(before.spans().get(5), before.spans().get(1), before.spans().get(9));

            workspace.relabelSpans(cable, three, Label.MISC);
            for (Span span : three) {
                assertThat(workspace.document(cable).spans().atRange(span.start(), span.end()))
                        .contains(new Span(span.start(), span.end(), Label.MISC));
            }
            assertThat(workspace.undoDescription()).matches("Relabel [123] entit(y|ies) as MISC");
            workspace.undo();
            assertThat(workspace.document(cable).spans()).isEqualTo(before.spans());

            workspace.deleteSpans(cable, three);
            assertThat(workspace.document(cable).spans()).hasSize(before.spans().size() - 3).doesNotContainAnyElementsOf(three);
            assertThat(workspace.undoDescription()).isEqualTo("Delete 3 entities");
            workspace.undo();
            assertThat(workspace.document(cable).spans()).isEqualTo(before.spans());
            assertThat(workspace.canUndo()).isFalse();
        }
    }
}
