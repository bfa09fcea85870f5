package cabletag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.inline.CableReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window killed (SIGTERM) during an export left the export's staging folder in the output folder: the JVM halts
 * once its shutdown hooks return, and nothing asked the export to stop. The hook now cancels it and waits for its
 * clean-up. Here the hook runs while the export is between two cables, as a signal would run it.
 */
class ShutdownCancelsExportsTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(120)
    void theHookCancelsARunningExportAndReturnsOnceItsStagingIsGone() throws Exception {
        List<Document> cables = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cables.add(new CableReader().read("c" + i + ".txt",
                    ("Cable " + i + " : [PER Rubaie  ] met [LOC Najaf  ] officials .\n").getBytes(StandardCharsets.UTF_8)));
        }
        Path out = Files.createDirectories(temp.resolve("out"));
        ShutdownCancelsExports exports = new ShutdownCancelsExports();
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch hookRan = new CountDownLatch(1);
        ExportSummary[] summary = new ExportSummary[1];
        Thread export = new Thread(() -> {
            try (ShutdownCancelsExports.Running run = exports.start(() -> false)) {
                summary[0] = new Exporter(ExportOptions.of(ExportFormat.JSONL)).export(ExportSource.of(cables),
                        ExportTarget.path(out.resolve("all.jsonl")), (done, total, name) -> {
                            if (done == 5) {
                                writing.countDown();
                                await(hookRan); // the signal lands between two cables
                            }
                        }, run.cancel());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, "export");
        export.start();
        assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
        try (Stream<Path> staged = Files.list(out)) {
            assertThat(staged).as("the export is staging").anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith(".cabletag-staging-"));
        }
        // the hook, as endAll runs it, with the export let go only once it was asked to stop: let go at once, it
        // could write its last 195 cables before the hook asked (a failure seen once in CI)
        Thread hook = new Thread(() -> {
            exports.askAllToEnd();
            hookRan.countDown();
            exports.awaitTheEnded();
        }, "hook");
        hook.start();
        hook.join(); // returns only once the export ended

        assertThat(summary[0]).as("the hook waited for the export to end").isNotNull();
        assertThat(summary[0].cancelled()).isTrue();
        export.join();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no staging folder, no partial output").allSatisfy(p -> assertThat(p.getFileName().toString())
                    .isEqualTo(".cabletag-export.lock"));
        }
    }

    @Test
    void anExportThatEndedIsNotWaitedForAndTheAnalystsCancelStillCounts() {
        ShutdownCancelsExports exports = new ShutdownCancelsExports();
        boolean[] cancelled = {false};
        ShutdownCancelsExports.Running run = exports.start(() -> cancelled[0]);
        assertThat(run.cancel().getAsBoolean()).isFalse();
        cancelled[0] = true;
        assertThat(run.cancel().getAsBoolean()).isTrue();
        run.close();
        exports.endAll(); // nothing running: returns at once
        assertThat(exports.start(() -> false).cancel().getAsBoolean()).as("once the JVM ends, every export is cancelled").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the hook did not run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
