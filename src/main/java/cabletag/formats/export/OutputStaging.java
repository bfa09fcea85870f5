package cabletag.formats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes an export's files into a hidden staging folder beside the destination, then moves them into
 * place when the export succeeds; a cancelled or failed export removes the staging folder and leaves the
 * destination as it was. Refuses any destination that is one of the inputs.
 *
 * <p>Two modes. For a file target ({@link #forFiles}) each staged file replaces its destination by an
 * atomic rename; a destination that exists and is not a regular file (a FIFO, a device, a folder, a
 * symbolic link) is refused before anything moves, because renaming over it would silently turn a pipe
 * or a link into a plain file. For a folder target ({@link #forFolder}) the whole folder is staged and
 * then swapped in, so files of an earlier export never survive beside the new ones; to make that swap
 * safe, an existing folder is only replaced when it is empty or is itself a cabletag export.
 */
final class OutputStaging implements AutoCloseable {

    /** Written into every inline export folder, so a later export knows it may replace the folder. */
    static final String FOLDER_MARKER = ".cabletag-export";
    /** The first line of a brat export's annotation.conf, which marks a brat export folder. */
    static final String BRAT_CONF_HEADER = "# Written by cabletag";

    private final Path destinationRoot;
    private final Path staging;
    private final Path folderTarget;   // null in file mode
    private final Set<Path> protectedPaths;
    private final List<String> relativeNames = new ArrayList<>();
    private boolean committed;

    private OutputStaging(Path destinationRoot, Path stagingParent, Path folderTarget, Set<Path> protectedPaths)
            throws IOException {
        this.destinationRoot = destinationRoot;
        this.folderTarget = folderTarget;
        this.protectedPaths = realPaths(protectedPaths);
        Files.createDirectories(stagingParent);
        // A folder export's staging folder becomes the output folder, so it gets the ordinary permissions of
        // a new folder, not the owner-only ones of a temporary directory.
        this.staging = folderTarget == null ? Files.createTempDirectory(stagingParent, ".cabletag-export-")
                : createFolderBeside(stagingParent);
    }

    private static Path createFolderBeside(Path parent) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(".cabletag-export-" + Long.toUnsignedString(random.nextLong(), 36)));
            } catch (FileAlreadyExistsException e) {
                // another export's staging folder: draw again
            }
        }
    }

    /** Files named relative to {@code folder} (a file target's folder), each renamed into place. */
    static OutputStaging forFiles(Path folder, Set<Path> protectedPaths) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        return new OutputStaging(root, root, null, protectedPaths);
    }

    /** A whole folder, staged beside {@code target} and swapped in at the end. */
    static OutputStaging forFolder(Path target, Set<Path> protectedPaths) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Path parent = root.getParent() == null ? root : root.getParent();
        checkFolderTarget(root, realPaths(protectedPaths));
        return new OutputStaging(root, parent, root, protectedPaths);
    }

    private static void checkFolderTarget(Path target, Set<Path> protectedReal) throws IOException {
        String problem = ExportTarget.problemWith(target, true);
        if (problem != null) {
            throw new IOException(problem);
        }
        Path real = realPath(target);
        for (Path input : protectedReal) {
            // Replacing the folder would delete every input inside it.
            if (input.startsWith(real)) {
                throw new IOException("refusing to overwrite input " + input + " (it is inside the output folder " + target + ")");
            }
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !isCabletagExport(target)) {
            throw new IOException(target + " is a folder that is not empty and not an earlier cabletag export;"
                    + " choose a new or empty folder");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** An earlier export: it carries the inline marker, or a brat annotation.conf that cabletag wrote. */
    static boolean isCabletagExport(Path folder) {
        if (Files.isRegularFile(folder.resolve(FOLDER_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path conf = folder.resolve("annotation.conf");
        if (!Files.isRegularFile(conf, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.io.BufferedReader in = Files.newBufferedReader(conf, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = in.readLine();
            return first != null && first.startsWith(BRAT_CONF_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens a file of the export for writing; {@code relativeName} uses '/' separators. */
    OutputStream create(String relativeName) throws IOException {
        Path destination = destination(relativeName);
        if (isProtected(destination)) {
            throw new IOException("refusing to overwrite input file " + destination);
        }
        Path file = stagedFile(relativeName);
        Files.createDirectories(file.getParent());
        relativeNames.add(relativeName);
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("two outputs would be named " + relativeName, e);
        }
    }

    /** Creates an (empty) folder of a folder export, e.g. the {@code test/} of a split that got no cable. */
    void createFolder(String relativeName) throws IOException {
        if (folderTarget == null) {
            throw new IllegalStateException("folders belong to folder exports");
        }
        Files.createDirectories(stagedFile(relativeName));
    }

    private Path stagedFile(String relativeName) throws IOException {
        Path file = staging.resolve(relativeName).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("output name escapes the output folder: " + relativeName);
        }
        return file;
    }

    Path destination(String relativeName) {
        return destinationRoot.resolve(relativeName).normalize();
    }

    /** Moves the staged output into place; returns the files written. */
    List<Path> commit() throws IOException {
        return folderTarget == null ? commitFiles() : commitFolder();
    }

    private List<Path> commitFiles() throws IOException {
        // Every destination is checked before the first moves, so a refused one leaves all of them as they were.
        for (String name : relativeNames) {
            String problem = ExportTarget.problemWith(destination(name), false);
            if (problem != null) {
                throw new IOException(problem);
            }
        }
        List<Path> written = new ArrayList<>();
        for (String name : relativeNames) {
            Path destination = destination(name);
            Files.createDirectories(destination.getParent());
            move(staging.resolve(name), destination);
            written.add(destination);
        }
        committed = true;
        return written;
    }

    private List<Path> commitFolder() throws IOException {
        checkFolderTarget(folderTarget, protectedPaths); // again: the folder may have changed during the export
        if (!relativeNames.contains(FOLDER_MARKER) && !Files.exists(staging.resolve("annotation.conf"))) {
            Files.writeString(staging.resolve(FOLDER_MARKER),
                    "This folder was written by a cabletag export; the next export into it replaces it whole.\n");
        }
        if (Files.exists(folderTarget, LinkOption.NOFOLLOW_LINKS)) {
            // Set the old folder aside, move the new one in, then delete the old: a failure in between puts it back.
            Path aside = staging.resolveSibling(staging.getFileName() + "-replaced");
            copyPermissions(folderTarget, staging);
            move(folderTarget, aside);
            try {
                move(staging, folderTarget);
            } catch (IOException e) {
                move(aside, folderTarget);
                throw e;
            }
            deleteTree(aside);
        } else {
            move(staging, folderTarget);
        }
        List<Path> written = new ArrayList<>();
        for (String name : relativeNames) {
            written.add(destination(name));
        }
        committed = true;
        return written;
    }

    /** The replaced folder's permissions carry over: someone may have shared it on purpose. */
    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: the new folder keeps the default permissions
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Staging sits beside the destination, so this only happens on exotic file systems.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        deleteTree(staging);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
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
