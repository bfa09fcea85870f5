package cabletag.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Dragboard;

/**
 * What a drop onto the window carries: the files and folders to open, or why nothing is opened.
 * A drop is opened whole or not at all, because the store that keeps the corrections is chosen by
 * the whole set of inputs: opening only the dropped paths that exist would file the analyst's work
 * under a set they never chose.
 */
record DroppedFiles(List<Path> inputs, List<Path> missing) {

    DroppedFiles {
        inputs = List.copyOf(inputs);
        missing = List.copyOf(missing);
    }

    /**
     * Whether a drag may end here. Only files are taken; text, links or images are refused while the
     * mouse is still moving, so the cursor says so before anything is dropped. Existence is left to
     * the drop: the drag-over check runs on every mouse move.
     */
    static boolean accepts(Dragboard board) {
        return board.hasFiles() && !board.getFiles().isEmpty();
    }

    static DroppedFiles of(Dragboard board) {
        List<Path> paths = accepts(board) ? board.getFiles().stream().map(File::toPath).toList() : List.of();
        return new DroppedFiles(paths, paths.stream().filter(path -> !Files.exists(path)).toList());
    }

    /** True when there is something to open and all of it is there. */
    boolean openable() {
        return !inputs.isEmpty() && missing.isEmpty();
    }

    /** What to tell the analyst when the drop is not opened; empty when it is. */
    Optional<String> refusal() {
        if (inputs.isEmpty()) {
            return Optional.of("Nothing opened: only files and folders can be dropped here");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        if (missing.size() == 1) {
            return Optional.of("Nothing opened: " + missing.get(0) + " does not exist (no such file or folder)");
        }
        return Optional.of("Nothing opened: " + missing.size() + " of the dropped inputs do not exist: "
                + String.join(", ", missing.stream().map(Path::toString).toList()));
    }
}
