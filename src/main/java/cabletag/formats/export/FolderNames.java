package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import java.util.HashSet;
import java.util.Set;

/**
 * Relative names of the files a folder export writes for a document. A cable keeps its relative path
 * (inline keeps the extension too; brat replaces it); a document from a multi-document dataset file
 * ({@code data.jsonl}) goes to {@code data/ID} ({@code data/ID.txt} for inline). Names never leave the output folder and never collide.
 */
final class FolderNames {

    /** Bytes kept free in every shortened name for what is added to it: {@code -99} and {@code .ann}. */
    private static final int NAME_RESERVE = 16;

    private final Set<String> used = new HashSet<>();

    /**
     * For inline export: a cable's relative name, as is. A document from a dataset becomes a cable file of
     * its own, {@code data/ID.txt} ({@code b.txt} for brat's {@code b.ann}): under the dataset's own name
     * ({@code data.jsonl}) it held cable text that the next reading took for JSON lines, and lost its id.
     */
    String inlineName(Document document) {
        String name = safe(document.source().name());
        SourceFormat format = document.source().format();
        if (format == SourceFormat.BRAT) {
            name = withoutExtension(name) + ".txt";
        } else if (format != SourceFormat.INLINE) {
            name = withoutExtension(name) + "/"
                    + cabletag.formats.reader.FileNameLimit.shorten(safe(document.id()).replace('/', '_'), NAME_RESERVE) + ".txt";
        }
        return unique(name, "");
    }

    /** For brat: the base name without extension, to which {@code .txt} and {@code .ann} are added. */
    String bratBase(Document document) {
        String name = safe(document.source().name());
        String base = withoutExtension(name);
        if (document.source().format() != SourceFormat.INLINE && document.source().format() != SourceFormat.BRAT) {
            base = base + "/" + cabletag.formats.reader.FileNameLimit.shorten(safe(document.id()).replace('/', '_'), NAME_RESERVE);
        }
        return unique(base, ".ann");
    }

    private String unique(String name, String suffix) {
        String candidate = name;
        int n = 2;
        while (!used.add(candidate + suffix)) {
            candidate = withoutExtension(name) + "-" + n++ + extension(name);
        }
        return candidate;
    }

    private static String safe(String name) {
        StringBuilder result = new StringBuilder();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                continue;
            }
            if (result.length() > 0) {
                result.append('/');
            }
            // A NUL or an id longer than a file name may be would fail the whole export: shortened instead.
            result.append(cabletag.formats.reader.FileNameLimit.shorten(part.replace(':', '_'), NAME_RESERVE));
        }
        return result.length() == 0 ? "document" : result.toString();
    }

    private static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot) : "";
    }
}
