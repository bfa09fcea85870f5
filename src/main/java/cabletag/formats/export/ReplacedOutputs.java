package cabletag.formats.export;

import cabletag.formats.io.ExportMark;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.NumberedCopy;
import cabletag.formats.io.OverwritesInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an export would do to what is already at its target, told before it runs, by the rules the
 * export itself applies when it commits ({@link OutputStaging}): each existing output is replaced as an
 * earlier export, kept as a numbered copy first (a file no export wrote), or refused (a link, a folder
 * of other files, an input). The export dialog shows this beside the target, so no file is replaced
 * without the analyst having seen that it will be.
 */
public final class ReplacedOutputs {

    /** What happens to an output that exists. */
    public enum Fate {
        /** An earlier export's output, unchanged since: replaced as it is. */
        REPLACED,
        /** A file no export wrote, or one changed since: kept as {@link Existing#copy()} and then replaced. */
        KEPT_AS_COPY,
        /** The export would refuse this target; {@link Existing#reason()} says why. */
        REFUSED
    }

    /**
     * One output that exists at the target, and its fate; {@code copy} only for KEPT_AS_COPY; {@code reason}
     * why it is refused, or why it is kept ("was changed since cabletag wrote it"), else null.
     */
    public record Existing(Path path, Fate fate, Path copy, String reason) {
    }

    private ReplacedOutputs() {
    }

    /**
     * The outputs an export in {@code format} (split in three or not) to {@code target} would write that
     * exist now, in the order the export names them; empty when it would only write new files.
     */
    public static List<Existing> at(Path target, ExportFormat format, boolean split, Collection<Path> inputs) {
        InputGuard guard = InputGuard.of(inputs);
        List<Existing> found = new ArrayList<>();
        for (Path output : outputs(target, format, split)) {
            Existing existing = format.writesFolder() ? folder(output, guard) : file(output, guard);
            if (existing != null) {
                found.add(existing);
            }
        }
        return List.copyOf(found);
    }

    /** The paths an export writes: a folder target itself; a file target's split parts and hf's label file beside. */
    static List<Path> outputs(Path target, ExportFormat format, boolean split) {
        if (format.writesFolder()) {
            return List.of(target);
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        List<Path> paths = new ArrayList<>();
        if (split) {
            for (SplitRatios.Part part : SplitRatios.Part.values()) {
                paths.add(target.resolveSibling(Outputs.partFileName(name, part, "")));
            }
        } else {
            paths.add(target);
        }
        if (format == ExportFormat.HF) {
            paths.add(target.resolveSibling(Outputs.partFileName(name, null, HfWriter.LABELS_SUFFIX)));
        }
        return paths;
    }

    private static Existing file(Path path, InputGuard guard) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String refused = refusal(path, false, guard);
        if (refused != null) {
            return new Existing(path, Fate.REFUSED, null, refused);
        }
        // the export's own test: an output unchanged since cabletag wrote it is replaced, anything else kept
        ExportMark.Provenance provenance = ExportMark.provenance(path);
        return provenance.keep() ? new Existing(path, Fate.KEPT_AS_COPY, NumberedCopy.next(path), provenance.why())
                : new Existing(path, Fate.REPLACED, null, null);
    }

    private static Existing folder(Path path, InputGuard guard) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String refused = refusal(path, true, guard);
        if (refused != null) {
            return new Existing(path, Fate.REFUSED, null, refused);
        }
        try {
            String foreign = OutputStaging.foreignFolderProblem(path);
            if (foreign != null) {
                return new Existing(path, Fate.REFUSED, null, foreign);
            }
            // an empty folder loses nothing: the export only fills it
            return OutputStaging.isEmpty(path) ? null : new Existing(path, Fate.REPLACED, null, null);
        } catch (IOException e) {
            return new Existing(path, Fate.REFUSED, null, path + ": " + cabletag.formats.io.IoReason.describe(e));
        }
    }

    /** Why the export would refuse this existing output: not a file (or folder), a link, an input. */
    private static String refusal(Path path, boolean folder, InputGuard guard) {
        String problem = ExportTarget.problemWith(path, folder);
        if (problem != null) {
            return problem;
        }
        try {
            if (folder) {
                guard.checkFolder(path);
            } else {
                guard.checkFile(path);
            }
            return null;
        } catch (OverwritesInputException e) {
            return e.getMessage();
        }
    }
}
