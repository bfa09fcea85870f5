package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import cabletag.formats.io.FolderTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random edit sessions on random tagged cables: whatever the analyst does, undoing everything gives
 * back the cable as read, redoing everything gives back the last state, every step leaves a valid
 * span set, and the store, reopened, holds exactly what the session ended with.
 */
class EditSequenceProperties {

    private static final String[] WORDS = {"Rubaie", "met", "Tehran", "al-Rubaie", "in", "Iraq", "GoI", "said", ",", "."};
    private static final Label[] LABELS = {Label.PER, Label.LOC, Label.ORG, Label.MISC};

    @Property(tries = 40)
    void undoAllRedoAllAndTheStoreAgree(@ForAll @IntRange(min = 0, max = 100_000) int seed) throws IOException {
        Random random = new Random(seed);
        Document cable = Docs.tagged("r.txt", randomCable(random));
        Path store = Files.createTempDirectory("cabletag-props");
        try {
            Workspace workspace = InMemoryCorpus.open(store, cable);
            List<SpanSet> states = new ArrayList<>();
            states.add(workspace.document(0).spans());
            for (int step = 0; step < 40; step++) {
                if (randomEdit(workspace, random)) {
                    SpanSet now = workspace.document(0).spans();
                    assertThat(SpanSet.of(new ArrayList<>(now))).isEqualTo(now); // still valid
                    states.add(now);
                }
            }
            SpanSet last = states.get(states.size() - 1);

            try (Workspace reopened = InMemoryCorpus.open(store, cable)) {
                assertThat(reopened.document(0).spans()).isEqualTo(last);
            }
            for (int i = states.size() - 2; i >= 0; i--) {
                workspace.undo();
                assertThat(workspace.document(0).spans()).isEqualTo(states.get(i));
            }
            assertThat(workspace.canUndo()).isFalse();
            for (int i = 1; i < states.size(); i++) {
                workspace.redo();
                assertThat(workspace.document(0).spans()).isEqualTo(states.get(i));
            }
            assertThat(workspace.isDirty()).isFalse();
            workspace.close();
            try (Workspace reopened = InMemoryCorpus.open(store, cable)) {
                assertThat(reopened.document(0).spans()).isEqualTo(last);
            }
        } finally {
            FolderTree.delete(store);
        }
    }

    private static String randomCable(Random random) {
        StringBuilder source = new StringBuilder();
        int words = 8 + random.nextInt(25);
        for (int i = 0; i < words; i++) {
            if (random.nextInt(4) == 0) {
                int length = 1 + random.nextInt(3);
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

    /** One random correction; true when it was made, false when the policy refused it. */
    private static boolean randomEdit(Workspace workspace, Random random) {
        Document document = workspace.document(0);
        List<Span> spans = document.spans();
        Label label = LABELS[random.nextInt(LABELS.length)];
        Span some = spans.isEmpty() ? null : spans.get(random.nextInt(spans.size()));
        int length = document.text().length();
        try {
            switch (random.nextInt(10)) {
                case 0 -> workspace.add(0, random.nextInt(length), Math.min(length, random.nextInt(length) + random.nextInt(8)), label);
                case 1 -> workspace.relabel(0, some, label);
                case 2 -> workspace.delete(0, some);
                case 3 -> workspace.growStart(0, some);
                case 4 -> workspace.growEnd(0, some);
                case 5 -> workspace.shrinkStart(0, some);
                case 6 -> workspace.shrinkEnd(0, some);
                case 7 -> workspace.split(0, some, some == null ? 0 : some.start() + random.nextInt(some.length()));
                case 8 -> workspace.merge(0, some, spans.isEmpty() ? null : spans.get(random.nextInt(spans.size())));
                default -> workspace.applyToAll(0, some, label, OccurrenceScope.CABLE);
            }
        } catch (EditRejectedException refused) {
            assertThat(workspace.document(0).spans()).isEqualTo(document.spans());
            return false;
        }
        return !workspace.document(0).spans().equals(document.spans());
    }
}
