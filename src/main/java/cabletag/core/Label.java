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

    /**
     * Whether {@code name} may label an entity that comes in (a cable's tag, a dataset's entity, a {@code --map}
     * target, a new label of the window): a {@linkplain #isValidName name}, and no tag of a token scheme
     * ({@link #whyATag}). Labels read before this rule may still exist ({@code Label.of("O")} is a name), so
     * only the places labels come in ask this.
     */
    public static boolean isEntityLabel(CharSequence name) {
        return isValidName(name) && whyATag(name.toString()).isEmpty();
    }

    /**
     * Why {@code name}, a valid name, cannot label an entity: it is a tag of the token schemes every export of
     * tokens writes (CoNLL, Hugging Face), where an entity's label is written after a prefix, so it would be taken
     * for the tag it is: {@code O} (a token outside every entity: written {@code B-O}), or a one-letter prefix of
     * IOB2, BIOES or BILOU and a hyphen before a label ({@code B-PER}, {@code I-PER}, {@code E-MAIL}: written
     * {@code B-B-PER}). Empty when it can. One line, for a problem line, a bad use line or the new-label dialog.
     */
    public static java.util.Optional<String> whyATag(String name) {
        if (name.equals("O")) {
            return java.util.Optional.of("O is the tag of a token outside every entity in CoNLL and IOB/BIOES/BILOU, not a label"
                    + " (written as an entity it would be B-O)");
        }
        if (name.length() > 2 && name.charAt(1) == '-' && "BIESLU".indexOf(name.charAt(0)) >= 0 && isValidName(name.substring(2))) {
            return java.util.Optional.of(name + " reads as a tag (" + name.charAt(0) + "- of " + name.substring(2)
                    + ") in CoNLL and " + schemesOf(name.charAt(0)) + ", not a label (written as an entity it would be B-" + name + "); name the label "
                    + name.substring(2) + ", or " + name.charAt(0) + "_" + name.substring(2));
        }
        return java.util.Optional.empty();
    }

    /** The token schemes whose tags start with this prefix: B- and I- are in all three, E- and S- BIOES's, L- and U- BILOU's. */
    private static String schemesOf(char prefix) {
        return switch (prefix) {
            case 'E', 'S' -> "BIOES";
            case 'L', 'U' -> "BILOU";
            default -> "IOB/BIOES/BILOU";
        };
    }

    /**
     * Why {@code name} cannot be a label, in one line for the analyst (the dialog that makes a new label shows
     * it beside the field); empty when it can. The rule is {@link #isEntityLabel}'s: this only says which part of
     * it the name breaks.
     */
    public static java.util.Optional<String> whyNotAName(String name) {
        if (isValidName(name)) {
            return whyATag(name);
        }
        if (name == null || name.isEmpty()) {
            return java.util.Optional.of("Type a name: capital letters, digits, _ or -, e.g. DATE.");
        }
        if (name.codePoints().anyMatch(Character::isWhitespace)) {
            return java.util.Optional.of("No spaces in a label name: join the words with _ or - (DATE_OF_BIRTH).");
        }
        String capitals = name.toUpperCase(java.util.Locale.ROOT);
        if (isValidName(capitals)) {
            return whyATag(capitals).isPresent() ? whyATag(capitals)
                    : java.util.Optional.of("Capital letters only: " + capitals + ", not " + name + ".");
        }
        int first = name.codePointAt(0);
        if (first < 'A' || first > 'Z') {
            return java.util.Optional.of("A label name starts with a capital letter A–Z, not “" + Character.toString(first) + "”.");
        }
        int bad = name.codePoints().filter(c -> !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_' && c != '-')
                .findFirst().orElseThrow();
        return java.util.Optional.of("“" + Character.toString(bad) + "” cannot be in a label name: only capital letters A–Z,"
                + " digits, _ and -.");
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
