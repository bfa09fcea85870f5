package cabletag.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AheadOfTimeTest {

    @Test
    void computesOnTheCallersThreadWhenNotStartedAndOnlyOnce() {
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> thread = new AtomicReference<>();
        AheadOfTime<String> value = new AheadOfTime<>(() -> {
            runs.incrementAndGet();
            thread.set(Thread.currentThread().getName());
            return "hash";
        });

        assertThat(value.get()).isEqualTo("hash");
        assertThat(value.get()).isEqualTo("hash");
        assertThat(runs).hasValue(1);
        assertThat(thread.get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aValueStartedInTheBackgroundIsWaitedForNotComputedTwice() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        AheadOfTime<Integer> value = new AheadOfTime<>(() -> {
            thread.set(Thread.currentThread().getName());
            started.countDown();
            release.await();
            return runs.incrementAndGet();
        });

        value.startInBackground().startInBackground();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();

        assertThat(value.get()).isEqualTo(1);
        assertThat(runs).hasValue(1);
        assertThat(thread.get()).isEqualTo("cabletag-ahead-of-time");
    }

    @Test
    void aFailureReachesWhoeverAsks() {
        AheadOfTime<String> value = new AheadOfTime<>(() -> {
            throw new IllegalStateException("unreadable");
        });

        assertThatThrownBy(value::get).isInstanceOf(IllegalStateException.class).hasMessage("unreadable");
    }
}
