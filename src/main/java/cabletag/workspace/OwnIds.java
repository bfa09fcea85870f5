package cabletag.workspace;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.formats.CorpusFile;
import cabletag.formats.CorpusReader;
import cabletag.formats.inline.CableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The id a document has when its file is read under the file's own name: what its store key holds
 * ({@link CableKey}). A file is read under the name it was reached by, and the readers make ids from that name: a
 * cable's id is its name without extension, a CoNLL document's that and its number ({@code alias-2}), a JSON line's
 * with no id that and its line ({@code alias-3}, or {@code alias-3-2} when a line of the file gives that id). Reached
 * through a symbolic link with another name ({@code alias.txt -> c3/a.txt}), the file had ids its target opened
 * directly does not have, and the corrections stored under one were not found under the other.
 *
 * <p>Nothing is read when the link's name and the file's own give one name without extension, as for every file
 * reached without a link. A file of one document takes its own name's; a CoNLL file's documents are numbered the
 * same under any name. A JSON-lines file's ids are told only by reading it: whether a line gave its id or was given
 * one made from the name is in the line, and which id a line yields to depends on the others. It is read under both
 * names once (again when it changes), and each document takes the id of its place in the file.
 */
final class OwnIds {

    /** For each JSON-lines file reached through a link with another name: the ids read under the link's name, mapped. */
    private static final Map<Path, Mapping> MAPPINGS = new ConcurrentHashMap<>();

    private record Mapping(Path real, long size, long modified, Map<String, String> ids) { }

    private OwnIds() {
    }

    /** The id of the document {@code id} of {@code file} (reached by that path) read as {@code real}, its real path. */
    static String of(Path file, Path real, String id, SourceFormat format) {
        Path named = file.getFileName();
        Path own = real.getFileName();
        if (id == null || named == null || own == null || named.equals(own)) {
            return id; // reached by its own name, as nearly every file is: nothing to work out
        }
        String namedBase = CableReader.idOf(named.toString());
        String ownBase = CableReader.idOf(own.toString());
        if (namedBase.equals(ownBase)) {
            return id; // a link whose name differs in its extension alone: the ids are the file's own
        }
        if (format == SourceFormat.INLINE || format == SourceFormat.BRAT) {
            return id.equals(namedBase) ? ownBase : id;
        }
        if (format == SourceFormat.CONLL) {
            return id.startsWith(namedBase + "-") ? ownBase + id.substring(namedBase.length()) : id;
        }
        String mapped = mapping(file, real).ids().get(id);
        return mapped != null ? mapped : id;
    }

    private static Mapping mapping(Path file, Path real) {
        Path listed = file.toAbsolutePath().normalize();
        long size = -1;
        long modified = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException | SecurityException e) {
            // gone or unreadable: read below, which finds nothing to map
        }
        Mapping known = MAPPINGS.get(listed);
        if (known != null && known.real().equals(real) && known.size() == size && known.modified() == modified) {
            return known;
        }
        Mapping made = new Mapping(real, size, modified, idsRead(file, real));
        if (!made.ids().isEmpty()) {
            MAPPINGS.put(listed, made);
        }
        return made;
    }

    /** The ids of the file's documents read under the link's name, each with the id of its place read under its own. */
    private static Map<String, String> idsRead(Path file, Path real) {
        CorpusReader reader = CorpusReader.standard();
        List<Document> asNamed = reader.read(new CorpusFile(file, file.getFileName().toString())).documents();
        List<Document> asOwn = reader.read(new CorpusFile(real, real.getFileName().toString())).documents();
        if (asNamed.size() != asOwn.size()) {
            return Map.of(); // changed between the two readings: nothing is guessed, and the next look reads again
        }
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < asNamed.size(); i++) {
            ids.put(asNamed.get(i).id(), asOwn.get(i).id());
        }
        return Map.copyOf(ids);
    }
}
