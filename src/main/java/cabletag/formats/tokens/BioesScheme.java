package cabletag.formats.tokens;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.List;

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
    public List<Problem> problems(List<String> tags) {
        List<Problem> problems = new ArrayList<>();
        String open = null;     // label of the entity begun and not yet ended
        boolean named = false;  // whether the open entity began at a tag already named (a stray I-)
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = TagScheme.prefixOf(tag);
            String label = TagScheme.labelOf(tag);
            boolean known = tag.equals(OUTSIDE) || (label != null && Label.isValidName(label)
                    && prefixes().contains(prefix));
            if (!known) {
                problems.add(new Problem(i, "'" + tag + "' is not a BIOES tag"));
                open = null; // read as O
                named = false;
                continue;
            }
            boolean continuing = prefix.equals("I") || prefix.equals("E");
            if (open != null && continuing && open.equals(label)) {
                if (prefix.equals("E")) {
                    open = null;
                    named = false;
                }
                continue;
            }
            if (open != null && !named) {
                // one problem for this tag: the entity it interrupts (a continuing tag of another label included)
                problems.add(new Problem(i, "'" + tag + "' inside an unfinished " + open + " entity; it must end with E-" + open));
            } else if (continuing) {
                // after nothing, or after an entity begun by a tag named already, whose end is not named again
                problems.add(new Problem(i, "'" + tag + "' outside an entity; an entity starts with B- or S-"));
            }
            // read afresh, as decode reads it: a stray I- begins an entity (named here), a stray E- is one of its own
            open = prefix.equals("B") || prefix.equals("I") ? label : null;
            named = prefix.equals("I");
        }
        if (open != null && !named) {
            problems.add(new Problem(tags.size() - 1, "the " + open + " entity at the end is not closed with E-" + open));
        }
        return problems;
    }
}
