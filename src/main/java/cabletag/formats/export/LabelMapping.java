package cabletag.formats.export;

import cabletag.core.Label;
import cabletag.core.Span;
import cabletag.core.SpanSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which labels an export keeps and what it calls them: an optional list of labels to keep, labels to
 * drop, and renames ({@code PER=PERSON}). Keep and drop look at the label as stored; renaming comes last.
 */
public record LabelMapping(Set<Label> keepOnly, Set<Label> drop, Map<Label, Label> rename) {

    public static final LabelMapping IDENTITY = new LabelMapping(null, Set.of(), Map.of());

    public LabelMapping {
        keepOnly = keepOnly == null ? null : Set.copyOf(keepOnly);
        drop = Set.copyOf(drop == null ? Set.of() : drop);
        rename = Map.copyOf(rename == null ? Map.of() : rename);
    }

    /**
     * Parses command line values: keep {@code "PER,LOC"} (may be null), drop {@code "MISC"}, renames
     * {@code "PER=PERSON,ORG=ORGANIZATION"}. Throws {@link IllegalArgumentException} with a clear message.
     */
    public static LabelMapping parse(List<String> keep, List<String> dropped, List<String> renames) {
        // An option given with no label in it (--labels '', --drop ',', --map ' ') is refused: kept as "no
        // option" it exported everything with exit 0, which a mistyped option should never pass for.
        Set<Label> keepOnly = keep == null ? null : labels(keep);
        if (keepOnly != null && keepOnly.isEmpty()) {
            throw new IllegalArgumentException("--labels names no label; give the labels to keep, e.g. --labels PER,LOC");
        }
        Set<Label> drop = dropped == null ? Set.of() : labels(dropped);
        if (dropped != null && drop.isEmpty()) {
            throw new IllegalArgumentException("--drop names no label; give the labels to leave out, e.g. --drop MISC");
        }
        if (keepOnly != null) {
            for (Label label : drop) {
                if (keepOnly.contains(label)) {
                    throw new IllegalArgumentException(label + " is both kept (--labels) and dropped (--drop); name it once");
                }
            }
        }
        Map<Label, Label> rename = new LinkedHashMap<>();
        for (String value : renames == null ? List.<String>of() : renames) {
            for (String pair : value.split(",")) {
                if (pair.isBlank()) {
                    continue; // as a blank name in --labels: "PER=PERSON," is one rename
                }
                String[] parts = pair.trim().split("=", -1);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("label mapping '" + pair + "' is not OLD=NEW");
                }
                Label from = label(parts[0]);
                Label to = entityLabel(parts[1]);
                Label before = rename.put(from, to);
                if (before != null && !before.equals(to)) {
                    throw new IllegalArgumentException(from + " is renamed twice (" + from + "=" + before + " and "
                            + from + "=" + to + "); give one name");
                }
            }
        }
        if (renames != null && rename.isEmpty()) {
            throw new IllegalArgumentException("--map names no label; give OLD=NEW pairs, e.g. --map PER=PERSON");
        }
        return new LabelMapping(keepOnly, drop, rename);
    }

    /**
     * The labels the options name (kept, dropped or renamed) that none of {@code seen} is: an option that
     * names a label the cables do not have changes nothing, and {@code --labels NOPE} keeps no entity at all.
     */
    public List<Label> namedButNotIn(Set<Label> seen) {
        Set<Label> named = new TreeSet<>();
        if (keepOnly != null) {
            named.addAll(keepOnly);
        }
        named.addAll(drop);
        named.addAll(rename.keySet());
        List<Label> missing = new ArrayList<>();
        for (Label label : named) {
            if (!seen.contains(label)) {
                missing.add(label);
            }
        }
        return missing;
    }

    /**
     * Why each rename that can never apply does nothing: its label is one {@code --drop} leaves out or
     * {@code --labels} does not keep, which look at the label as read, before renaming. One line each, said as a
     * note (the export is as it would be without the rename).
     */
    public List<String> renamesThatDoNothing() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Label, Label> entry : rename.entrySet()) {
            Label from = entry.getKey();
            String why = drop.contains(from) ? "--drop leaves " + from + " out"
                    : keepOnly != null && !keepOnly.contains(from) ? "--labels does not keep " + from : null;
            if (why != null) {
                lines.add("--map " + from + "=" + entry.getValue() + " does nothing: " + why
                        + " (--labels and --drop look at the labels as read, before --map renames them)");
            }
        }
        return lines;
    }

    private static Set<Label> labels(List<String> values) {
        Set<Label> result = new TreeSet<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    result.add(label(name));
                }
            }
        }
        return result;
    }

    /**
     * A label as read, which --labels, --drop and the left of --map name: a name, also one that is a tag (O,
     * B-PER), which corrections stored before labels were checked for that may hold, and which the token formats
     * then refuse to write ({@link TagLabelledEntity}): --drop O or --map O=OTHER is the way past that.
     */
    private static Label label(String name) {
        String trimmed = name.trim();
        if (!Label.isValidName(trimmed)) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a label name (capital letters, digits, _ or -, starting with a letter)");
        }
        return Label.of(trimmed);
    }

    /** A label --map gives: no tag either (O, B-PER), which conll and hf would write as another tag (B-O, B-B-PER). */
    private static Label entityLabel(String name) {
        String trimmed = label(name).name();
        java.util.Optional<String> tag = Label.whyATag(trimmed);
        if (tag.isPresent()) {
            throw new IllegalArgumentException("'" + trimmed + "' is not a label name: " + tag.get());
        }
        return Label.of(trimmed);
    }

    public boolean isIdentity() {
        return keepOnly == null && drop.isEmpty() && rename.isEmpty();
    }

    public SpanSet apply(SpanSet spans) {
        if (isIdentity()) {
            return spans;
        }
        List<Span> kept = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (drop.contains(span.label()) || (keepOnly != null && !keepOnly.contains(span.label()))) {
                continue;
            }
            Label target = rename.get(span.label());
            kept.add(target == null ? span : span.withLabel(target));
        }
        return SpanSet.of(kept);
    }
}
