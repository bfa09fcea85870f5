package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.export.ExportFormat;
import cabletag.formats.export.ExportOptions;
import cabletag.formats.export.ExportSummary;
import cabletag.formats.export.ExportTarget;
import cabletag.formats.export.Exporter;
import cabletag.formats.inline.CableWriter;
import cabletag.formats.io.AtomicFile;
import cabletag.formats.io.InputGuard;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * Save As / Export inline: writes corrected cables with the lossless inline writer (unedited cables
 * come out byte for byte, edited ones change only their edited tags). Every file is written atomically
 * ({@link AtomicFile}), and an input file is never a target ({@link InputGuard}, the export's guard): the
 * originals are never modified. No JavaFX.
 */
public final class InlineSaver {

    private final CableWriter writer = new CableWriter();

    /** Writes one cable to {@code target}. */
    public void saveCable(Workspace workspace, int cable, Path target) throws IOException {
        refuseInputs(workspace, target);
        write(workspace.document(cable), target);
    }

    /**
     * Writes every cable under {@code folder}, at its corpus-relative name, as one set: this is the shared
     * exporter's inline format, so the folder is replaced whole (it must be new, empty or an earlier export)
     * and a failure or a kill leaves the old folder or the new one, never a part of each. Returns the
     * number of cables written.
     */
    public int saveAll(Workspace workspace, Path folder, DoubleConsumer progress) throws IOException {
        ExportOptions options = ExportOptions.of(ExportFormat.INLINE).withProtectedPaths(Set.copyOf(workspace.inputs()));
        ExportSummary summary = new Exporter(options).export(ExportDialog.sourceOf(workspace), ExportTarget.path(folder),
                (done, total, name) -> {
                    if (progress != null) {
                        progress.accept(done / (double) Math.max(1, total));
                    }
                }, () -> false);
        return Math.toIntExact(summary.cables());
    }

    private void write(Document document, Path target) throws IOException {
        AtomicFile.write(target, writer.write(document));
    }

    private static void refuseInputs(Workspace workspace, Path target) throws IOException {
        InputGuard.of(workspace.inputs()).checkFile(target);
    }
}
