package cabletag.formats.tokens;

import cabletag.core.Label;
import java.util.List;
import java.util.Optional;

/**
 * BIOES (a.k.a. IOBES, BILOU): single-token entities are {@code S-}, longer ones run
 * {@code B- I-* E-}; {@code O} outside.
 */
final class BioesScheme extends PrefixTagScheme {

    BioesScheme() {
        super("bioes", "B", "I", "E", "S");
    }

    @Override
    String prefixAt(int position, int length) {
        if (length == 1) {
            return "S";
        }
        return position == 0 ? "B" : position == length - 1 ? "E" : "I";
    }

    @Override
    boolean continues(String prefix) {
        return prefix.equals("I") || prefix.equals("E");
    }

    @Override
    boolean closes(String prefix) {
        return prefix.equals("E") || prefix.equals("S");
    }

    @Override
    public Optional<Problem> validate(List<String> tags) {
        String open = null; // label of the entity begun with B- and not yet ended
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = TagScheme.prefixOf(tag);
            String label = TagScheme.labelOf(tag);
            boolean known = tag.equals(OUTSIDE) || (label != null && Label.isValidName(label)
                    && prefixes().contains(prefix));
            if (!known) {
                return Optional.of(new Problem(i, "'" + tag + "' is not a BIOES tag"));
            }
            boolean continuing = prefix.equals("I") || prefix.equals("E");
            if (open != null && !(continuing && open.equals(label))) {
                return Optional.of(new Problem(i, "'" + tag + "' inside an unfinished " + open + " entity; it must end with E-" + open));
            }
            if (open == null && continuing) {
                return Optional.of(new Problem(i, "'" + tag + "' outside an entity; an entity starts with B- or S-"));
            }
            if (prefix.equals("B")) {
                open = label;
            } else if (prefix.equals("E")) {
                open = null;
            }
        }
        if (open != null) {
            return Optional.of(new Problem(tags.size() - 1, "the " + open + " entity at the end is not closed with E-" + open));
        }
        return Optional.empty();
    }
}
