package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
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
        CableReader reader = new CableReader();
        LabelPalette palette = new LabelPalette();
        for (int pass = 0; pass < PASSES; pass++) {
            Document document = reader.read("warm-up.txt", cable);
            sha256(cable);
            StyledCableDocument.build(document, palette, document.spans().isEmpty() ? null : document.spans().get(0),
                    List.of(), List.of());
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

    private static void sha256(byte[] bytes) {
        try {
            MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
