package cabletag.ui;

import cabletag.core.Document;
import cabletag.workspace.StoreLocation;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.CompletableFuture;

/**
 * Right after start-up, reads and highlights a cable synthesized from the bundled tagged seed a few
 * times, on a low-priority thread. A fresh JVM runs the reader and RichTextFX's document code
 * interpreted at first: without this, the analyst's first large cable took twice as long to show as
 * the next one. Nothing it builds is kept.
 */
public final class StartupWarmUp {

    static final String SEED_RESOURCE = "/" + SeedLocator.RESOURCE_DIR + "/004_139b5bbd77eb63a8.txt";
    private static final int CABLE_BYTES = 1_000_000;
    private static final int PASSES = 3;

    private StartupWarmUp() {
    }

    /** Starts the warm-up; the future completes when it is done (it never fails). */
    public static CompletableFuture<Void> start() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException | IOException e) {
                // Only a speed-up: if the seed is missing, nothing is lost.
            } finally {
                done.complete(null);
            }
        }, "cabletag-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return done;
    }

    static void run() throws IOException {
        byte[] cable = synthesizedCable();
        LabelPalette palette = new LabelPalette();
        Path folder = Files.createTempDirectory("cabletag-warm-up");
        try {
            Path file = folder.resolve("cables/warm-up.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, cable);
            // The same path as opening a file in the window: corpus listing, reading, hashing, a store
            // (a throw-away one), then the highlighted document.
            StoreLocation store = new StoreLocation(folder.resolve("store"));
            for (int pass = 0; pass < PASSES; pass++) {
                try (Workspace workspace = Workspace.open(List.of(file.getParent()), store, fraction -> { })) {
                    Document document = workspace.document(0);
                    StyledCableDocument.build(document, palette, document.spans().isEmpty() ? null : document.spans().get(0),
                            List.of(), List.of(), 0);
                }
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is harmless
        }
    }

    private static byte[] synthesizedCable() throws IOException {
        byte[] seed;
        try (InputStream in = StartupWarmUp.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IOException("bundled seed missing: " + SEED_RESOURCE);
            }
            seed = in.readAllBytes();
        }
        String text = new String(seed, StandardCharsets.UTF_8);
        StringBuilder cable = new StringBuilder(CABLE_BYTES + seed.length);
        for (int copy = 0; cable.length() < CABLE_BYTES; copy++) {
            cable.append("Copy ").append(copy).append('\n').append(text);
        }
        return cable.toString().getBytes(StandardCharsets.UTF_8);
    }

}
