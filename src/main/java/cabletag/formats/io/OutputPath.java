package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a path the user gave for an output lands, as the operating system resolves it. The system follows
 * a link before it applies a {@code ..} after it: {@code lnk/../out.jsonl}, with {@code lnk} a link to
 * {@code corpus/sub}, is {@code corpus/out.jsonl}, not the {@code out.jsonl} beside {@code lnk} that
 * {@link Path#normalize()} makes of it as text. Every output is checked (never inside an input folder) and
 * written at this one resolved path, and messages name it.
 *
 * <p>The folder is resolved with links followed; the last name is not, so a link at the output itself is
 * still seen (and refused) as a link rather than written through.
 */
public final class OutputPath {

    private OutputPath() {
    }

    /**
     * The absolute output path with its folder's links and {@code ..} resolved as the system resolves them.
     * A folder that does not exist is left as written below its last existing folder (the system would find
     * no such folder there either, and the check that follows says so). A last name {@code .} or {@code ..}
     * names a folder, resolved whole.
     */
    public static Path resolve(Path given) {
        Path absolute = given.toAbsolutePath();
        Path name = absolute.getFileName();
        Path parent = absolute.getParent();
        if (name == null || parent == null) {
            return absolute; // the root
        }
        if (name.toString().equals(".") || name.toString().equals("..")) {
            return realAsFarAsItExists(absolute);
        }
        return realAsFarAsItExists(parent).resolve(name);
    }

    /**
     * The path with links (and the {@code ..} after them) resolved as far as it exists; the rest as written.
     * Used for inputs and outputs alike, so the two are compared as the system sees them.
     */
    public static Path realAsFarAsItExists(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null) {
                return absolute;
            }
            return realAsFarAsItExists(parent).resolve(absolute.getFileName());
        }
    }

    /**
     * What to add to a message that names the output as the user wrote it, when the system resolves it to
     * another place than the text says ({@code " (that is /data/corpus/out.jsonl)"}), else nothing.
     */
    public static String thatIs(Path given, Path resolved) {
        return given.toAbsolutePath().normalize().equals(resolved) ? "" : " (that is " + resolved + ")";
    }
}
