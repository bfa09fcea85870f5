package cabletag;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the class-data-sharing archive of one jar on one Java runtime lives: {@code cache/cds/} under
 * cabletag's home. A Java 17 archive is only valid for the jar it was made from (its path, size and
 * modification time) and for the runtime that made it, so the file's name is a digest of all of them: a
 * rebuilt jar or an updated runtime simply has no archive yet, and makes its own (ADR 0011).
 */
final class ClassDataArchiveSlot {

    private static final String PREFIX = "cabletag-";
    private static final String SUFFIX = ".jsa";
    private static final String DUMP_PREFIX = PREFIX + "dump-";
    private static final String DUMP_SUFFIX = ".tmp";
    /** Archives kept: this jar's, and the two others (another build, another runtime) made last before it. */
    static final int KEPT = 3;

    private final Path folder;
    private final Path archive;

    private ClassDataArchiveSlot(Path folder, String key) {
        this.folder = folder;
        this.archive = folder.resolve(PREFIX + key + SUFFIX);
    }

    /** The slot of {@code jar} run by the runtime at {@code javaHome}, version {@code vmVersion}. */
    static ClassDataArchiveSlot of(Path home, Path jar, String javaHome, String vmVersion) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        String identity = jar + "\n" + attributes.size() + "\n" + attributes.lastModifiedTime().toMillis() + "\n"
                + javaHome + "\n" + vmVersion;
        return new ClassDataArchiveSlot(home.resolve("cache").resolve("cds"), digest(identity));
    }

    Path archive() {
        return archive;
    }

    boolean filled() {
        return Files.isRegularFile(archive);
    }

    /**
     * Where a JVM of process {@code pid} dumps the archive it is making: beside the slot, so that the finished
     * file is moved into place in one step and a half-written one is never taken for an archive.
     */
    Path dumpTarget(long pid) throws IOException {
        Files.createDirectories(folder);
        deleteDumpsOfEndedProcesses();
        return folder.resolve(DUMP_PREFIX + pid + DUMP_SUFFIX);
    }

    /** A launcher killed outright (kill -9) leaves its window's dump behind; nobody else will move it. */
    private void deleteDumpsOfEndedProcesses() throws IOException {
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(folder, DUMP_PREFIX + "*" + DUMP_SUFFIX)) {
            for (Path dump : dumps) {
                if (launcherOf(dump).flatMap(ProcessHandle::of).isEmpty()) {
                    Files.deleteIfExists(dump);
                }
            }
        }
    }

    /** The process id in a dump's name; empty for a name no launcher writes ("cabletag-dump-x.tmp", too long). */
    private static Optional<Long> launcherOf(Path dump) {
        String name = dump.getFileName().toString();
        String pid = name.substring(DUMP_PREFIX.length(), name.length() - DUMP_SUFFIX.length());
        try {
            return Optional.of(Long.parseLong(pid));
        } catch (NumberFormatException notAProcess) {
            return Optional.empty();
        }
    }

    /**
     * Puts a finished dump into the slot, and keeps only the {@value #KEPT} archives made last: each is about
     * 33 MB, and a jar rebuilt a hundred times should not leave a hundred behind. An empty or missing dump (the
     * JVM could not write it) is deleted and counts as not made.
     */
    boolean fill(Path dump) throws IOException {
        if (!Files.isRegularFile(dump) || Files.size(dump) == 0) {
            Files.deleteIfExists(dump);
            return false;
        }
        Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            found.forEach(archives::add);
        }
        archives.remove(archive);
        archives.sort(Comparator.comparing(ClassDataArchiveSlot::modified).reversed());
        for (Path old : archives.subList(Math.min(KEPT - 1, archives.size()), archives.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException inUse) {
                // another start may have it mapped (Windows refuses to delete it then); it goes next time
            }
        }
        return true;
    }

    private static FileTime modified(Path archive) {
        try {
            return Files.getLastModifiedTime(archive);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * FNV-1a, 64 bits: a name, not a secret. A collision would only hand the JVM an archive it then checks
     * and ignores; a cryptographic digest would load the security providers on every start.
     */
    static String digest(String identity) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash ^= identity.charAt(i);
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
