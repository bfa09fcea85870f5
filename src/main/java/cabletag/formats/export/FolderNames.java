package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.formats.CorpusReader;
import cabletag.formats.export.NameClash.Basis;
import cabletag.formats.export.NameClash.Claim;
import cabletag.formats.export.NameClash.Clash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relative names of the files a folder export writes for a document. A cable is named by the id the jsonl
 * export gives it ({@link ExportIds}), its extension kept (inline) or replaced (brat's {@code .txt} and
 * {@code .ann}): read again, a folder gives a cable the id of its name without extension, so names that
 * differ in the extension alone ({@code c.txt}, {@code c.html}) or that two inputs share are told apart as
 * ids are ({@code c.html}, {@code c-2.txt}), and the folder read back gives every cable its jsonl id. A
 * document from a multi-document dataset file ({@code data.jsonl}) goes to {@code data/ID} ({@code data/ID.txt}
 * for inline). Names never leave the output folder and never collide, not even a file with a folder: a cable
 * {@code notes} and the dataset {@code notes.jsonl}'s folder {@code notes/}, or brat's {@code a.txt} (of the
 * cable {@code a.txt}) and the folder {@code a.txt/} (of {@code a.txt.jsonl}), would otherwise need one name for
 * a file and a folder, and the whole export would fail. The one that comes second gets a suffix, as ids do: a
 * file {@code notes-2}, or the folder {@code notes-2/} for all the documents of that dataset. Only where a
 * file name cannot be the id (a folder's or a dataset document's name took it, a character a file name cannot
 * hold) does a cable read back with another id, and a note says why. The documents come in the order of
 * their paths, whatever order the inputs were named in, so the same inputs get the same names every run.
 */
final class FolderNames {

    /** Bytes kept free in every shortened name for what is added to it: {@code -99} and {@code .ann}. */
    private static final int NAME_RESERVE = 16;

    /** Why two names met that were apart before characters a file name cannot hold were replaced. */
    private static final String CHANGED_TO_FIT = "a file name cannot hold some of their characters: control characters"
            + " and : become _, as do / in a dataset's id, a leading . (a hidden file) and a closing ~ (a backup copy),"
            + " and a name Windows keeps for a device (CON, NUL, AUX, COM1) gets a _, and then both ask for one name";

    /** The ids of the jsonl export, asked for every document in the same order, so a cable's name can be its id. */
    private final ExportIds ids = new ExportIds();
    /** Every name handed out without its extension (brat: the base of its two files), and who it went to. */
    private final Map<String, Claim> stems = new HashMap<>();
    /** The export's own root files (brat's {@code annotation.conf}, inline's marker), which no document's name may take. */
    private final Set<String> ownFiles = new HashSet<>();
    /** Every file name handed out (brat: each {@code .txt} and {@code .ann}) and the export's own, which no folder may take. */
    private final Set<String> files = new HashSet<>();
    /** Every folder the names lie in, and the document it was first made for. */
    private final Map<String, Claim> folders = new HashMap<>();
    /** A folder whose name a file had taken first, and the folder its documents go to instead. */
    private final Map<String, String> movedFolders = new HashMap<>();
    /** Names handed out that were made with characters a file name cannot hold replaced, and what they were before. */
    private final Map<String, String> changedToFit = new HashMap<>();

    /**
     * @param ownFiles files the export writes at its root besides the documents (brat's {@code annotation.conf},
     *                 inline's marker), which no document's name may take
     */
    FolderNames(String... ownFiles) {
        this.ownFiles.addAll(Arrays.asList(ownFiles));
        files.addAll(this.ownFiles);
    }

    /**
     * For inline export: a cable's relative name, with its extension, by its id. A document from a dataset becomes
     * a cable file of its own, {@code data/ID.txt} ({@code b.txt} for brat's {@code b.ann}): under the dataset's own
     * name ({@code data.jsonl}) it held cable text that the next reading took for JSON lines, and lost its id.
     */
    Named inlineName(Document document) {
        String extension = document.source().format() == SourceFormat.INLINE ? extension(safe(document.source().name())) : ".txt";
        Named stem = unique(document, List.of(extension), extension);
        return new Named(stem.name() + extension, stem.notes());
    }

    /** For brat: the base name without extension, to which {@code .txt} and {@code .ann} are added. */
    Named bratBase(Document document) {
        return unique(document, List.of(".txt", ".ann"), "");
    }

    /**
     * A document's name, and the notes to say when it is written (see {@link NameClash}): none, or why it is not the
     * name it asked for. A document not written says none, though its name stays taken as its id is in jsonl.
     */
    record Named(String name, List<String> notes) {
    }

