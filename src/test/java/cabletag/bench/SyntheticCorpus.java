package cabletag.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Corpora synthesized from the seeds for benchmarks: copies of the tagged and the plain seed, each copy
 * varied (a numbered line, every tenth cable with CRLF endings) so no two cables are byte-identical.
 */
public final class SyntheticCorpus {

    private final byte[] tagged;
    private final byte[] plain;

    public SyntheticCorpus(Path seeds) throws IOException {
        this.tagged = Files.readAllBytes(seeds.resolve("004_139b5bbd77eb63a8.txt"));
        this.plain = Files.readAllBytes(seeds.resolve("000_cb2ef8ccb40cf302.txt"));
    }

    public static Path seedsFolder() {
        return Path.of(System.getProperty("cabletag.seeds", "seeds"));
    }

    /** The i-th cable: four tagged copies for each plain one, as in a mostly machine-tagged corpus. */
    public byte[] cable(int i) {
        byte[] base = i % 5 == 4 ? plain : tagged;
        String text = "Synthetic cable " + i + "\n" + new String(base, StandardCharsets.UTF_8);
        if (i % 10 == 3) {
            text = text.replace("\n", "\r\n");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Cables in memory until their total size reaches {@code bytes}. */
    public List<byte[]> inMemory(long bytes) {
        List<byte[]> cables = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < bytes; i++) {
            byte[] cable = cable(i);
            cables.add(cable);
            total += cable.length;
        }
        return cables;
    }

    /** Writes cables into {@code folder} (100 per sub-folder) until their total reaches {@code bytes}. */
    public long writeFolder(Path folder, long bytes) throws IOException {
        long total = 0;
        for (int i = 0; total < bytes; i++) {
            Path file = folder.resolve(String.format("%04d/cable-%07d.txt", i / 100, i));
            Files.createDirectories(file.getParent());
            byte[] cable = cable(i);
            Files.write(file, cable);
            total += cable.length;
        }
        return total;
    }
}
