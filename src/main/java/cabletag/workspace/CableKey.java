package cabletag.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What stored corrections belong to: one document of one file, named by the file's real path and the
 * document's id. Not by the set of inputs that happened to be open: the same cable opened as a file,
 * through its folder, a parent folder or a symbolic link has the same key (ADR 0008).
 */
final class CableKey {

    private CableKey() {
    }

    /** {@code /real/path/of/file#id}. */
    static String of(Path file, String id) {
        return canonical(file) + "#" + (id == null ? "" : id);
    }

    /** The real path when the file exists (links resolved), else the absolute normalized one. */
    static String canonical(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize().toString();
        }
    }

    /** The file's real path in a key ({@code /real/path#id}). */
    static String pathOf(String key) {
        return key.substring(0, key.lastIndexOf('#'));
    }

    /** The key's part of a store file's name: 16 hex digits of its SHA-256. */
    static String hash(String key) {
        return Hashes.sha256Hex(key).substring(0, 16);
    }
}