    /**
     * The document's name without extension: a cable's id, a dataset document's {@code data/ID}, or that with a
     * suffix when another name has it, or a folder or a file the export writes has it with one of the
     * {@code extensions}; every folder it lies in is free to be a folder.
     */
    private Named unique(Document document, List<String> extensions, String shownExtension) {
        ExportIds.Given id = ids.give(document); // asked by every document, in order, as the jsonl export asks
        String name = safe(document.source().name());
        String rawName = document.source().name().replace('\\', '/');
        boolean cable = NameClash.isCable(document);
        String wanted;
        String unfitted;
        if (cable) {
            // the suffix the id was given for a clash: c-2 for the second c.txt, and for a c.txt beside c.html
            String suffix = id.id().substring(NameClash.withoutExtension(rawName).length());
            wanted = withoutExtension(name) + suffix;
            unfitted = NameClash.withoutExtension(rawName) + suffix;
        } else {
            String idName = portable(cabletag.formats.reader.FileNameLimit.shorten(fileNameParts(document.id(), false).replace('/', '_'),
                    NAME_RESERVE));
            wanted = walkable(withoutExtension(name)) + "/" + idName; // e~.jsonl's folder e~/ would be a backup copy's
            unfitted = NameClash.withoutExtension(rawName) + "/" + document.id();
        }
        boolean fitted = !wanted.equals(unfitted);
        String stem = outOfTakenFolders(wanted);
        Claim claimant = Claim.of(document, Basis.FILE_AND_ID, stem);
        Hit hit = taken(stem, extensions);
        String candidate = stem;
        for (int n = 2; taken(candidate, extensions) != null; n++) {
            candidate = stem + "-" + n;
        }
        String given = candidate + shownExtension;
        List<String> clashes = new ArrayList<>(1);
        if (cable) {
            for (Clash clash : id.clashes()) {
                // the clash of two cables' ids is one of their names (less the extension); one with a dataset's id is not
                String what = clash.holder().basis() == Basis.PATH ? "name" : "id";
                clashes.add(NameClash.note(what, clash, given));
            }
        }
        if (hit != null) {
            clashes.add(note(hit, new Clash(stem, hit.holder(), claimant), given, fitted ? unfitted : stem));
        }
        if (fitted) {
            changedToFit.put(candidate, unfitted);
        }
        stems.put(candidate, claimant);
        for (String extension : extensions) {
            files.add(candidate + extension);
        }
        for (int slash = candidate.indexOf('/'); slash >= 0; slash = candidate.indexOf('/', slash + 1)) {
            folders.putIfAbsent(candidate.substring(0, slash), claimant);
        }
        return new Named(candidate, List.copyOf(clashes));
    }

    /** What a name was taken by: another document's name, a folder, or (no holder) a file the export writes itself. */
    private record Hit(String name, Claim holder, boolean folder) {
    }

    private Hit taken(String stem, List<String> extensions) {
        Claim holder = stems.get(stem);
        if (holder != null) {
            return new Hit(stem, holder, false);
        }
        for (String extension : extensions) {
            String file = stem + extension;
            if (ownFiles.contains(file)) {
                return new Hit(file, null, false);
            }
            Claim folder = folders.get(file);
            if (folder != null) {
                return new Hit(file, folder, true);
            }
        }
        return null;
    }

    /** The note for a name taken in the folder; {@code unfitted}: the name asked for before characters were replaced. */
    private String note(Hit hit, Clash clash, String given, String unfitted) {
        if (hit.holder() == null) {
            return NameClash.note("name", clash, given);
        }
        if (hit.folder()) {
            return NameClash.note("name", clash, given, hit.name() + " is a folder of the export, for " + hit.holder().shown()
                    + ", and a file cannot have a folder's name");
        }
        // a_b.txt beside a<TAB>b.txt in one folder: they meet only once fitted, whatever else they share
        boolean fittedOnly = hit.holder().asked().equals(clash.wanted())
                && !changedToFit.getOrDefault(clash.wanted(), clash.wanted()).equals(unfitted);
        return fittedOnly ? NameClash.note("name", clash, given, CHANGED_TO_FIT) : NameClash.note("name", clash, given);
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
                for (int n = 3; files.contains(moved) || folders.containsKey(moved); n++) {
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
        return fileNameParts(name, true);
    }

    /**
     * The name's parts as file names: shortened, {@code :} as {@code _}, and, when {@code walked}, each a name the folder
     * walk takes ({@link #walkable}). A dataset's id is not walked part by part: its parts are joined by {@code _} and
     * it ends in {@code .txt}, so only its first character may hide it ({@link #unhidden}).
     */
    private static String fileNameParts(String name, boolean walked) {
        StringBuilder result = new StringBuilder();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                continue;
            }
            if (result.length() > 0) {
                result.append('/');
            }
            // A NUL or an id longer than a file name may be would fail the whole export: shortened instead.
            String fit = cabletag.formats.reader.FileNameLimit.shorten(part.replace(':', '_'), NAME_RESERVE);
            result.append(walked ? walkable(fit) : fit);
        }
        return result.length() == 0 ? "document" : result.toString();
    }

    /**
     * A name no folder's reading leaves out: a leading {@code .} as {@code _}. A hidden file is no part of a corpus
     * ({@link CorpusReader#leftOutOfFolders}), so the document {@code .a} was written as {@code .a.txt} and was not
     * there when the export was read back. Read back, it is {@code _a}, as {@code a:b} is {@code a_b}.
     */
    private static String unhidden(String part) {
        return part.startsWith(".") ? "_" + part.substring(1) : part;
    }

    /** {@link #unhidden}, and no name Windows keeps for a device ({@link #notADevice}). */
    private static String portable(String part) {
        return notADevice(unhidden(part));
    }

    private static final java.util.regex.Pattern DEVICE = java.util.regex.Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

    /**
     * {@code CON}, {@code NUL}, {@code aux.txt}, …: names Windows keeps for devices, which no file there can have
     * (FORMATS.md names NTFS among the targets), so an export of the id {@code CON} could not be copied there (found
     * from outside). The name before its first dot gets a {@code _}: {@code CON_.txt}.
     */
    private static String notADevice(String part) {
        java.util.regex.Matcher device = DEVICE.matcher(part);
        return device.matches() ? device.group(1) + "_" + (device.group(2) == null ? "" : device.group(2)) : part;
    }

    /**
     * A part of an input's name as a part of the export's: a folder or a file of it that the folder walk takes, not
     * hidden ({@link #unhidden}) and not a backup copy ({@code a.txt~} named directly as an input, the folder of
     * {@code e~.jsonl}), whose closing {@code ~} becomes {@code _}. Of a name with folders, its last part.
     */
    private static String walkable(String part) {
        String shown = portable(part);
        return CorpusReader.leftOutOfFolders(shown) ? shown.substring(0, shown.length() - 1) + "_" : shown;
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
