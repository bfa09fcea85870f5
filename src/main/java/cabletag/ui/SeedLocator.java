package cabletag.ui;

import cabletag.formats.io.AtomicFile;
import cabletag.workspace.StoreLocation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What opens when the window starts without arguments: {@code ./seeds} when the working directory has
 * it, else the seeds bundled in the jar, copied once to {@code <cabletag home>/seeds} (never
 * overwriting a copy the analyst may already have).
 */
public final class SeedLocator {

    static final String RESOURCE_DIR = "cabletag/seeds";

    private SeedLocator() {
    }

    public static List<Path> defaultInputs() throws IOException {
        String configured = System.getProperty("cabletag.seeds");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return List.of(Path.of(configured));
        }
        Path local = Path.of("seeds");
        if (Files.isDirectory(local)) {
            return List.of(local.toAbsolutePath());
        }
        Path target = StoreLocation.defaultLocation().root().resolve("seeds");
        copyBundledSeeds(target);
        return List.of(target);
    }

    /** Copies every bundled {@code cabletag/seeds/*.txt} into {@code target}; returns the files copied. */
    public static List<Path> copyBundledSeeds(Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> copied = new ArrayList<>();
        for (String name : bundledSeedNames()) {
            Path file = target.resolve(name);
            if (Files.exists(file)) {
                continue;
            }
            try (InputStream in = SeedLocator.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + name)) {
                if (in == null) {
                    continue;
                }
                AtomicFile.write(file, in::transferTo);
                copied.add(file);
            }
        }
        return copied;
    }

    static List<String> bundledSeedNames() throws IOException {
        URL url = SeedLocator.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(RESOURCE_DIR));
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled seeds at " + url, e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }
}
