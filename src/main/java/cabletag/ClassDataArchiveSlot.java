package cabletag;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the class-data-sharing archive of one jar on one Java runtime lives: {@code cache/cds/} under
 * cabletag's home. A Java 17 archive is only valid for the jar it was made from (its path, size and
 * modification time) and for the runtime that made it, so the file's name is a digest of all of them: a
 * rebuilt jar or an updated runtime simply has no archive yet, and makes its own (ADR 0011).
 */
final class ClassDataArchiveSlot {

    private static final String PREFIX = "cabletag-";
    private static final String SUFFIX = ".jsa";
    /** Beside each archive, what it held when it was made ({@link ArchiveSeal}). */
    private static final String SEAL_SUFFIX = ".crc";
    private static final String DUMP_PREFIX = PREFIX + "dump-";
    private static final String DUMP_SUFFIX = ".tmp";
    /** Archives kept: this jar's, and the two others (another build, another runtime) made last before it. */
    static final int KEPT = 3;
    /**
     * Room a dump is only asked for with: the dump is about 33 MB, and a JVM that cannot write all of it fails
     * the window's exit with "Unable to write to shared archive file" (exit 1), on every start.
     */
    static final long ROOM_FOR_A_DUMP = 256L * 1024 * 1024;
    /**
     * Characters of a jar path that Java 17 archives the classes of. It checks the jar's path against its URL
     * form, so a space, '%', '#', '=', ';', a non-ASCII letter and the like give an archive without a single
     * class of the jar (measured on 17.0.15: 637 classes then read from the jar instead of 177), and a second
     * JVM for nothing. '!', '$', '&', '(' and a few others did work, but nobody misses them in a jar's path.
     */
    private static final Pattern ARCHIVABLE_JAR_PATH = Pattern.compile("[A-Za-z0-9/._+@,~-]+");

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

    /** Where the archive's seal is: its name and {@code .crc}. */
    Path seal() {
        return sealOf(archive);
    }

