package cabletag.core;

import java.util.List;

/**
 * An entity label: an open set of names made of capital letters, digits, {@code _} and {@code -},
 * starting with a capital letter (so that {@code [ 2 ]} or {@code [-]} can never read as a tag).
 */
public record Label(String name) implements Comparable<Label> {

    public static final Label PER = new Label("PER");
    public static final Label LOC = new Label("LOC");
    public static final Label ORG = new Label("ORG");
    public static final Label MISC = new Label("MISC");

    /** The CoNLL-2003 labels the machine tagger emits; anything else is "not known yet". */
    public static final List<Label> STANDARD = List.of(PER, LOC, ORG, MISC);

    public Label {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("not a label name: '" + name + "' (capital letters, digits, _ or -, starting with a letter)");
        }
    }

    public static Label of(String name) {
        return new Label(name);
    }

    /** {@code [A-Z][A-Z0-9_-]*}, checked by hand because readers check it for every tag. */
    public static boolean isValidName(CharSequence name) {
        if (name == null || name.length() == 0 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
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
