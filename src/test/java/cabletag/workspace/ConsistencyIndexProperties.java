package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.workspace.consistency.CorpusIndex;
import cabletag.workspace.consistency.WorkspaceIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The consistency index kept current edit by edit (from the workspace's change events: relabels in place,
 * other changes by reading the one cable again, new entity texts looked for across the corpus) equals an
 * index built afresh from the cables as they end up, after any sequence of edits, undos and redos over
 * several cables, corpus-wide ones included.
 */
class ConsistencyIndexProperties {

    private static final String[] WORDS = {"Rubaie", "met", "Tehran", "al-Rubaie", "in", "Iraq", "GoI", "GOI", "said", ",", "Erbil"};
    private static final Label[] LABELS = {Label.PER, Label.LOC, Label.ORG, Label.MISC};

    @Property(tries = 25)
    void indexUpdatedByEventsEqualsOneBuiltAfresh(@ForAll @IntRange(min = 0, max = 100_000) int seed) throws IOException {
        Random random = new Random(seed);
        Document[] cables = new Document[3];
        for (int i = 0; i < cables.length; i++) {
            cables[i] = Docs.tagged("c" + i + ".txt", randomCable(random));
        }
        Path store = Files.createTempDirectory("cabletag-index-props");
        try {
            checkAgainstAFreshIndex(store, cables, random);
        } finally {
            try (var all = Files.walk(store)) { // jqwik has no @TempDir: each try's store goes when it ends
                for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void checkAgainstAFreshIndex(Path store, Document[] cables, Random random) throws IOException {
        Workspace workspace = InMemoryCorpus.open(store, cables);
        try {
            Path none = store.resolve("none.index");
            CorpusIndex live = WorkspaceIndex.build(workspace, none, p -> { }, f -> { });
            int[] slots = WorkspaceIndex.slots(workspace, live);
            workspace.addListener(change -> live.apply(change, cable -> slots[cable], slot -> workspace.document(slot)));
            for (int step = 0; step < 30; step++) {
                randomEdit(workspace, random);
                live.findings(Set.of()); // asked between edits, as the view does
            }
            CorpusIndex fresh = WorkspaceIndex.build(workspace, none, p -> { }, f -> { });
            assertThat(live.entities().describe()).isEqualTo(fresh.entities().describe());
            assertThat(live.findings(Set.of())).isEqualTo(fresh.findings(Set.of()));
        } finally {
            workspace.close();
        }
    }

    private static String randomCable(Random random) {
        StringBuilder source = new StringBuilder();
        int words = 8 + random.nextInt(25);
        for (int i = 0; i < words; i++) {
            if (random.nextInt(4) == 0) {
                int length = 1 + random.nextInt(2);
                source.append('[').append(LABELS[random.nextInt(LABELS.length)]).append(' ');
                for (int w = 0; w < length; w++) {
                    source.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < length ? " " : "");
                }
                source.append("  ] ");
                i += length - 1;
            } else {
                source.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
        }
        return source.toString().strip();
    }

    private static void randomEdit(Workspace workspace, Random random) {
        int cable = random.nextInt(workspace.size());
        Document document = workspace.document(cable);
        List<Span> spans = document.spans();
        Label label = LABELS[random.nextInt(LABELS.length)];
        Span some = spans.isEmpty() ? null : spans.get(random.nextInt(spans.size()));
        int length = document.text().length();
        try {
            switch (random.nextInt(11)) {
                case 0 -> workspace.add(cable, random.nextInt(length), Math.min(length, random.nextInt(length) + random.nextInt(8)), label);
                case 1, 2 -> workspace.relabel(cable, some, label);
                case 3 -> workspace.delete(cable, some);
                case 4 -> workspace.growEnd(cable, some);
                case 5 -> workspace.split(cable, some, some == null ? 0 : some.start() + random.nextInt(some.length()));
                case 6 -> workspace.applyToAll(cable, some, label, OccurrenceScope.CORPUS);
                case 7 -> workspace.deleteOccurrences(cable, some, OccurrenceScope.CORPUS);
                case 8 -> {
                    if (workspace.canUndo()) {
                        workspace.undo();
                    }
                }
                case 9 -> {
                    if (workspace.canRedo()) {
                        workspace.redo();
                    }
                }
                default -> workspace.relabelSpans(cable, spans, label);
            }
        } catch (EditRejectedException | IllegalArgumentException | NullPointerException refused) {
            // refused by the policy or nothing selected: no change, no event
        }
    }
}
