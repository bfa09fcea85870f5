package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code id} an export gives each document, unique within the export and the same on every run of
 * the same inputs. A cable's own id is its file name without extension, which two folders can share
 * ({@code x/c.txt}, {@code y/c.txt}); the export uses the relative path without extension instead
 * ({@code x/c}), which is the plain file name for a flat folder. A dataset document keeps the id its
 * dataset gave it, prefixed with its file's relative path only when another file already used that id.
 */
final class ExportIds {

    private final Set<String> used = new HashSet<>();

    String idOf(Document document) {
        String name = document.source().name().replace('\\', '/');
        SourceFormat format = document.source().format();
        boolean onePerFile = format == SourceFormat.INLINE || format == SourceFormat.BRAT;
        String id = onePerFile ? withoutExtension(name) : document.id();
        if (!onePerFile && used.contains(id)) {
            id = withoutExtension(name) + "/" + document.id();
        }
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n; // only when names differ in their extension alone (c.txt, c.html)
        }
        return candidate;
    }

    private static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
