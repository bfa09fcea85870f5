package cabletag.formats.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a folder export (brat, inline), which replaces its target folder whole, never replaces, even
 * when they are empty or an earlier export: the root, the home folder, the current working folder, and any
 * folder that holds the home or the working folder. Swapping the working folder out leaves the shell that
 * ran the export in a deleted folder, where the new export cannot be seen ({@code ls} shows nothing); swapping
 * out the home folder or the root is never what an export meant. Paths are compared as the system resolves
 * them ({@link OutputPath}), so {@code .}, {@code ''}, {@code ../work} and a link all count as what they name.
 */
public final class FoldersNeverReplaced {

    /** One folder kept, what it is, and what replacing it would do. */
    private record Kept(Path folder, String what, String because) {
    }

    private static final String WHOLE = "a folder export replaces its folder whole";
    private static final String CHOOSE = "; choose a new folder inside or beside it";

    private final List<Kept> kept;

    private FoldersNeverReplaced(List<Kept> kept) {
        this.kept = List.copyOf(kept);
    }

    /** This process's working folder and home folder ({@code user.home}, and {@code $HOME} when it differs). */
    public static FoldersNeverReplaced ofThisProcess() {
        String home = System.getenv("HOME");
        return of(Path.of(""), home == null || home.isEmpty() ? null : Path.of(home), Path.of(System.getProperty("user.home")));
    }

    /**
     * @param workingFolder the current working folder
     * @param homes         the home folder as the process knows it (null ones left out)
     */
    static FoldersNeverReplaced of(Path workingFolder, Path... homes) {
        List<Kept> kept = new ArrayList<>();
        kept.add(new Kept(OutputPath.realAsFarAsItExists(workingFolder), "the current folder",
                WHOLE + ", which would leave the shell working in it in a deleted folder"));
        for (Path home : homes) {
            if (home != null) {
                kept.add(new Kept(OutputPath.realAsFarAsItExists(home), "the home folder", WHOLE + ", with all it holds"));
            }
        }
        return new FoldersNeverReplaced(kept);
    }

    /**
     * Refuses a folder export's target that is one of these folders or holds one; the message names the
     * folder as resolved ({@code .} says which folder it is).
     */
    public void check(Path target) throws OutputRefusedException {
        Path folder = OutputPath.resolve(target);
        String named = folder.toString();
        if (folder.getParent() == null) {
            throw new OutputRefusedException(named + " is the root folder; " + WHOLE + ", with all it holds" + CHOOSE);
        }
        for (Kept one : kept) {
            if (one.folder().equals(folder)) {
                throw new OutputRefusedException(named + " is " + one.what() + "; " + one.because() + CHOOSE);
            }
            if (one.folder().startsWith(folder)) {
                throw new OutputRefusedException(named + " holds " + one.what() + " " + one.folder() + "; " + one.because() + CHOOSE);
            }
        }
    }
}