    private static Path sealOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + SEAL_SUFFIX);
    }

    /**
     * Why the archive in the slot is not the one that was made (cut short, bytes changed, no seal beside it),
     * in a few words; empty when it is whole or there is none. Reads the archive once when its size is right.
     */
    Optional<String> damage() {
        if (!Files.exists(archive)) {
            return Optional.empty();
        }
        try {
            Optional<ArchiveSeal> sealed = ArchiveSeal.read(seal());
            if (sealed.isEmpty()) {
                return Optional.of("nothing says what it held: " + seal().getFileName() + " is missing or not a seal");
            }
            long size = Files.size(archive);
            // cut short or longer: said by its size alone, without reading 33 MB
            ArchiveSeal now = size != sealed.get().size() ? new ArchiveSeal(size, 0) : ArchiveSeal.of(archive);
            return sealed.get().differenceFrom(now);
        } catch (IOException | RuntimeException cannotRead) {
            // the JVM could not map what cannot be read either
            return Optional.of("it cannot be read (" + cannotRead.getClass().getSimpleName() + ": " + cannotRead.getMessage() + ")");
        }
    }

    /** Where the window's JVM writes a crash report, beside the archives rather than in the user's working folder. */
    CrashReports crashReports() {
        return new CrashReports(folder);
    }

    boolean filled() {
        return Files.isRegularFile(archive);
    }

    /**
     * Whether the JVM can be given this slot's archive at all: {@code -XX:SharedArchiveFile} takes a list
     * ("base:top"), so a home folder with the path separator in its path would name two archives, neither
     * of them used.
     */
    boolean nameableToTheJvm() {
        return !archive.toString().contains(File.pathSeparator);
    }

    /** Whether Java 17 maps the classes of the jar at this real path from an archive (see the pattern). */
    static boolean archivesClassesOf(Path realJar) {
        return ARCHIVABLE_JAR_PATH.matcher(realJar.toString()).matches();
    }

    /**
     * The file a JVM of process {@code pid} is to dump the archive it is making into, created here (empty) to
     * know that it can be: beside the slot, so that the finished file is moved into place in one step and a
     * half-written one is never taken for an archive.
     *
     * @throws IOException when the folder cannot be made or written, or its file store has less than
     *                     {@value #ROOM_FOR_A_DUMP} bytes usable: no dump is to be asked for then
     */
    Path reserveDump(long pid, UsableSpace usableSpace) throws IOException {
        Files.createDirectories(folder);
        long usable = usableSpace.of(folder);
        if (usable < ROOM_FOR_A_DUMP) {
            throw new FileSystemException(folder.toString(), null, "no room for a class-data archive ("
                    + usable / (1024 * 1024) + " MB usable, " + ROOM_FOR_A_DUMP / (1024 * 1024) + " MB wanted)");
        }
        Path dump = folder.resolve(DUMP_PREFIX + pid + DUMP_SUFFIX);
        // a dump of an earlier process with this id is stale by now (and read-only, as the JVM writes them)
        Files.deleteIfExists(dump);
        return Files.createFile(dump);
    }

    /** How much a folder's file store has usable for new files; a parameter so that tests can fill it. */
    @FunctionalInterface
    interface UsableSpace {
        long of(Path folder) throws IOException;
    }

    /** The usable space the file system reports. */
    static final UsableSpace FILE_STORE = folder -> Files.getFileStore(folder).getUsableSpace();

    /**
     * A launcher killed outright (kill -9) leaves its window's dump behind; nobody else will move it. Only a
     * tidy-up: a folder that is not there yet, or cannot be listed or written, is left as it is.
     */
    void deleteDumpsOfEndedLaunchers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> dumps = Files.newDirectoryStream(folder, DUMP_PREFIX + "*" + DUMP_SUFFIX)) {
            for (Path dump : dumps) {
                if (launcherOf(dump).flatMap(ProcessHandle::of).isEmpty()) {
                    deleteIfPossible(dump);
                }
            }
        } catch (IOException | RuntimeException notListed) {
            // 33 MB left until a start that can list the folder; nothing about this start depends on it
        }
    }

    private static void deleteIfPossible(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException notDeleted) {
            // a folder the user cannot write (the next start that can will delete it)
        }
    }

    /** Deletes the archive (a damaged one, or one the window's JVM crashed on) and its seal: the next start makes a new one. */
    void empty() throws IOException {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(seal());
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
     *
     * <p>The dump is on disk before it gets the archive's name, and the name is on disk after: a rename can
     * reach the disk before the data it names, and after a power loss the JVM would map a truncated archive
     * and crash (SIGBUS) on every start.
     */
    boolean fill(Path dump) throws IOException {
        if (!Files.isRegularFile(dump) || Files.size(dump) == 0) {
            Files.deleteIfExists(dump);
            return false;
        }
        // read-only: the JVM writes its archives with mode 0444, and on Linux fsync needs no write access
        try (FileChannel data = FileChannel.open(dump, StandardOpenOption.READ)) {
            data.force(true);
        }
        // sealed before it has its name: an archive is never there without the seal it is checked against
        ArchiveSeal.of(dump).writeTo(seal());
        Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            found.forEach(archives::add);
        }
        archives.remove(archive);
        archives.sort(Comparator.comparing(ClassDataArchiveSlot::modified).reversed());
        for (Path old : archives.subList(Math.min(KEPT - 1, archives.size()), archives.size())) {
            try {
                Files.deleteIfExists(old);
                Files.deleteIfExists(sealOf(old));
            } catch (IOException inUse) {
                // another start may have it mapped (Windows refuses to delete it then); it goes next time
            }
        }
        return true;
    }

    /** Puts the folder's entries (the archive's new name) on disk. */
    private void forceFolder() {
        try (FileChannel entries = FileChannel.open(folder, StandardOpenOption.READ)) {
            entries.force(true);
        } catch (IOException | RuntimeException cannotOpenAFolder) {
            // Windows cannot open a folder as a file (and never relaunches: ADR 0011); the move is made anyway
        }
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
