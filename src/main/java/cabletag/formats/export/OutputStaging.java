package cabletag.formats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes an export's files into a hidden staging folder beside the destination, then moves each one
 * into place atomically when the export succeeds; a cancelled or failed export removes the staging
 * folder and leaves the destination as it was. Refuses any destination that is one of the inputs.
 */
final class OutputStaging implements AutoCloseable {

    private final Path destinationRoot;
    private final Path staging;
    private final Set<Path> protectedPaths;
    private final List<String> relativeNames = new ArrayList<>();
    private boolean committed;

    /** @param destinationRoot the folder the relative names are resolved against */
    OutputStaging(Path destinationRoot, Set<Path> protectedPaths) throws IOException {
        this.destinationRoot = destinationRoot.toAbsolutePath().normalize();
        this.protectedPaths = realPaths(protectedPaths);
        Path parent = this.destinationRoot;
        Files.createDirectories(parent);
        this.staging = Files.createTempDirectory(parent, ".cabletag-export-");
    }

    /** Opens a file of the export for writing; {@code relativeName} uses '/' separators. */
    OutputStream create(String relativeName) throws IOException {
        Path destination = destination(relativeName);
        if (isProtected(destination)) {
            throw new IOException("refusing to overwrite input file " + destination);
        }
        Path file = staging.resolve(relativeName).normalize();
        if (!file.startsWith(staging)) {
            throw new IOException("output name escapes the output folder: " + relativeName);
        }
        Files.createDirectories(file.getParent());
        relativeNames.add(relativeName);
        try {
            return Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("two outputs would be named " + relativeName, e);
        }
    }

    Path destination(String relativeName) {
        return destinationRoot.resolve(relativeName).normalize();
    }

    /** Moves every staged file to its destination, each atomically; returns the destinations. */
    List<Path> commit() throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : relativeNames) {
            Path destination = destination(name);
            Files.createDirectories(destination.getParent());
            if (Files.isDirectory(destination)) {
                throw new IOException("cannot write " + destination + ": it is a folder");
            }
            Path staged = staging.resolve(name);
            try {
                Files.move(staged, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Staging sits beside the destination, so this only happens on exotic file systems.
                Files.move(staged, destination, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(destination);
        }
        committed = true;
        return written;
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    boolean isCommitted() {
        return committed;
    }

    private boolean isProtected(Path destination) {
        if (protectedPaths.isEmpty()) {
            return false;
        }
        Path real = realPath(destination);
        for (Path input : protectedPaths) {
            boolean insideInputFolder = Files.isDirectory(input) && real.startsWith(input) && Files.exists(real);
            if (real.equals(input) || insideInputFolder) {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> realPaths(Set<Path> paths) {
        Set<Path> result = new java.util.HashSet<>();
        for (Path path : paths) {
            result.add(realPath(path));
        }
        return result;
    }

    static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
