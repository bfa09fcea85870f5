package cabletag.workspace.consistency;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.consistency.EntityIndex;
import cabletag.core.consistency.IndexUpdater;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the relabel path of a reopened index (an update's relabel in place, down to the label byte of a
 * saved place) a few thousand times on a throw-away index of its own, so the analyst's first corpus-wide
 * relabel meets compiled code: on 250,000 cables that first relabel (28,371 places) took 103–142 ms without
 * it and 53–117 ms with it, later ones 16–64 ms (PERFORMANCE.md, "Consistency index"). Touches nothing but
 * its own objects; 34–112 ms on the view's background thread.
 */
public final class RelabelWarmUp {

    private static final int CABLES = 16;
    private static final int PLACES = 64;
    private static final int ROUNDS = 400;
    private static final String TEXT = "Warm";
    private static final java.util.concurrent.atomic.AtomicBoolean DONE = new java.util.concurrent.atomic.AtomicBoolean();

    private RelabelWarmUp() {
    }

    /** Runs the warm-up unless it has run in this JVM already: the compiled code outlives the view. */
    public static void runOnce() {
        if (DONE.compareAndSet(false, true)) {
            run();
        }
    }

    public static void run() {
        EntityIndex index = new EntityIndex();
        int raw = index.rawId(TEXT);
        int per = index.labelId(Label.PER);
        index.labelId(Label.LOC);
        int[] records = new int[PLACES * EntityIndex.STRIDE];
        for (int i = 0; i < PLACES; i++) {
            int at = i * EntityIndex.STRIDE;
            records[at] = raw;
            records[at + 1] = per;
            records[at + 2] = i * 10;
            records[at + 3] = i * 10;
            records[at + 4] = i;
            records[at + 5] = 0;
        }
        byte[] encoded = encode(records);
        for (int cable = 0; cable < CABLES; cable++) {
            index.setSavedCable(cable, "warm-up " + cable, PLACES, new SavedPlaces(encoded.clone(), 0, PLACES));
            index.addCount(raw, per, PLACES);
        }
        index.markScanned(raw); // its untagged places are known (none): an update looks for nothing in the cables
        IndexUpdater updater = new IndexUpdater(index);
        for (int round = 0; round < ROUNDS; round++) {
            Label from = round % 2 == 0 ? Label.PER : Label.LOC;
            Label to = round % 2 == 0 ? Label.LOC : Label.PER;
            List<IndexUpdater.Change> changes = new ArrayList<>(CABLES);
            for (int cable = 0; cable < CABLES; cable++) {
                int start = (cable * 5 % PLACES) * 10; // each cable's place lies further in: the scan's loop runs
                changes.add(new IndexUpdater.Change(cable, List.of(new Span(start, start + TEXT.length(), from)),
                        List.of(new Span(start, start + TEXT.length(), to))));
            }
            updater.apply(changes, cable -> {
                throw new IllegalStateException("the warm-up's relabel read a cable: its places were not where it put them");
            });
        }
    }

    private static byte[] encode(int[] records) {
        Varints out = new Varints();
        PlaceCodec.encode(records, out);
        return out.toByteArray();
    }
}
