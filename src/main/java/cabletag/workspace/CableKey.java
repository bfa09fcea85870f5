package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What stored corrections belong to: one document of one file, named by the file's real path and the
 * document's id. Not by the set of inputs that happened to be open: the same cable opened as a file,
 * through its folder, a parent folder or a symbolic link has the same key (ADR 0008).
 *
 * <p>The id is the one the file's <em>own</em> name gives. A file is read under the name it was reached by,
 * and the ids a reader makes from a file's name (a cable's {@code alias}, a CoNLL document's {@code alias-1},
 * a JSON line's without an id of its own {@code alias-3}) are those of a link when the file was reached
 * through a link with another name ({@code alias.txt -> c3/a.txt}). Its key takes the target's ({@code a},
 * {@code a-1}, {@code a-3}), so that every route to the file finds one store file ({@link OwnIds}). Telling
 * such a link costs nothing more: the real path is resolved for the key anyway, and its name compared.
 */
final class CableKey {

    private CableKey() {
    }

    /**
     * A key's two parts, the file's real path and the id its own name gives, kept apart: a path or an id may hold
     * a '#', which the key alone does not tell apart.
     */
    record Parts(String path, String id) {
        String key() {
            return path + "#" + id;
        }
    }

    /** The key of {@code document}, read from {@code file} (the path it was reached by). */
    static String of(Path file, Document document) {
        return partsOf(file, document).key();
    }

    /** As {@link #of(Path, Document)}, its parts apart. */
    static Parts partsOf(Path file, Document document) {
        return partsOf(file, document.id(), document.source().format());
    }

    /** The key's parts of the document {@code id}, of a file of {@code format}, read from {@code file}. */
    static Parts partsOf(Path file, String id, SourceFormat format) {
        Path real = real(file);
        return new Parts(real.toString(), nullToEmpty(OwnIds.of(file, real, id, format)));
    }

    /** The key of the document {@code id}, of a file of {@code format}, read from {@code file}. */
    static String of(Path file, String id, SourceFormat format) {
        return partsOf(file, id, format).key();
    }

    /**
     * The key of a document of {@code file} whose real path is known already ({@code realPath}, as {@link #canonical}
     * gives it): a consistency index stamps its files with it.
     */
    static String ofResolved(Path file, String realPath, String id, SourceFormat format) {
        return realPath + "#" + nullToEmpty(OwnIds.of(file, Path.of(realPath), id, format));
    }

    private static String nullToEmpty(String id) {
        return id == null ? "" : id;
    }

    /** The real path when the file exists (links resolved), else the absolute normalized one. */
    static String canonical(Path file) {
        return real(file).toString();
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
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
