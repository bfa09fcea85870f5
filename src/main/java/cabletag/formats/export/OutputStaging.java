package cabletag.formats.export;

import cabletag.formats.io.ExportMark;
import cabletag.formats.io.FoldersNeverReplaced;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.MarkingOutputStream;
import cabletag.formats.io.OutputRefusedException;
import cabletag.formats.io.OutputSet;
import cabletag.formats.io.ReplacedFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An export's files, written into an {@link OutputSet} staged beside the destination and replacing the
 * old outputs as one set when the export succeeds; a cancelled or failed export leaves the destination
 * as it was. Every destination passes the one {@link InputGuard}, so no export overwrites an input.
 *
 * <p>Two modes. For a file target ({@link #forFiles}) the set is the target's files (a split's three
 * parts, hf's label file beside its data); a destination that exists and is not a regular file (a FIFO,
 * a device, a folder, a symbolic link) is refused before anything moves, because renaming over it would
 * silently turn a pipe or a link into a plain file, and an existing file that is not an unchanged output of
 * cabletag is kept as a numbered copy before it is replaced ({@link ExportMark}). For a folder target
 * ({@link #forFolder}) the set is the whole folder, so files of an earlier export never survive beside the new
 * ones; an existing folder is only replaced when it is empty or is itself a cabletag export, and what the user
 * wrote in it comes into the new folder ({@link ReplacedFolder}). Every file an export writes is marked with
 * what it holds as it is closed ({@link MarkingOutputStream}), so the next export can tell what changed.
 */
final class OutputStaging implements AutoCloseable {

    /** Written into every inline export folder, so a later export knows it may replace the folder. */
    static final String FOLDER_MARKER = ".cabletag-export";
    /** The first line of a brat export's annotation.conf, which marks a brat export folder. */
    static final String BRAT_CONF_HEADER = "# Written by cabletag";

    private final Path destinationRoot;
    private final OutputSet set;
    private final Path staging;        // folder mode: where the folder's new content is written
    private final Path folderTarget;   // null in file mode
    private final InputGuard inputs;
    private final List<String> relativeNames = new ArrayList<>();
    private final List<String> keptCopies = new ArrayList<>();

    private OutputStaging(Path destinationRoot, OutputSet set, Path staging, Path folderTarget, InputGuard inputs) {
        this.destinationRoot = destinationRoot;
        this.set = set;
        this.staging = staging;
        this.folderTarget = folderTarget;
        this.inputs = inputs;
    }

    /**
     * Files named relative to {@code folder} (a file target's folder), replaced as one set. Every one of
     * {@code names}, the files the export will write, is checked before the set begins: a refused name
     * leaves nothing in the folder, not even its lock.
     */
    static OutputStaging forFiles(Path folder, Set<Path> protectedPaths, List<String> names) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        InputGuard inputs = InputGuard.of(protectedPaths);
        for (String name : names) {
            checkFileDestination(root.resolve(name).normalize(), inputs);
        }
        return new OutputStaging(root, OutputSet.begin(root), null, null, inputs);
    }

    private static void checkFileDestination(Path destination, InputGuard inputs) throws IOException {
        inputs.checkFile(destination);
        String problem = ExportTarget.problemWith(destination, false);
        if (problem != null) {
            throw new OutputRefusedException(problem);
        }
    }

    /** A whole folder, staged beside {@code target} and swapped in at the end. */
    static OutputStaging forFolder(Path target, Set<Path> protectedPaths) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Path parent = root.getParent() == null ? root : root.getParent();
        InputGuard inputs = InputGuard.of(protectedPaths);
        checkFolderTarget(root, inputs);
        OutputSet set = OutputSet.begin(parent);
        try {
            // The staged folder becomes the output folder, so it gets the ordinary permissions of a new folder
            // (and, like everything staged, the owner and group of the folder it is made in, where they may be given).
            Path staging = set.createFolders(set.staged(root.getFileName().toString()));
            return new OutputStaging(root, set, staging, root, inputs);
        } catch (IOException | RuntimeException e) {
            set.close();
            throw e;
        }
    }

    private static void checkFolderTarget(Path target, InputGuard inputs) throws IOException {
        FoldersNeverReplaced.ofThisProcess().check(target); // the working folder, the home, the root: not even empty
        String problem = ExportTarget.problemWith(target, true);
        if (problem != null) {
            throw new OutputRefusedException(problem);
        }
        inputs.checkFolder(target); // replacing the folder would delete every input inside it
        String foreign = foreignFolderProblem(target);
        if (foreign != null) {
            throw new OutputRefusedException(foreign);
        }
    }

    /** Why an existing folder target may not be replaced whole (it holds other files), or null. */
    static String foreignFolderProblem(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && !isEmpty(target) && !isCabletagExport(target)) {
            return target + " is a folder that is not empty and not an earlier cabletag export"
                    + (holdsExportedEntries(target) ? " (it holds files or folders an export wrote, but neither the"
                            + " annotation.conf nor the " + FOLDER_MARKER + " an export writes at its top: moved or"
                            + " deleted? Put it back to export into this folder again)" : "")
                    + "; choose a new or empty folder";
        }
        return null;
    }

    /** Whether an entry at the folder's top carries an export's mark: an export's folder whose top file went. */
    private static boolean holdsExportedEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> ExportMark.isMarked(entry) || ExportMark.isExportFolder(entry));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // the refusal stands; only its hint is missing
        }
    }

    static boolean isEmpty(Path folder) throws IOException {
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
        inputs.checkFile(destination);
        Path file = stagedFile(relativeName);
        set.createFolders(file.getParent());
        relativeNames.add(relativeName);
        try {
            // a folder export's file is marked with its path under the folder: moved to another of its folders, it is the user's
            String marked = folderTarget == null ? file.getFileName().toString() : ExportMark.pathInFolder(staging.relativize(file));
            return new MarkingOutputStream(set.create(file), file, marked);
        } catch (FileAlreadyExistsException e) {
            throw new OutputRefusedException("two outputs would be named " + relativeName, e);
        }
    }

    /** Creates an (empty) folder of a folder export, e.g. the {@code test/} of a split that got no cable. */
    void createFolder(String relativeName) throws IOException {
        if (folderTarget == null) {
            throw new IllegalStateException("folders belong to folder exports");
        }
        set.createFolders(stagedFile(relativeName));
    }

    private Path stagedFile(String relativeName) throws IOException {
        if (folderTarget == null) {
            if (relativeName.contains("/") || relativeName.contains("\\")) {
                throw new OutputRefusedException("output name leaves the output folder: " + relativeName);
            }
            return set.staged(relativeName);
        }
        Path file = staging.resolve(relativeName).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new OutputRefusedException("output name escapes the output folder: " + relativeName);
        }
        return file;
    }

    Path destination(String relativeName) {
        return destinationRoot.resolve(relativeName).normalize();
    }

    /** Replaces the old outputs with the staged ones as one set; returns the files written. */
    List<Path> commit() throws IOException {
        if (folderTarget != null && !relativeNames.contains(FOLDER_MARKER) && !Files.exists(staging.resolve("annotation.conf"))) {
            Path markerFile = staging.resolve(FOLDER_MARKER);
            try (OutputStream marker = new MarkingOutputStream(set.create(markerFile), markerFile,
                    ExportMark.pathInFolder(staging.relativize(markerFile)))) {
                marker.write("This folder was written by a cabletag export; the next export into it replaces it whole.\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        List<String> entries = folderTarget != null ? List.of(folderTarget.getFileName().toString())
                : List.copyOf(new LinkedHashSet<>(relativeNames));
        // Checked again under the lock, just before anything moves: the destination may have changed
        // during the export, and a refused one leaves the whole old set as it was.
        set.commit(entries, () -> {
            if (folderTarget != null) {
                checkFolderTarget(folderTarget, inputs);
                // Last, once nothing can refuse any more: what the user wrote in the old folder comes along.
                keptCopies.addAll(ReplacedFolder.keepUsersFiles(folderTarget, staging));
                set.keptBeforeJournal(keptCopies); // said by the recovery, should this export be killed before it says them
                return;
            }
            for (String name : relativeNames) {
                checkFileDestination(destination(name), inputs);
            }
            // Last, once nothing can refuse any more: a file the user wrote or changed is kept before it is replaced.
            for (String name : entries) {
                ExportMark.keepUnlessUnchanged(destination(name)).ifPresent(keptCopies::add);
            }
            set.keptBeforeJournal(keptCopies); // said by the recovery, should this export be killed before it says them
        });
        List<Path> written = new ArrayList<>();
        for (String name : relativeNames) {
            written.add(destination(name));
        }
        return written;
    }

    /**
     * What the start of this export found and repaired in the output folder, and the files the user wrote
     * or changed that it kept (as copies, or in a replaced folder); one line each.
     */
    List<String> notes() {
        List<String> notes = new ArrayList<>(set.notes());
        notes.addAll(keptCopies);
        return notes;
    }

    @Override
    public void close() throws IOException {
        set.close();
    }
}
