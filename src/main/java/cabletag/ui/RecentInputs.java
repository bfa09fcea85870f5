package cabletag.ui;

import cabletag.formats.io.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last opened sets of inputs, most recent first, kept in {@code <home>/recent.txt}. */
public final class RecentInputs {

    static final int LIMIT = 8;
    private final Path file;

    public RecentInputs(Path file) {
        this.file = file;
    }

    public List<List<Path>> load() {
        List<List<Path>> recent = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        recent.add(Arrays.stream(line.split(File.pathSeparator)).map(Path::of).toList());
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of(); // a damaged recent list only costs the list
        }
        return recent;
    }

    public List<List<Path>> remember(List<Path> inputs) throws IOException {
        List<Path> absolute = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<List<Path>> recent = new ArrayList<>(load());
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > LIMIT) {
            recent.remove(recent.size() - 1);
        }
        StringBuilder text = new StringBuilder();
        for (List<Path> entry : recent) {
            text.append(String.join(File.pathSeparator, entry.stream().map(Path::toString).toList())).append('\n');
        }
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return recent;
    }
}
