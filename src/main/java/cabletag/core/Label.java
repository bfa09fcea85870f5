package cabletag.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An entity label: an open set of names made of capital letters, digits, {@code _} and {@code -},
 * starting with a capital letter (so that {@code [ 2 ]} or {@code [-]} can never read as a tag).
 */
public record Label(String name) implements Comparable<Label> {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_-]*");

    public static final Label PER = new Label("PER");
    public static final Label LOC = new Label("LOC");
    public static final Label ORG = new Label("ORG");
    public static final Label MISC = new Label("MISC");

    /** The CoNLL-2003 labels the machine tagger emits; anything else is "not known yet". */
    public static final List<Label> STANDARD = List.of(PER, LOC, ORG, MISC);

    public Label {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a label name: '" + name + "' (capital letters, digits, _ or -, starting with a letter)");
        }
    }

    public static Label of(String name) {
        return new Label(name);
    }

    public static boolean isValidName(CharSequence name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean isStandard() {
        return STANDARD.contains(this);
    }

    @Override
    public int compareTo(Label other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
