package cabletag.ui;

import cabletag.core.Document;
import cabletag.formats.inline.CableWriter;
import cabletag.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Save As / Export inline: writes corrected cables with the lossless inline writer (unedited cables
 * come out byte for byte, edited ones change only their edited tags). Every file is written atomically,
 * and an input file is never a target: the originals are never modified. No JavaFX.
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
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            Files.write(temp, writer.write(document));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void refuseInputs(Workspace workspace, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        List<Path> inputs = workspace.inputs();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (absolute.equals(in) || (Files.isDirectory(in) && absolute.startsWith(in))) {
                throw new IOException("refusing to write " + target + ": it is (inside) an input; the originals are never modified");
            }
        }
    }
}
