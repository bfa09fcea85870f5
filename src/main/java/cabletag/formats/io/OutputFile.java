package cabletag.formats.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One file written for the user outside an export — {@code report --html}, the Report view's Save, File ▸
 * Save cable as inline — under the export's rule: an earlier output of cabletag that nobody changed since
 * is replaced as it is; any other existing file is kept as {@code NAME.~N~} first ({@link ExportMark}).
 * Written atomically ({@link AtomicFile}) and marked, so the next write can tell.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * Writes {@code bytes} to {@code target}; returns the line that names the copy kept of the old file,
     * when one was kept.
     */
    public static Optional<String> write(Path given, byte[] bytes) throws IOException {
        Path target = OutputPath.resolve(given); // where the system puts it: lnk/.. is where lnk points, then up
        refuseReadOnly(given, target);
        Optional<String> kept = ExportMark.keepUnlessUnchanged(target);
        ContentFingerprint written = ContentFingerprint.of(bytes);
        String name = target.getFileName().toString();
        AtomicFile.write(target, out -> out.write(bytes), temp -> ExportMark.mark(temp, name, written));
        return kept;
    }

    /**
     * A file made read-only is one its owner protects, as cp and editors take it, and as an export refuses it
     * ({@code ExportTarget.problemWith}): the rename would replace it all the same, since it needs only the
     * folder to be writable. Asked here, at the write, so no caller can miss it (the Report view's Save did) and
     * a file made read-only while the report was being computed is not replaced either. Root may write it, and does.
     *
     * @throws OutputRefusedException when {@code target} exists and its writer may not write it
     */
    static void refuseReadOnly(Path given, Path target) throws OutputRefusedException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(target)) {
            throw new OutputRefusedException(given + " is read-only (permission denied): replacing it needs permission to"
                    + " write it; make it writable (chmod u+w) or choose a file path");
        }
    }
}
