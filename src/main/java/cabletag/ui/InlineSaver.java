package cabletag.ui;

import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportProgress;
import cabletag.formats.export.ExportSource;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.io.OutputFile;
import cabletag.formats.io.FolderTree;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.OutputPath;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * File ▸ Save cable as inline and File ▸ Export all inline. Both go through the one {@link Exporter}
 * with the inline format, so the window writes exactly the bytes {@code cabletag export -f inline}
 * writes (unedited cables byte for byte, edited ones differing only in their edited tags), staged and
 * moved into place atomically. An input file, or anything inside an input folder, is never a target:
 * the originals are never modified. No JavaFX.
 */
public final class InlineSaver {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Writes one cable to the file {@code target} (the window's file chooser). The exporter writes an
     * inline folder of that one cable in a hidden folder beside the target; its one file is then renamed
     * onto the target, which is atomic in the same folder, and the hidden folder removed.
     *
     * A file there that is not an unchanged earlier output of cabletag is kept as {@code NAME.~N~} first.
     *
     * @return the line that names the copy kept of the file that was there, when one was kept
     * @throws IOException when the target is an input, not a regular file (a folder, a link, a FIFO), or
     *                     cannot be written; then the target is as it was
     */
    public Optional<String> saveCable(Workspace workspace, int cable, Path target) throws IOException {
        Path file = OutputPath.resolve(target); // as the system resolves it: lnk/.. is where lnk points, then up
        String problem = ExportTarget.problemWith(file, false);
        if (problem != null) {
            throw new IOException(problem);
        }
        InputGuard.of(workspace.inputs()).checkFile(file); // an input, or anything inside an input folder
        Path folder = file.resolveSibling("." + file.getFileName() + ".cabletag-save-"
                + Long.toUnsignedString(RANDOM.nextLong(), 36));
        try {
            ExportSummary summary = new Exporter(options(workspace)).export(ExportSource.of(List.of(workspace.document(cable))),
                    ExportTarget.path(folder), ExportProgress.NONE, () -> false);
            if (summary.notWritten() > 0) {
                // the inline form of this cable would not read back as it is: say why, write nothing
                throw new IOException(String.join("; ", summary.problems()));
            }
            // the one atomic writer, which keeps the permissions of a file it replaces (a private file stays
            // private), under the rule of every output: nothing the user wrote is replaced without a copy
            return OutputFile.write(file, Files.readAllBytes(theOneCableIn(folder)));
        } finally {
            FolderTree.delete(folder);
        }
    }

    /**
     * Exports every cable, corrected, into {@code folder} (the window's folder chooser), each at its
     * corpus-relative name. The exporter's folder rules hold: the folder must be new, empty or an
     * earlier cabletag export, and is replaced as a whole.
     */
    public ExportSummary saveAll(Workspace workspace, Path folder, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        Path target = OutputPath.resolve(folder); // as the system resolves it: lnk/.. is where lnk points, then up
        // the exporter refuses an input, a folder holding one or one inside an input folder before it makes
        // anything (ExportTargetCheck, with the workspace's inputs protected by the options)
        return new Exporter(options(workspace)).export(ExportDialog.sourceOf(workspace), ExportTarget.path(target),
                progress, cancelled);
    }

    private static ExportOptions options(Workspace workspace) {
        return ExportOptions.of(ExportFormat.INLINE).withProtectedPaths(Set.copyOf(workspace.inputs()));
    }

    /** The cable file of a one-cable inline export (beside it only the export's hidden marker). */
    private static Path theOneCableIn(Path folder) throws IOException {
        List<Path> cables = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !path.getParent().equals(folder) || !path.getFileName().toString().startsWith("."))
                    .forEach(cables::add);
        }
        if (cables.size() != 1) {
            throw new IOException("the inline export of one cable wrote " + cables.size() + " files: " + cables);
        }
        return cables.get(0);
    }
}
