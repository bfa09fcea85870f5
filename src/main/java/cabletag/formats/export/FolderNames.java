package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relative names of the files a folder export writes for a document. A cable keeps its relative path
 * (inline keeps the extension too; brat replaces it); a document from a multi-document dataset file
 * ({@code data.jsonl}) goes to {@code data/ID} ({@code data/ID.txt} for inline). Names never leave the output
 * folder and never collide, not even a file with a folder: a cable {@code notes} and the dataset
 * {@code notes.jsonl}'s folder {@code notes/}, or brat's {@code a.txt} (of the cable {@code a.txt}) and the
 * folder {@code a.txt/} (of {@code a.txt.jsonl}), would otherwise need one name for a file and a folder, and
 * the whole export would fail. The one that comes second gets a suffix, as ids do: a file {@code notes-2},
 * or the folder {@code notes-2/} for all the documents of that dataset. The documents come in the order of
 * their paths, whatever order the inputs were named in, so the same inputs get the same names every run.
 */
final class FolderNames {

    /** Bytes kept free in every shortened name for what is added to it: {@code -99} and {@code .ann}. */
    private static final int NAME_RESERVE = 16;

    /** Every file name handed out (brat: each {@code .txt} and {@code .ann}), and the export's own root files. */
    private final Set<String> files = new HashSet<>();
    /** Every folder those names lie in. */
    private final Set<String> folders = new HashSet<>();
    /** A folder whose name a file had taken first, and the folder its documents go to instead. */
    private final Map<String, String> movedFolders = new HashMap<>();
    /** Every name and folder handed out, and the file (as the user named it) of the document it went to first. */
    private final Map<String, String> holders = new HashMap<>();
    /** A note for each document whose name another had taken (see {@link ExportIds#clash}). */
    private final List<String> clashes = new ArrayList<>();
    /** Names handed out that were made from a file's name with characters a file name cannot hold replaced. */
    private final Set<String> changedToFit = new HashSet<>();

    /**
     * @param ownFiles files the export writes at its root besides the documents (brat's {@code annotation.conf},
     *                 inline's marker), which no document's name may take
     */
    FolderNames(String... ownFiles) {
        files.addAll(Arrays.asList(ownFiles));
    }

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
        return unique(name, List.of(""), document);
    }

    /** For brat: the base name without extension, to which {@code .txt} and {@code .ann} are added. */
    String bratBase(Document document) {
        String name = safe(document.source().name());
        String base = withoutExtension(name);
        if (document.source().format() != SourceFormat.INLINE && document.source().format() != SourceFormat.BRAT) {
            base = base + "/" + cabletag.formats.reader.FileNameLimit.shorten(safe(document.id()).replace('/', '_'), NAME_RESERVE);
        }
        return unique(base, List.of(".txt", ".ann"), document);
    }

    /**
     * A name no file or folder handed out so far has: {@code name} with each of {@code suffixes} added names
     * files, and every folder it lies in is free to be a folder.
     */
    private String unique(String wanted, List<String> suffixes, Document document) {
        String name = outOfTakenFolders(wanted);
        String candidate = name;
        int n = 2;
        while (taken(candidate, suffixes)) {
            candidate = withoutExtension(name) + "-" + n++ + extension(name);
        }
        String shown = document.source().format() == SourceFormat.INLINE || document.source().format() == SourceFormat.BRAT
                ? document.source().shown() : DocumentWriter.shownKey(document);
        boolean fitted = !withoutExtension(safe(document.source().name())).equals(
                withoutExtension(document.source().name().replace('\\', '/')));
        if (!candidate.equals(name)) {
            String holder = holders.getOrDefault(name, "a file the export writes itself");
            clashes.add(fitted || changedToFit.contains(name)
                    // a_b.txt beside a<TAB>b.txt in one folder: no second input is to blame
                    ? ExportIds.clash("the name ", name, holder, candidate, shown,
                            "a file name cannot hold some of their characters: control characters become _ and : becomes _,"
                                    + " and then both ask for one name")
                    : ExportIds.clash("the name ", name, holder, candidate, shown));
        }
        if (fitted) {
            changedToFit.add(candidate);
        }
        for (String suffix : suffixes) {
            files.add(candidate + suffix);
        }
        holders.putIfAbsent(candidate, shown);
        for (int slash = candidate.indexOf('/'); slash >= 0; slash = candidate.indexOf('/', slash + 1)) {
            folders.add(candidate.substring(0, slash));
            holders.putIfAbsent(candidate.substring(0, slash), shown);
        }
        return candidate;
    }

    /** One note per document whose name another had taken, in export order. */
    List<String> clashes() {
        return List.copyOf(clashes);
    }

    private boolean taken(String candidate, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (files.contains(candidate + suffix) || folders.contains(candidate + suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name with each folder it lies in that a file took moved to the folder given instead (the same one
     * for every document of that folder), shallowest first.
     */
    private String outOfTakenFolders(String name) {
        String result = name;
        for (int slash = result.indexOf('/'); slash >= 0; slash = result.indexOf('/', slash + 1)) {
            String folder = result.substring(0, slash);
            String moved = movedFolders.get(folder);
            if (moved == null && files.contains(folder)) {
                moved = folder + "-2";
                for (int n = 3; files.contains(moved) || folders.contains(moved); n++) {
                    moved = folder + "-" + n; // a folder keeps its name whole: a.txt-2/, not a-2.txt/, which looks like a file
                }
                movedFolders.put(folder, moved);
            }
            if (moved != null) {
                result = moved + result.substring(slash);
                slash = moved.length();
            }
        }
        return result;
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
