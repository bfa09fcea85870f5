package cabletag.formats.export;

import cabletag.formats.io.FoldersNeverReplaced;
import cabletag.formats.io.InputGuard;
import cabletag.formats.io.OutputPath;
import cabletag.formats.io.OutputRefusedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether an export may write to a target at all, asked before it makes anything (no staging folder, no
 * folder lock, no folder): a refused export writes nothing anywhere, least of all in an input folder. The
 * one check behind {@code cabletag export} (which asks it before reading the corpus) and every export of
 * the window (the {@link Exporter} asks it first).
 */
public final class ExportTargetCheck {

    private ExportTargetCheck() {
    }

    /**
     * Refuses a target that is or lies inside an input, that a folder export may never replace (the working
     * folder, the home folder, the root), whose folder does not exist or cannot be written, or that is of the
     * wrong kind for the format (a folder for a file format, a file for a folder format, a link, a FIFO, a
     * device); each refusal says why in one line, naming the target as the user gave it. The target is
     * checked where the system puts it ({@link OutputPath}: {@code lnk/..} is where {@code lnk} points, then up).
     */
    public static void check(Path given, ExportFormat format, InputGuard inputs) throws OutputRefusedException {
        check(given, format, null, inputs);
    }

    /**
     * As above, for an export split in three ({@code split} not null): a file format then writes the three parts
     * beside {@code given} ({@code out.train.jsonl}…, and hf's {@code out.labels.json}), never {@code given}
     * itself, so those files are checked, each named, and {@code given} is not (a read-only {@code out.jsonl}
     * that no part replaces is no reason to refuse).
     */
    public static void check(Path given, ExportFormat format, SplitRatios split, InputGuard inputs) throws OutputRefusedException {
        Path target = OutputPath.resolve(given);
        // the files a file format writes, named as the user gave the output: the file, or the split's parts
        List<Path> written = format.writesFolder() ? List.of(given)
                : ExportOutputNames.of(given.toString(), format, split).stream().map(Path::of).toList();
        if (format.writesFolder()) {
            inputs.checkFolder(given);
            try {
                FoldersNeverReplaced.ofThisProcess().check(target);
            } catch (OutputRefusedException e) {
                throw new OutputRefusedException("cannot write " + given + ": " + e.getMessage());
            }
        } else {
            for (Path file : written) {
                inputs.checkFile(file);
            }
        }
        // Links are not followed here: a link at the target is refused below, whatever it points to.
        if (format.writesFolder()) {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException("output " + given + " is a file; " + format.cliName() + " writes a folder");
            }
        } else {
            for (Path file : written) {
                if (Files.isDirectory(OutputPath.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                    throw new OutputRefusedException("output " + file + " is a folder; " + format.cliName() + " writes a file");
                }
            }
        }
        // A FIFO, a device or a link at the target would be replaced by (or written through as) a plain file. Said
        // before the folder's permission: -o /dev/full as a user was "permission denied (/dev)", sending them to fix
        // a permission when no permission makes a device an export file.
        refuseWhatIsNoOutput(written, format, true);
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new OutputRefusedException("cannot write " + given + ": no such folder");
        }
        if (!existing.equals(target) && !Files.isDirectory(existing)) {
            throw new OutputRefusedException("cannot write " + given + ": " + existing + " is not a folder");
        }
        // a folder format's target folder may be new, but not its parent: as for a file, a typo in a folder
        // name is said, not made into a path (brat -o nope/deeper/b created both folders)
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OutputRefusedException("cannot write " + given + ": folder " + parent + " does not exist");
        }
        Path writable = Files.isDirectory(existing) && !existing.equals(target) ? existing : parent;
        if (!Files.isWritable(writable)) {
            throw new OutputRefusedException("cannot write " + given + ": permission denied (" + writable + ")");
        }
        refuseWhatIsNoOutput(written, format, false);
    }

    /**
     * Refuses a target that is no file (or folder) an export may replace ({@link ExportTarget#problemWith}); with
     * {@code thereOnly}, only targets that are there: a path under a file is said by the checks of its folders.
     */
    private static void refuseWhatIsNoOutput(List<Path> written, ExportFormat format, boolean thereOnly) throws OutputRefusedException {
        for (Path file : written) {
            if (thereOnly && !Files.exists(OutputPath.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String problem = ExportTarget.problemWith(file, format.writesFolder());
            if (problem != null) {
                throw new OutputRefusedException("output " + problem);
            }
        }
    }
}
