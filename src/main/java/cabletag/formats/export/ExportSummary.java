package cabletag.formats.export;

import cabletag.core.ShownName;
import cabletag.core.text.Counted;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export did.
 *
 * @param cables           cables written
 * @param skipped          cables the scope filter left out
 * @param sentences        sentences written (conll, hf); 0 for the span formats, which have none
 * @param tokens           conll, hf: tokens written (after splitting tokens at entity boundaries), as
 *                         {@code stats} counts them; jsonl, doccano, brat, inline, which carry no tokens:
 *                         white-space separated words of the text (see {@code countsWords})
 * @param characters       code points of clean text written, the throughput measure
 * @param entitiesByLabel  entities written per label (after label mapping), sorted by label
 * @param nestedDropped    nested entities a flat format (conll, hf) could not carry
 * @param cablesByPart     cables per split part ({@code train}/{@code dev}/{@code test}), empty without split
 * @param files            files written, in order
 * @param problems         reading and export problems, one line each ({@code file:line:col: ...} when known)
 * @param cancelled        true when the export was cancelled; then no file was written
 * @param countsWords      true when {@code tokens} counts white-space separated words (span formats);
 *                         the summary then says "words", so the figure is never mistaken for the token
 *                         count of conll, hf and {@code stats}, which is higher
 * @param tagNames         hf: the tag names in number order ({@code ner_tags} value i is name i), as
 *                         {@code NAME.labels.json} holds them; empty for the other formats and when cancelled
 * @param notWritten       cables left out because they could not be written faithfully (inline: a cable
 *                         that would read back with other text or entities); each is named in {@code problems}
 * @param entitiesNotCarried entities a token format could not carry because they cover no token (white space
 *                         only); each is named in {@code problems}, and they make the command exit 1
 * @param lossWarnings     of {@code problems}, the warnings that lose data (a tag inside markup, dropped): they
 *                         make the command exit 1, so the summary counts them with the problems, not the warnings
 * @param moreProblems     problems past the first {@code Exporter.MAX_PROBLEMS}, not listed ({@link #MORE} says how many)
 * @param moreWarnings     warnings that lose nothing past them, not listed: counted as warnings, not as problems
 */
public record ExportSummary(long cables, long skipped, long sentences, long tokens, long characters,
                            Map<String, Long> entitiesByLabel, long nestedDropped,
                            Map<String, Long> cablesByPart, List<Path> files, List<String> problems,
                            boolean cancelled, boolean countsWords, List<String> tagNames, long notWritten,
                            long entitiesNotCarried, long lossWarnings, long moreProblems, long moreWarnings) {

    /** Starts the line that counts the problems and warnings not listed. */
    public static final String MORE = "... and ";

    public ExportSummary {
        entitiesByLabel = Map.copyOf(entitiesByLabel);
        cablesByPart = Map.copyOf(cablesByPart);
        files = List.copyOf(files);
        // one line each, also where the window shows them: a line may quote a cable's text or a system's path
        problems = List.copyOf(problems.stream().map(ShownName::of).toList());
        tagNames = List.copyOf(tagNames);
    }

    public long entities() {
        return entitiesByLabel.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A few lines for a dialog or a terminal. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (cancelled) {
            text.append("Export cancelled; nothing was written.\n");
        }
        text.append(Counted.of(cables, "cable", "cables")).append(", ");
        if (sentences > 0) {
            text.append(Counted.of(sentences, "sentence", "sentences")).append(", ");
        }
        text.append(countsWords ? Counted.of(tokens, "word", "words") : Counted.of(tokens, "token", "tokens")).append(", ")
                .append(Counted.of(entities(), "entity", "entities"));
        if (skipped > 0) {
            text.append(" (").append(Counted.of(skipped, "cable", "cables")).append(" outside the scope)");
        }
        text.append('\n');
        new java.util.TreeMap<>(entitiesByLabel).forEach((label, count) ->
                text.append("  ").append(label).append(": ").append(Counted.number(count)).append('\n'));
        if (nestedDropped > 0) {
            text.append(Counted.of(nestedDropped, "nested entity", "nested entities")).append(" not carried (this format is flat)\n");
        }
        if (!cablesByPart.isEmpty()) {
            text.append("split: ");
            for (String part : List.of("train", "dev", "test")) {
                text.append(part).append(' ').append(Counted.number(cablesByPart.getOrDefault(part, 0L))).append("  ");
            }
            text.append('\n');
        }
        if (!files.isEmpty()) {
            // a path holding a line break or an ESC stays on the line, as in the problem lines
            text.append("written: ");
            text.append(ShownName.of(files.size() <= 5 ? files.toString() : files.size() + " files under " + commonParent()));
            text.append('\n');
        }
        if (notWritten > 0) {
            text.append(Counted.of(notWritten, "cable was", "cables were"))
                    // the reasons differ (inline: would not read back the same; conll, hf: a label that is a tag): each is named
                    .append(" not written (see the problems)\n");
        }
        // "note: " lines say what the export repaired before it began (an interrupted export's files); no problems.
        // Warnings that lose nothing (an empty file, a legacy encoding) leave the exit code 0: counted apart, so
        // "2 problems" never stands beside a success
        // the line counting those not listed is neither: 10,005 warnings were "1 problem, 10,000 warnings" (found from outside)
        long warnings = problems.stream().filter(line -> !line.startsWith(NOTE) && line.contains(": warning: ")).count()
                - lossWarnings + moreWarnings;
        long count = problems.stream().filter(line -> !line.startsWith(NOTE) && !line.startsWith(MORE)).count()
                - (warnings - moreWarnings) + moreProblems;
        if (count > 0 || warnings > 0) {
            String problemCount = count > 0 ? Counted.of(count, "problem", "problems") : "";
            String warningCount = warnings > 0 ? Counted.of(warnings, "warning", "warnings") : "";
            text.append(problemCount).append(count > 0 && warnings > 0 ? ", " : "").append(warningCount).append('\n');
        }
        return text.toString();
    }

    /** Starts a line of {@link #problems()} that is a note, not a problem. */
    public static final String NOTE = "note: ";

    /**
     * The notes among {@link #problems()}, without their {@link #NOTE} prefix: what the export repaired
     * before it began, the files of the user's it kept (as {@code NAME.~N~} or in a replaced folder).
     */
    public List<String> notes() {
        return problems.stream().filter(line -> line.startsWith(NOTE)).map(line -> line.substring(NOTE.length())).toList();
    }

    /** Notes a one-line status names; the export dialog and the command list every one. */
    static final int NOTES_IN_ONE_LINE = 5;

    /**
     * Notes for a one-line status (the window's Export all inline, whose status bar shows it whole in its
     * tooltip): empty without notes, else each after {@code "; "}, the first few, and how many more.
     */
    public static String notesInOneLine(List<String> notes) {
        StringBuilder line = new StringBuilder();
        for (String note : notes.subList(0, Math.min(notes.size(), NOTES_IN_ONE_LINE))) {
            line.append("; ").append(note);
        }
        if (notes.size() > NOTES_IN_ONE_LINE) {
            line.append("; and ").append(Counted.of(notes.size() - NOTES_IN_ONE_LINE, "more note", "more notes"));
        }
        return line.toString();
    }

    private Path commonParent() {
        Path common = files.get(0).getParent();
        for (Path file : files) {
            while (common != null && !file.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
