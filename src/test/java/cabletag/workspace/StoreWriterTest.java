package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * The store's thread coalesces the writes of one cable, but never across the write of a step over many cables:
 * that one is never split, and a later write of one of its cables is never put before it (the set would then
 * write the cable's older content over it).
 */
class StoreWriterTest {

    private final Queue<Runnable> thread = new ArrayDeque<>();
    private final StoreWriter writer = new StoreWriter(thread::add);
    private final List<String> written = new ArrayList<>();

    private void runAll() {
        while (!thread.isEmpty()) {
            thread.remove().run();
        }
    }

    @Test
    void aBurstOfWritesOfOneCableCostsOneWrite() {
        writer.submit(1, () -> written.add("1:v1"));
        writer.submit(1, () -> written.add("1:v2"));
        writer.submit(2, () -> written.add("2:v1"));
        writer.submit(1, () -> written.add("1:v3"));
        runAll();
        assertThat(written).containsExactly("1:v3", "2:v1");
    }

    @Test
    void aWriteOfACableAfterASetOfItWaitsAfterTheSetAndIsCoalescedThere() {
        writer.submit(1, () -> written.add("1:before"));
        writer.submitSet(List.of(1, 2, 3), () -> written.add("set 1,2,3"));
        writer.submit(1, () -> written.add("1:after"));
        writer.submit(2, () -> written.add("2:after"));
        writer.submit(1, () -> written.add("1:later"));
        runAll();
        assertThat(written).containsExactly("1:before", "set 1,2,3", "1:later", "2:after");
    }

    @Test
    void twoSetsOverTheSameCablesAreWrittenBothInTheirOrder() {
        writer.submitSet(List.of(1, 2), () -> written.add("tag all"));
        writer.submitSet(List.of(1, 2), () -> written.add("undo tag all"));
        writer.submit(2, () -> written.add("2:relabel"));
        runAll();
        assertThat(written).containsExactly("tag all", "undo tag all", "2:relabel");
    }

    @Test
    void aWriteQueuedWhileASetIsBeingWrittenComesAfterIt() {
        writer.submitSet(List.of(1, 2), () -> {
            written.add("set");
            writer.submit(1, () -> written.add("1:meanwhile")); // an edit while the set is on its way to the disk
        });
        runAll();
        assertThat(written).containsExactly("set", "1:meanwhile");
    }
}
