package cabletag.ui;

import cabletag.workspace.CableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The rows the corpus table shows: the corpus rows the filter keeps, in the chosen order (corpus order when
 * none), kept as an array of row numbers. Filtering and sorting 250,000 rows is one pass and one sort of
 * that array (a FilteredList under a SortedList took seconds, and re-inserted the rows coming back one by
 * one); a reader batch that changes rows in place is told to the table as updated rows, and only rows that
 * leave, join or move are taken out and merged back in.
 *
 * <p>A row that stays where it is is told as an update ({@code wasUpdated}), not as a replacement: the table's
 * skin answers a replacement by emptying and refilling every row in view, which repainted the whole list after
 * each relabel that changed a count; an update makes it refill only the rows whose entry differs. The entry at
 * that position is the new one ({@link #get}); the table's selected items may still be the cable's earlier
 * entry, so code reading them takes only the cable's index and name, which never change.
 */
public final class ShownRows extends ObservableListBase<CableEntry> implements ListedCables {

    private final ObservableList<CableEntry> source;
    private Predicate<CableEntry> filter;
    private Comparator<CableEntry> order;
    /** Row numbers (corpus indexes) of the shown rows, in shown order; the first {@code size} count. */
    private int[] shown = new int[0];
    private int size;
    /** For each corpus row, where it is shown, -1 when the filter leaves it out. */
    private int[] where = new int[0];

    public ShownRows(ObservableList<CableEntry> source) {
        this.source = source;
        source.addListener((ListChangeListener<CableEntry>) this::sourceChanged);
        rebuild();
    }

    @Override
    public CableEntry get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return source.get(shown[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Where the corpus row {@code cable} is shown, -1 when it is not. */
    @Override
    public int positionOf(int cable) {
        return cable >= 0 && cable < where.length ? where[cable] : -1;
    }

    @Override
    public int cableAt(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException(position);
        }
        return shown[position];
    }

    /** A hidden row's place is found by halving: the shown rows are sorted by the order that places it. */
    @Override
    public int countBefore(int cable) {
        int position = positionOf(cable);
        if (position >= 0) {
            return position;
        }
        if (cable < 0 || cable >= source.size()) {
            return size;
        }
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(shown[middle], cable) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Keeps the rows {@code filter} accepts (null: all). */
    public void setFilter(Predicate<CableEntry> filter) {
        this.filter = filter;
        showAnew(new ArrayList<>(this));
    }

    /** Filters and sorts all rows anew, told as all rows removed ({@code before}) and all added. */
    private void showAnew(List<CableEntry> before) {
        rebuild();
        beginChange();
        try {
            if (!before.isEmpty()) {
                nextRemove(0, before);
            }
            if (size > 0) {
                nextAdd(0, size);
            }
        } finally {
            endChange();
        }
    }

    /** Shows the rows in {@code order} (null: corpus order), told to the table as a permutation. */
    public void setOrder(Comparator<CableEntry> order) {
        this.order = order;
        int[] before = Arrays.copyOf(shown, size);
        sortShown();
        int[] permutation = new int[size];
        for (int i = 0; i < size; i++) {
            permutation[i] = where[before[i]];
        }
        beginChange();
        try {
            nextPermutation(0, size, permutation);
        } finally {
            endChange();
        }
    }

    private boolean keeps(CableEntry entry) {
        return filter == null || filter.test(entry);
    }

    private void rebuild() {
        int total = source.size();
        shown = new int[total];
        size = 0;
        for (int i = 0; i < total; i++) {
            if (keeps(source.get(i))) {
                shown[size++] = i;
            }
        }
        sortShown();
    }

    /** Sorts the shown rows by the order (by row number in corpus order) and works out where each is. */
    private void sortShown() {
        if (order == null) {
            Arrays.sort(shown, 0, size); // corpus order: the row numbers
        } else {
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = shown[i];
            }
            Arrays.sort(boxed, (a, b) -> order.compare(source.get(a), source.get(b)));
            for (int i = 0; i < size; i++) {
                shown[i] = boxed[i];
            }
        }
        locate();
    }

    private void locate() {
        if (where.length != source.size()) {
            where = new int[source.size()];
        }
        Arrays.fill(where, -1);
        for (int i = 0; i < size; i++) {
            where[shown[i]] = i;
        }
    }

    private int compare(int a, int b) {
        return order == null ? Integer.compare(a, b) : order.compare(source.get(a), source.get(b));
    }

    private void sourceChanged(ListChangeListener.Change<? extends CableEntry> change) {
        List<Integer> replaced = new ArrayList<>();
        List<CableEntry> replacedBefore = new ArrayList<>();
        int appendedFrom = -1;
        boolean other = false;
        while (change.next()) {
            if (change.wasReplaced() && change.getAddedSize() == change.getRemovedSize()) {
                for (int i = 0; i < change.getAddedSize(); i++) {
                    replaced.add(change.getFrom() + i);
                    replacedBefore.add(change.getRemoved().get(i));
                }
            } else if (change.wasAdded() && !change.wasRemoved() && change.getTo() == source.size()
                    && appendedFrom < 0 && change.getFrom() == where.length) {
                appendedFrom = change.getFrom();
            } else {
                other = true;
            }
        }
        if (other || (appendedFrom >= 0 && !replaced.isEmpty())) {
            change.reset();
            List<CableEntry> before = new ArrayList<>();
            List<? extends CableEntry> old = sourceBefore(change);
            for (int i = 0; i < size; i++) {
                before.add(old.get(shown[i]));
            }
            showAnew(before); // anything else: all anew
            return;
        }
        if (appendedFrom >= 0) {
            appended(appendedFrom);
        } else if (!replaced.isEmpty()) {
            replaced(replaced, replacedBefore);
        }
    }

    /** The source's rows before {@code change}: its sub-changes undone from the last. */
    private List<? extends CableEntry> sourceBefore(ListChangeListener.Change<? extends CableEntry> change) {
        List<int[]> ranges = new ArrayList<>();
        List<List<? extends CableEntry>> removed = new ArrayList<>();
        while (change.next()) {
            ranges.add(new int[] {change.getFrom(), change.getTo(), change.wasPermutated() ? 1 : 0});
            removed.add(change.getRemoved());
        }
        List<CableEntry> old = new ArrayList<>(source);
        for (int i = ranges.size() - 1; i >= 0; i--) {
            int[] range = ranges.get(i);
            if (range[2] == 1) {
                continue; // the rows list never permutes; a permutation keeps the rows anyway
            }
            old.subList(range[0], range[1]).clear();
            old.addAll(range[0], removed.get(i));
        }
        return old;
    }

    /** Rows added at the end of the corpus (a listing batch). */
    private void appended(int from) {
        List<Integer> joining = new ArrayList<>();
        for (int i = from; i < source.size(); i++) {
            if (keeps(source.get(i))) {
                joining.add(i);
            }
        }
        where = Arrays.copyOf(where, source.size());
        Arrays.fill(where, from, where.length, -1);
        merge(new int[0], joining);
    }

    /** Rows changed in place (a reader batch, a status): told where they are, moved only when they must. */
    private void replaced(List<Integer> rows, List<CableEntry> before) {
        List<Integer> stay = new ArrayList<>();
        List<Integer> leaving = new ArrayList<>();
        List<Integer> joining = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            boolean keep = keeps(source.get(row));
            boolean isShown = where[row] >= 0;
            boolean samePlace = order == null || order.compare(before.get(i), source.get(row)) == 0;
            if (isShown && keep && samePlace) {
                stay.add(row);
            } else {
                if (isShown) {
                    leaving.add(where[row]);
                }
                if (keep) {
                    joining.add(row);
                }
            }
        }
        if (leaving.isEmpty() && joining.isEmpty()) {
            beginChange();
            try {
                for (int row : stay) {
                    nextUpdate(where[row]);
                }
            } finally {
                endChange();
            }
            return;
        }
        leaving.sort(null);
        int[] removed = leaving.stream().mapToInt(Integer::intValue).toArray();
        beginChange();
        try {
            for (int i = removed.length - 1; i >= 0; i--) { // from the end: each position still means the row it meant
                int at = removed[i];
                int row = shown[at];
                int was = rows.indexOf(row);
                nextRemove(at, was >= 0 ? before.get(was) : source.get(row));
            }
            mergeInChange(removed, joining);
            for (int row : stay) {
                nextUpdate(where[row]);
            }
        } finally {
            endChange();
        }
    }

    /** Takes out the shown positions {@code removed} (ascending) and merges {@code joining} in, as one change. */
    private void merge(int[] removed, List<Integer> joining) {
        beginChange();
        try {
            mergeInChange(removed, joining);
        } finally {
            endChange();
        }
    }

    private void mergeInChange(int[] removed, List<Integer> joining) {
        joining.sort(order == null ? null : (a, b) -> order.compare(source.get(a), source.get(b)));
        int[] next = new int[size - removed.length + joining.size()];
        int[] added = new int[joining.size()];
        int skip = 0;
        int join = 0;
        int out = 0;
        for (int at = 0; at <= size; at++) {
            boolean gone = skip < removed.length && removed[skip] == at;
            if (gone) {
                skip++;
                continue;
            }
            // the joining rows that come before this one (all that are left at the end)
            while (join < joining.size() && (at == size || compare(joining.get(join), shown[at]) < 0)) {
                added[join] = out;
                next[out++] = joining.get(join++);
            }
            if (at < size) {
                next[out++] = shown[at];
            }
        }
        shown = next;
        size = out;
        for (int position : added) {
            nextAdd(position, position + 1); // ascending: each position is final once the earlier ones are in
        }
        locate();
    }
}
