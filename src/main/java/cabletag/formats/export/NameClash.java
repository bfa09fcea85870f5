package cabletag.formats.export;

import cabletag.core.Document;
import cabletag.core.SourceFormat;

/**
 * The note an export gives when a document gets another id or file name than it asked for, because another had
 * it first ({@link ExportIds}, {@link FolderNames}), and its reason. The reason is worked out from what each of the
 * two names was made of, not from how a line shows them: {@code ds/a.jsonl#d1} cut at its last dot is
 * {@code ds/a}, which made two documents of one file look like two files that differ in the extension alone.
 */
final class NameClash {

    /** What a document's id or name is made of; two made alike meet for one reason, two made otherwise for another. */
    enum Basis {
        /** A cable (one document a file): its path under the input named, without extension. */
        PATH,
        /** A dataset's document: the id its file gives it. */
        DATASET_ID,
        /** A dataset's document: its file's path without extension and its id ({@code a/d1}). */
        FILE_AND_ID
    }

    /**
     * A document's claim to an id or name: which document (strings only: an export holds one claim per document to
     * its end, so none keeps a document's text), and the name it asked for, another than the one it holds when a
     * clash of its own gave it a suffix.
     *
     * @param file its file as named
     * @param id   its own id
     */
    record Claim(String file, String id, Basis basis, String asked) {

        /** A cable by its path, a dataset's document by {@code datasetBasis}. */
        static Claim of(Document document, Basis datasetBasis, String asked) {
            return new Claim(document.source().shown(), document.id(), isCable(document) ? Basis.PATH : datasetBasis, asked);
        }

        /** The document as a line names it: its file as named, {@code FILE#ID} for a dataset's. */
        String shown() {
            return basis == Basis.PATH ? file : file + "#" + id;
        }
    }

    /** {@code claimant} asked for {@code wanted}, which {@code holder} had; null holder: a file the export writes itself. */
    record Clash(String wanted, Claim holder, Claim claimant) {
    }

    private NameClash() {
    }

    /** A file that holds one document, whose id is its path: a cable, or brat's {@code .txt} and {@code .ann}. */
    static boolean isCable(Document document) {
        SourceFormat format = document.source().format();
        return format == SourceFormat.INLINE || format == SourceFormat.BRAT;
    }

    /** The note, its reason worked out ({@code what}: "id" or "name"). */
    static String note(String what, Clash clash, String given) {
        return note(what, clash, given, why(what, clash));
    }

    /** The note with a reason the caller knows. */
    static String note(String what, Clash clash, String given, String why) {
        String holder = clash.holder() == null ? "a file the export writes itself" : clash.holder().shown();
        return "the " + what + " " + clash.wanted() + " went to " + holder + ", earlier in input order, so "
                + clash.claimant().shown() + " is exported as " + given + " (" + why + ")";
    }

    private static String why(String what, Clash clash) {
        if (clash.holder() == null) {
            return "the export keeps the names of its own files";
        }
        Claim holder = clash.holder();
        Claim claimant = clash.claimant();
        if (!holder.asked().equals(clash.wanted())) {
            return holder.shown() + " has that " + what + " only because its own, " + holder.asked() + ", was taken";
        }
        // the dataset readers give one file's documents distinct ids (DistinctIds): a reader that did not would meet here
        if (holder.basis() != Basis.PATH && claimant.basis() != Basis.PATH && holder.file().equals(claimant.file())
                && holder.id().equals(claimant.id())) {
            return claimant.file() + " gives more than one document the id " + claimant.id();
        }
        if (holder.basis() != claimant.basis()) {
            return made(holder.basis(), what) + ", " + made(claimant.basis(), what) + ", and here the two are one";
        }
        if (withoutExtension(holder.file()).equals(withoutExtension(claimant.file()))) {
            return holder.basis() == Basis.PATH ? "their names differ in the extension alone, which a cable's id leaves out"
                    : "their files' names differ in the extension alone";
        }
        return "a name is the path under the input named, which two inputs can share; name a folder that holds "
                + "both to have them apart by their folders";
    }

    /** What a name of this basis is made of, as the reason says it. */
    private static String made(Basis basis, String what) {
        return switch (basis) {
            case PATH -> "a cable's " + what + " is its path without extension";
            case DATASET_ID -> "a dataset's document keeps the id its file gives it";
            case FILE_AND_ID -> what.equals("id")
                    ? "a dataset's document whose id another had first has its file's path before it"
                    : "a dataset's document is named by its file's path and its id";
        };
    }

    static String withoutExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
