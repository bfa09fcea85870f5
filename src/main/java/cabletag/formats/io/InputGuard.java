package cabletag.formats.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The program's one check that an output never overwrites an input: every export path (the command,
 * the window's export dialog, Save As) asks it about each file it is about to replace. Paths are
 * compared after resolving links as the system does ({@link OutputPath}), so {@code corpus/../corpus/a.txt},
 * a link to an input, or {@code lnk/../out.jsonl} with {@code lnk} a link into an input folder is caught.
 *
 * <ul>
 *   <li>a file output is refused when it is an input file, or anywhere inside an input folder, even new:
 *       the next reading of the folder would read it as an input;</li>
 *   <li>a folder output, which replaces the whole folder, is refused when it is an input or holds one, and
 *       when it lies inside an input folder (its files would).</li>
 * </ul>
 */
public final class InputGuard {

    private static final InputGuard NONE = new InputGuard(List.of());

    private final List<Input> inputs;

    private record Input(Path given, Path real, boolean folder) {
    }

    private InputGuard(List<Input> inputs) {
        this.inputs = inputs;
    }

    public static InputGuard of(Collection<Path> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return NONE;
        }
        List<Input> resolved = new ArrayList<>();
        for (Path input : inputs) {
            Path real = realPath(input);
            resolved.add(new Input(input, real, Files.isDirectory(real)));
        }
        return new InputGuard(List.copyOf(resolved));
    }

    public static InputGuard none() {
        return NONE;
    }

    /** Refuses a file output that is an input, or an existing file inside an input folder. */
    public void checkFile(Path destination) throws OverwritesInputException {
        if (inputs.isEmpty()) {
            return;
        }
        Path real = realPath(destination);
        String named = destination + OutputPath.thatIs(destination, real);
        for (Input input : inputs) {
            if (real.equals(input.real())) {
                throw new OverwritesInputException("output " + named + " is the input " + input.given()
                        + "; refusing to overwrite input, inputs are never overwritten");
            }
        }
        for (Input input : inputs) {
            if (input.folder() && real.startsWith(input.real()) && Files.exists(real)) {
                throw new OverwritesInputException("refusing to overwrite input " + named
                        + " (it is inside the input folder " + input.given() + "); inputs are never overwritten");
            }
            if (input.folder() && real.startsWith(input.real())) {
                // Not only an existing file: a new one there would be read as an input by the next reading
                // of that folder (an out.jsonl as a dataset, a report.html as a cable), and the same command
                // run twice would then refuse to overwrite its own output.
                throw new OverwritesInputException("refusing to write " + named + " inside the input folder "
                        + input.given() + ": the next reading of that folder would take it for an input; choose a"
                        + " path outside the input folders");
            }
        }
    }

    /** Refuses a folder output, replaced whole, that is an input, holds one, or lies inside an input folder. */
    public void checkFolder(Path folder) throws OverwritesInputException {
        if (inputs.isEmpty()) {
            return;
        }
        Path real = realPath(folder);
        String named = folder + OutputPath.thatIs(folder, real);
        for (Input input : inputs) {
            if (real.equals(input.real())) {
                throw new OverwritesInputException("output " + named + " is the input " + input.given()
                        + "; refusing to overwrite input, inputs are never overwritten");
            }
            if (input.real().startsWith(real)) {
                throw new OverwritesInputException("refusing to overwrite input " + input.given()
                        + " (it is inside the output folder " + named + "); inputs are never overwritten");
            }
        }
        for (Input input : inputs) {
            if (input.folder() && real.startsWith(input.real())) {
                // every file written into it would lie inside the input folder (see checkFile); refused here,
                // before anything is made, rather than at the export's first file
                throw new OverwritesInputException("refusing to write " + named + " inside the input folder "
                        + input.given() + ": the next reading of that folder would take its files for inputs; choose a"
                        + " path outside the input folders");
            }
        }
    }

    /** The path with links resolved as far as it exists, as the system resolves them; the rest as written. */
    static Path realPath(Path path) {
        return OutputPath.realAsFarAsItExists(path);
    }
}
