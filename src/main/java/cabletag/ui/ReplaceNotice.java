package cabletag.ui;

import cabletag.formats.export.ReplacedOutputs.Existing;
import cabletag.formats.export.ReplacedOutputs.Fate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;

/**
 * The export dialog's line under the target: what the export would replace there
 * ({@link cabletag.formats.export.ReplacedOutputs}), said before it runs
 * ("win.jsonl exists and will be replaced"; a file no export wrote is kept as a numbered copy first, as
 * {@code cabletag export} keeps it; a target the export would refuse, and why). It remembers what it
 * last showed, so the dialog can tell an output the analyst has seen from one that appeared since.
 */
final class ReplaceNotice {

    private final Label line = new Label();
    private List<Existing> shown = List.of();

    ReplaceNotice() {
        line.setId("export-replaces");
        line.getStyleClass().add("field-problem");
        line.setWrapText(true);
        line.managedProperty().bind(line.visibleProperty());
        line.setVisible(false);
    }

    Label node() {
        return line;
    }

    /** Shows {@code found}; nothing when it is empty. */
    void show(List<Existing> found) {
        show(found, java.util.Set.of());
    }

    /**
     * Shows {@code found}, where {@code justExported} are the outputs the dialog's last export wrote there with
     * the same options: right after an export, "win.jsonl exists and will be replaced", in the warning's colour,
     * read like a problem with the file just written. Those alone are said as what they are, without the warning.
     */
    void show(List<Existing> found, java.util.Set<Path> justExported) {
        shown = List.copyOf(found);
        boolean onlyJustExported = onlyJustExported(shown, justExported);
        String text = onlyJustExported ? describeJustExported(shown) : describe(shown);
        line.setText(text);
        line.setVisible(!text.isEmpty());
        line.getStyleClass().remove("field-problem");
        if (!onlyJustExported) {
            line.getStyleClass().add("field-problem");
        }
    }

    /** True when all the export would replace is what the last export wrote, unchanged since. */
    static boolean onlyJustExported(List<Existing> found, java.util.Set<Path> justExported) {
        return !found.isEmpty() && found.stream().allMatch(e -> e.fate() == Fate.REPLACED && justExported.contains(e.path()));
    }

    private static String describeJustExported(List<Existing> found) {
        List<String> names = new ArrayList<>();
        for (Existing existing : found) {
            names.add(name(existing.path()));
        }
        return joined(names) + (names.size() == 1 ? " is" : " are") + " what this export just wrote; exporting again replaces "
                + (names.size() == 1 ? "it" : "them");
    }

    /** True when every output in {@code found} has been shown with the same fate: the analyst has seen them all. */
    boolean hasShown(List<Existing> found) {
        for (Existing existing : found) {
            if (shown.stream().noneMatch(seen -> seen.path().equals(existing.path()) && seen.fate() == existing.fate())) {
                return false;
            }
        }
        return true;
    }

    /** True when the export would replace something (and refuse nothing): its button then says so. */
    static boolean replaces(List<Existing> found) {
        return !found.isEmpty() && found.stream().noneMatch(e -> e.fate() == Fate.REFUSED);
    }

    /** One line per kind of fate: the replaced outputs together, then each kept copy, then each refusal. */
    static String describe(List<Existing> found) {
        List<String> lines = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        boolean folder = false;
        for (Existing existing : found) {
            if (existing.fate() == Fate.REPLACED) {
                replaced.add(name(existing.path()));
                folder |= java.nio.file.Files.isDirectory(existing.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        }
        if (!replaced.isEmpty()) {
            lines.add(joined(replaced) + (replaced.size() == 1 ? " exists" : " exist")
                    + (folder ? " (an earlier export) and will be replaced as a whole; files added or changed in it are kept" : " and will be replaced"));
        }
        for (Existing existing : found) {
            if (existing.fate() == Fate.KEPT_AS_COPY) {
                lines.add(name(existing.path()) + " exists and " + existing.reason() + ": it will be kept as "
                        + name(existing.copy()) + ", then replaced");
            }
        }
        for (Existing existing : found) {
            if (existing.fate() == Fate.REFUSED) {
                lines.add("Cannot export here: " + existing.reason());
            }
        }
        return String.join("\n", lines);
    }

    /** "a", "a and b", "a, b and c". */
    private static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return cabletag.core.ShownName.of(name == null ? path.toString() : name.toString());
    }
}
