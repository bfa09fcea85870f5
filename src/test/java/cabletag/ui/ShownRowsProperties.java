package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.workspace.CableEntry;
import cabletag.workspace.ReviewStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The corpus table's rows against the plainest rule (filter the corpus, sort a copy), after random listing
 * batches, reader batches, filters and sorts; and the changes the table hears, played on a copy of the
 * rows, give the same rows (the table keeps its cells and selection by them).
 */
class ShownRowsProperties {

    @Property(tries = 200)
    void theShownRowsAreTheFilteredCorpusInTheChosenOrderAndTheChangesSayHowTheyGotThere(@ForAll long seed) {
        Random random = new Random(seed);
        CableRows corpus = new CableRows();
        ShownRows shown = new ShownRows(corpus);
        List<CableEntry> mirror = new ArrayList<>();
        shown.addListener((ListChangeListener<CableEntry>) change -> play(change, mirror));
        Predicate<CableEntry> filter = null;
        Comparator<CableEntry> order = null;
        for (int step = 0; step < 30; step++) {
            switch (random.nextInt(5)) {
                case 0 -> corpus.append(batch(corpus.size(), 1 + random.nextInt(20), random));
                case 1 -> corpus.replace(reread(corpus, random));
                case 2 -> {
                    filter = random.nextBoolean() ? null : filterOf(random.nextInt(4));
                    shown.setFilter(filter);
                }
                case 3 -> {
                    order = random.nextBoolean() ? null : orderOf(random.nextInt(3), random.nextBoolean());
                    shown.setOrder(order);
                }
                default -> corpus.setAll(batch(0, random.nextInt(15), random));
            }
            List<CableEntry> expected = new ArrayList<>(corpus.stream().filter(filter == null ? e -> true : filter).toList());
            if (order != null) {
                expected.sort(order);
            }
            assertThat(shown).as("seed %d step %d", seed, step).containsExactlyElementsOf(expected);
            assertThat(mirror).as("the changes played, seed %d step %d", seed, step).containsExactlyElementsOf(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(shown.positionOf(expected.get(i).index())).isEqualTo(i);
                assertThat(shown.cableAt(i)).isEqualTo(expected.get(i).index());
            }
            // where next and previous cable go from a cable the filter hides: the shown rows that come before it
            Comparator<CableEntry> placed = order == null ? Comparator.comparingInt(CableEntry::index) : order;
            for (CableEntry row : corpus) {
                long before = expected.stream().filter(e -> placed.compare(e, row) < 0).count();
                assertThat(shown.countBefore(row.index())).as("seed %d step %d row %d", seed, step, row.index()).isEqualTo((int) before);
            }
        }
    }

    private static void play(ListChangeListener.Change<? extends CableEntry> change, List<CableEntry> mirror) {
        while (change.next()) {
            if (change.wasUpdated()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    mirror.set(i, change.getList().get(i)); // an updated row: the table reads it again
                }
            } else if (change.wasPermutated()) {
                List<CableEntry> before = new ArrayList<>(mirror.subList(change.getFrom(), change.getTo()));
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    mirror.set(change.getPermutation(i), before.get(i - change.getFrom()));
                }
            } else {
                if (change.wasRemoved()) {
                    mirror.subList(change.getFrom(), change.getFrom() + change.getRemovedSize()).clear();
                }
                if (change.wasAdded()) {
                    mirror.addAll(change.getFrom(), change.getAddedSubList());
                }
            }
        }
    }

    private static List<CableEntry> batch(int from, int count, Random random) {
        List<CableEntry> batch = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            batch.add(new CableEntry(i, "c" + random.nextInt(30), random.nextBoolean() ? -1 : random.nextInt(5), 0,
                    ReviewStatus.values()[random.nextInt(3)]));
        }
        return batch;
    }

    /** A reader batch: some rows get their counts, some another status. */
    private static Map<Integer, CableEntry> reread(CableRows corpus, Random random) {
        Map<Integer, CableEntry> changed = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            if (random.nextInt(3) == 0) {
                CableEntry e = corpus.get(i);
                changed.put(i, new CableEntry(i, e.name(), random.nextInt(5), e.problemCount(),
                        random.nextInt(4) == 0 ? ReviewStatus.values()[random.nextInt(3)] : e.status()));
            }
        }
        return changed;
    }

    private static Predicate<CableEntry> filterOf(int kind) {
        return switch (kind) {
            case 0 -> e -> e.name().contains("1");
            case 1 -> e -> e.status() == ReviewStatus.NEW;
            case 2 -> e -> e.entityCount() > 1;
            default -> e -> e.entityCount() < 0;
        };
    }

    private static Comparator<CableEntry> orderOf(int kind, boolean descending) {
        Comparator<CableEntry> key = switch (kind) {
            case 0 -> Comparator.comparing(CableEntry::name);
            case 1 -> Comparator.comparingInt(CableEntry::entityCount);
            default -> Comparator.comparing(CableEntry::status);
        };
        return (descending ? key.reversed() : key).thenComparingInt(CableEntry::index);
    }
}
