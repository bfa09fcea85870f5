package cabletag.formats.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The program's one way to write a single file: a whole file or nothing. The bytes go to a temporary
 * file in the target's folder, which is forced to disk, given the owner, group and permissions of the file it
 * replaces ({@link ReplacedAttributes}),
 * and renamed over the target in one step; then the folder is forced so the rename survives a power cut.
 * A kill at any moment leaves the old file or the new one, never a mix; at worst a temporary
 * {@code .NAME.*.tmp} file is left beside it.
 */
public final class AtomicFile {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path given, Content content) throws IOException {
        write(given, content, temp -> { });
    }

    /** A step on the complete temporary file just before it is renamed over the target. */
    @FunctionalInterface
    interface BeforeRename {
        void prepare(Path temp) throws IOException;
    }

    static void write(Path given, Content content, BeforeRename beforeRename) throws IOException {
        // the folder as the system resolves it (lnk/.. is where lnk points, then up), so the temporary file is
        // made, and the folder forced, where the rename lands
        Path target = OutputPath.resolve(given);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = createTemp(folder, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            // A file kept for this program (the store, the preferences) or one the user saves again keeps its
            // owner where that may be given; otherwise it is the writer's, as any file they write (no note).
            ReplacedAttributes.carryOver(target, temp);
            beforeRename.prepare(temp);
            Durable.move(temp, target);
            Durable.forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True for the temporary files {@link #write} leaves when it is killed before its rename. */
    static boolean isTemporaryOf(String fileName, String targetName) {
        return fileName.startsWith("." + targetName + ".") && fileName.endsWith(".tmp");
    }

    /**
     * A new empty file beside the target, created with the ordinary permissions of a new file (the
     * user's umask), not the owner-only ones of {@code Files.createTempFile}: a new output is shared
     * like any file the user makes, a replaced one gets its predecessor's permissions.
     */
    private static Path createTemp(Path folder, String name) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(random.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // drawn twice: draw again
            }
        }
    }
}
