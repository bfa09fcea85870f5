package cabletag.ui;

import cabletag.workspace.CableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.ModifiableObservableListBase;

/**
 * The corpus list's rows, one per cable in corpus order, where a batch of changed rows is replaced as ONE
 * list change: the background reader reports a thousand cables at a time, and a change per row made the
 * corpus table, its filter and its counts run a thousand times over 250,000 rows.
 */
public final class CableRows extends ModifiableObservableListBase<CableEntry> {

    private final ArrayList<CableEntry> rows = new ArrayList<>();

    /** Replaces the rows at these indexes (keys out of range are ignored), announced as one change. */
    public void replace(Map<Integer, CableEntry> changed) {
        TreeMap<Integer, CableEntry> inOrder = new TreeMap<>(changed);
        inOrder.keySet().removeIf(index -> index < 0 || index >= rows.size() || rows.get(index).equals(changed.get(index)));
        if (inOrder.isEmpty()) {
            return;
        }
        beginChange();
        try {
            for (Map.Entry<Integer, CableEntry> each : inOrder.entrySet()) {
                CableEntry old = rows.set(each.getKey(), each.getValue());
                nextSet(each.getKey(), old);
            }
        } finally {
            endChange();
        }
    }

    /** Adds rows at the end (a listing batch), as one change. */
    public void append(Collection<? extends CableEntry> added) {
        if (added.isEmpty()) {
            return;
        }
        int from = rows.size();
        beginChange();
        try {
            rows.addAll(added);
            nextAdd(from, rows.size());
        } finally {
            endChange();
        }
    }

    /** All rows anew, as one change (the inherited one removes 250,000 rows one by one from the front). */
    @Override
    public boolean setAll(Collection<? extends CableEntry> replacement) {
        List<CableEntry> old = new ArrayList<>(rows);
        beginChange();
        try {
            rows.clear();
            rows.addAll(replacement);
            if (!old.isEmpty()) {
                nextRemove(0, old);
            }
            if (!rows.isEmpty()) {
                nextAdd(0, rows.size());
            }
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public CableEntry get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, CableEntry element) {
        rows.add(index, element);
    }

    @Override
    protected CableEntry doSet(int index, CableEntry element) {
        return rows.set(index, element);
    }

    @Override
    protected CableEntry doRemove(int index) {
        return rows.remove(index);
    }
}
