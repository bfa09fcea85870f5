package cabletag.bench;

import cabletag.core.Span;
import cabletag.ui.CabletagApp;
import cabletag.ui.MainWindow;
import cabletag.ui.SeedLocator;
import cabletag.ui.StartupWarmUp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Measures the window, not a unit: opening and showing the highlighted 5 MB / 100,000-entity cable,
 * the time from a relabel key to the repainted highlight, listing a 10,000-cable folder, and memory.
 * Run headless (Monocle) or under Xvfb; see docs/PERFORMANCE.md for the command and the figures.
 */
public final class WindowBenchmark {

    private static final String[] LABELS = {"PER", "LOC", "ORG", "MISC"};

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("cabletag-window-bench");
        System.setProperty("cabletag.home", dir.resolve("home").toString());
        Path big = bigCable(dir.resolve("big"), 100_000);
        Path folder = manyCables(dir.resolve("many"), 10_000);
        System.out.printf("big cable: %,d bytes; folder: 10,000 files%n", Files.size(big.resolve("big.txt")));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each round hides its window. With implicit exit on, hiding the only window shuts the UI thread
        // down whenever no runLater happens to be pending at that moment, and the next round then waited
        // for ever: the "stall" of earlier runs (its thread dump had no JavaFX Application Thread).
        Platform.setImplicitExit(false);

        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        boolean warm = args.length > 1 && args[1].equals("warm");
        try {
            run(big, folder, rounds, warm);
        } finally {
            deleteQuietly(dir);
        }
        Platform.exit();
        System.exit(0);
    }

    private static void run(Path big, Path folder, int rounds, boolean warm) throws Exception {
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("--- round %d%n", round);
            MainWindow window = onFx(() -> {
                Stage stage = new Stage();
                MainWindow w = new MainWindow(stage);
                stage.setWidth(1280);
                stage.setHeight(800);
                stage.show();
                scene = w.scene();
                return w;
            });
            openSeeds(window); // every window starts as the app's does
            if (round == 1) {
                if (warm) {
                    // as the app does once its window shows; the analyst opens a file seconds later at the earliest
                    long start = System.nanoTime();
                    StartupWarmUp.start(() -> true).get();
                    System.out.printf("start-up warm-up done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
                }
            }
            measureOpen(window, big);
            measureRelabel(window, 60);
            memory();
            measureFolder(window, folder);
            measureRelabel(window, 60, i -> i % 3, " in the 10,000-cable folder");
            onFx(() -> {
                window.scene().getWindow().hide();
                return null;
            });
        }
    }

    private static void deleteQuietly(Path dir) {
        // 10,000 files and 5 MB per run: /tmp filled up with them before
        try {
            BenchFolders.delete(dir);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    /** As the app starts: the seeds open in the window first, and the analyst opens a file after that. */
    private static void openSeeds(MainWindow window) throws Exception {
        CompletableFuture<Long> opened = new CompletableFuture<>();
        long start = System.nanoTime();
        onFx(() -> {
            window.setOnOpened(ws -> afterPulse(() -> opened.complete(System.nanoTime())));
            window.open(SeedLocator.defaultInputs());
            return null;
        });
        System.out.printf("seeds open and shown: %d ms%n", (opened.get(120, TimeUnit.SECONDS) - start) / 1_000_000);
    }

    private static void measureOpen(MainWindow window, Path big) throws Exception {
        CompletableFuture<Long> opened = new CompletableFuture<>();
        CompletableFuture<Long> styled = new CompletableFuture<>();
        long start = System.nanoTime();
        onFx(() -> {
            window.setOnOpened(ws -> opened.complete(System.nanoTime()));
            // called once a pulse has laid out the highlighted text (CableView.afterShown)
            window.cableView().setOnStyled(() -> styled.complete(System.nanoTime()));
            window.open(List.of(big));
            return null;
        });
        long read = opened.get(120, TimeUnit.SECONDS) - start;
        long shown = styled.get(120, TimeUnit.SECONDS) - start;
        onFx(() -> {
            window.cableView().setOnStyled(null);
            return null;
        });
        int entities = onFx(() -> window.model().document().spans().size());
        int length = onFx(() -> window.model().document().text().length());
        // the entity list fills once the text is on screen
        while (onFx(() -> window.entityTable().table().getItems().size()) < entities) {
            Thread.sleep(5);
        }
        CompletableFuture<Long> listed = new CompletableFuture<>();
        onFx(() -> {
            afterPulse(() -> listed.complete(System.nanoTime()));
            return null;
        });
        long list = listed.get(120, TimeUnit.SECONDS) - start;
        System.out.printf("open 5 MB cable: read %d ms, highlighted on screen %d ms, entity list on screen %d ms"
                + " (%,d chars, %,d entities)%n", read / 1_000_000, shown / 1_000_000, list / 1_000_000, length, entities);
    }

    private static void measureRelabel(MainWindow window, int times) throws Exception {
        measureRelabel(window, times, i -> 1_000 + i * 1_500, "");
    }

    private static void measureRelabel(MainWindow window, int times, java.util.function.IntUnaryOperator spanAt,
            String where) throws Exception {
        long[] micros = new long[times];
        handled = new long[times];
        for (int i = 0; i < times; i++) {
            int index = spanAt.applyAsInt(i);
            int round = i;
            CompletableFuture<Long> painted = new CompletableFuture<>();
            AtomicLong start = new AtomicLong();
            CompletableFuture<Long> selected = new CompletableFuture<>();
            onFx(() -> {
                Span span = window.model().document().spans().get(index);
                window.model().select(span);
                afterPulse(() -> selected.complete(System.nanoTime()));
                return null;
            });
            selected.get(10, TimeUnit.SECONDS);
            onFx(() -> {
                Span span = window.model().selected();
                int digit = 1 + (Arrays.asList(LABELS).indexOf(span.label().name()) + 1) % 4;
                KeyCode key = KeyCode.valueOf("DIGIT" + digit);
                start.set(System.nanoTime());
                KeyEvent press = new KeyEvent(KeyEvent.KEY_PRESSED, String.valueOf(digit), String.valueOf(digit), key,
                        false, false, false, false);
                javafx.event.Event.fireEvent(window.cableView().area(), press);
                handled[round] = (System.nanoTime() - start.get()) / 1_000;
                afterPulse(() -> painted.complete(System.nanoTime()));
                return null;
            });
            micros[i] = (painted.get(10, TimeUnit.SECONDS) - start.get()) / 1_000;
        }
        long[] handledSorted = handled.clone();
        Arrays.sort(handledSorted);
        System.out.printf("  of which key handling (model, workspace, table, styles): median %.1f ms, max %.1f ms%n",
                handledSorted[times / 2] / 1000.0, handledSorted[times - 1] / 1000.0);
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        boolean changed = onFx(() -> window.model().workspace().canUndo());
        System.out.printf("first relabel" + where + ": %.1f ms%n", micros[0] / 1000.0);
        System.out.printf("relabel key -> repainted" + where + ": median %.1f ms, p95 %.1f ms, max %.1f ms over %d relabels (edits recorded: %s)%n",
                sorted[times / 2] / 1000.0, sorted[(int) (times * 0.95)] / 1000.0, sorted[times - 1] / 1000.0, times, changed);
    }

    private static long[] handled;

    private static void measureFolder(MainWindow window, Path folder) throws Exception {
        CompletableFuture<Long> listed = new CompletableFuture<>();
        long start = System.nanoTime();
        onFx(() -> {
            window.setOnOpened(ws -> afterPulse(() -> listed.complete(System.nanoTime())));
            window.open(List.of(folder));
            return null;
        });
        long took = listed.get(120, TimeUnit.SECONDS) - start;
        int rows = onFx(() -> window.corpusPane().table().getItems().size());
        System.out.printf("10,000-cable folder listed: %d ms (%,d rows)%n", took / 1_000_000, rows);
    }

    private static void memory() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("heap used with the 5 MB cable open (after GC): %d MB (max heap %d MB)%n",
                used / (1024 * 1024), runtime.maxMemory() / (1024 * 1024));
    }

    /** Runs after the next pulse has laid out and rendered the scene. */
    static javafx.scene.Scene scene;

    private static void afterPulse(Runnable then) {
        cabletag.ui.NextPulse.afterLayout(scene, then);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stuck) {
            // leave the evidence of what the UI thread was doing
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("\"" + thread.getName() + "\" " + thread.getState());
                for (StackTraceElement frame : stack) {
                    System.err.println("    at " + frame);
                }
            });
            throw stuck;
        }
    }

    static Path bigCable(Path dir, int entities) throws IOException {
        Files.createDirectories(dir);
        StringBuilder text = new StringBuilder(5_300_000);
        String[] names = {"Rubaie", "Tehran", "Security Council", "Iranian", "Satterfield", "Baghdad", "GOI", "Iraqi"};
        for (int i = 0; i < entities; i++) {
            text.append('[').append(LABELS[i % 4]).append(' ').append(names[i % names.length]).append("  ] ")
                    .append(i % 3 == 0 ? "said that the officials in the " : "met with senior ")
                    .append(i % 10 == 9 ? ".\n" : "");
        }
        while (text.length() < 5_000_000) {
            text.append("End of the cable text, padding to five megabytes of realistic prose.\n");
        }
        Path file = dir.resolve("big.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return dir;
    }

    static Path manyCables(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<String> body = new ArrayList<>();
        body.add("( [ORG S  ] ) [PER Rubaie  ] met [LOC Tehran  ] officials on January 22 .");
        for (int i = 0; i < count; i++) {
            Files.write(dir.resolve(String.format("cable_%05d.txt", i)), body, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
