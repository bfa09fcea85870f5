package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.inline.CableWriter;
import cabletag.formats.io.AtomicFile;
import cabletag.formats.io.InputGuard;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
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

    /** Writes every cable under {@code folder}, at its corpus-relative name; returns the files written. */
    public int saveAll(Workspace workspace, Path folder, DoubleConsumer progress) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        for (int cable = 0; cable < workspace.size(); cable++) {
            Document document = workspace.document(cable);
            Path target = root.resolve(document.source().name()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException(document.source().name() + ": name leaves the target folder " + root);
            }
            refuseInputs(workspace, target);
            write(document, target);
            if (progress != null) {
                progress.accept((cable + 1.0) / workspace.size());
            }
        }
        return workspace.size();
    }

    private void write(Document document, Path target) throws IOException {
        AtomicFile.write(target, writer.write(document));
    }

    private static void refuseInputs(Workspace workspace, Path target) throws IOException {
        InputGuard.of(workspace.inputs()).checkFile(target);
    }
}
