package cabletag.ui;

import cabletag.formats.export.ExportFormat;
import java.util.Locale;

/**
 * The export dialog's target as the format changes. A name made of a stem and the old format's ending
 * (what Browse proposes, {@code cabletag.jsonl}, or what the analyst typed the same way, {@code win.jsonl})
 * takes the new format's ending: {@code win.conll} for conll, the folder {@code win} for brat and inline,
 * and back. So switching the format never sends a CoNLL export into the earlier {@code win.jsonl}. A name
 * that does not end as the old format's names do ({@code notes.txt}) is the analyst's own and stays as
 * typed; formats with the same ending (jsonl, hf, doccano) keep the name, and the dialog's warning says
 * when it exists and will be replaced.
 */
final class ExportTargetName {

    /** What Browse proposes for a file format; a folder format's stem alone. */
    static final String PROPOSED_STEM = "cabletag";

    private ExportTargetName() {
    }

    /** What Browse proposes in {@code format}: {@code cabletag.jsonl}, {@code cabletag.conll}, the folder {@code cabletag}. */
    static String proposed(ExportFormat format) {
        return PROPOSED_STEM + format.extension();
    }

    /** {@code text} (the target field) once the format goes from {@code from} to {@code to}. */
    static String follow(String text, ExportFormat from, ExportFormat to) {
        if (text == null || text.isBlank() || from == null || to == null || from == to) {
            return text;
        }
        String stem = stem(text.strip(), from);
        if (stem == null) {
            return text;
        }
        return to.writesFolder() ? stem : stem + to.extension();
    }

    /**
     * What to say when the target's name ends as another format's files do ({@code win.conll} with JSONL chosen):
     * the file would hold the chosen format under a name that says another, and nothing else tells the analyst
     * (the format goes back to JSONL in a dialog opened anew). Empty when the name says nothing of a format, or
     * says the chosen one.
     */
    static java.util.Optional<String> endingSaysAnother(String text, ExportFormat format) {
        if (text == null || text.isBlank() || format == null) {
            return java.util.Optional.empty();
        }
        String name = text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat other : ExportFormat.values()) {
            String ending = other.extension();
            if (ending.isEmpty() || ending.equals(format.extension()) || !name.endsWith(ending)
                    || !endsWithName(name.substring(0, name.length() - ending.length()))) {
                continue;
            }
            String chosen = format.name().toLowerCase(Locale.ROOT);
            return java.util.Optional.of(format.writesFolder()
                    ? "The name ends in " + ending + ", but " + chosen + " writes a folder: it will be a folder of that name."
                    : "The name ends in " + ending + ", but the format is " + chosen + ": the file will hold " + chosen + ".");
        }
        return java.util.Optional.empty();
    }

    /** The name without {@code format}'s ending, or null when it does not end as that format's names do. */
    private static String stem(String text, ExportFormat format) {
        String name = text;
        while (name.length() > 1 && (name.endsWith("/") || name.endsWith(java.io.File.separator))) {
            name = name.substring(0, name.length() - 1); // a folder typed as "out/"
        }
        if (format.writesFolder()) {
            return endsWithName(name) ? name : null;
        }
        String ending = format.extension();
        if (!name.toLowerCase(Locale.ROOT).endsWith(ending.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String stem = name.substring(0, name.length() - ending.length());
        return endsWithName(stem) ? stem : null;
    }

    /** Whether the path's last part has a name to keep (not "/tmp/" or ".jsonl" alone). */
    private static boolean endsWithName(String path) {
        if (path.isEmpty() || path.endsWith("/") || path.endsWith(java.io.File.separator)) {
            return false;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        String last = path.substring(slash + 1);
        return !last.isEmpty() && !last.equals(".") && !last.equals("..");
    }
}
