package cabletag.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a test until the window reaches a state, told by the window itself: a listener checks the
 * state on the UI thread whenever what it depends on changes, and the test thread waits on a latch. No
 * polling from the test thread (which would read UI state off its thread) and no time limit that decides
 * anything: {@link #HANG} only ends a test that would otherwise wait for ever.
 */
final class FxAwait {

    /** So long that only a hang reaches it, even on a machine shared by several builds. */
    static final Duration HANG = Duration.ofMinutes(3);

    private FxAwait() {
    }

    /** Waits until {@code value} satisfies {@code holds}, then for the UI events already queued. */
    static <T> T until(String what, ObservableValue<T> value, Predicate<? super T> holds) {
        until(what, () -> holds.test(value.getValue()), value);
        return value.getValue();
    }

    /**
     * Waits until {@code holds}, checked on the UI thread now and on each change of one of {@code changes},
     * then for the UI events already queued. {@code holds} must read what it depends on (an observable
     * value tells of its next change only once it has been read).
     */
    static void until(String what, BooleanSupplier holds, Observable... changes) {
        CountDownLatch reached = new CountDownLatch(1);
        InvalidationListener check = changed -> {
            if (holds.getAsBoolean()) {
                reached.countDown();
            }
        };
        WaitForAsyncUtils.waitForAsyncFx(HANG.toMillis(), () -> {
            for (Observable observable : changes) {
                observable.addListener(check);
            }
            check.invalidated(null);
        });
        try {
            await(what, reached);
        } finally {
            WaitForAsyncUtils.waitForAsyncFx(HANG.toMillis(), () -> List.of(changes).forEach(o -> o.removeListener(check)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for {@code latch}; fails (rather than hangs) after {@link #HANG}. */
    static void await(String what, CountDownLatch latch) {
        try {
            if (!latch.await(HANG.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("waited " + HANG.toMinutes() + " minutes for " + what + ": something hangs");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }

    /** Takes the next element of {@code queue}, waiting for it; fails (rather than hangs) after {@link #HANG}. */
    static <T> T next(String what, BlockingQueue<T> queue) {
        try {
            T next = queue.poll(HANG.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("waited " + HANG.toMinutes() + " minutes for " + what + ": something hangs");
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
