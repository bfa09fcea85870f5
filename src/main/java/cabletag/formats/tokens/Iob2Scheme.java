package cabletag.formats.tokens;

import cabletag.core.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** IOB2 (a.k.a. BIO): every entity starts with {@code B-}, continues with {@code I-}; {@code O} outside. */
final class Iob2Scheme extends PrefixTagScheme {

    Iob2Scheme() {
        super("iob2", "B", "I");
    }

    @Override
    String prefixAt(int position, int length) {
        return position == 0 ? "B" : "I";
    }

    @Override
    boolean continues(String prefix) {
        return prefix.equals("I");
    }

    @Override
    boolean closes(String prefix) {
        return false; // only the next tag tells where an IOB2 entity ends
    }

    @Override
    public List<Problem> problems(List<String> tags) {
        List<Problem> problems = new ArrayList<>();
        String previous = OUTSIDE;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String prefix = TagScheme.prefixOf(tag);
            String label = TagScheme.labelOf(tag);
            if (tag.equals(OUTSIDE)) {
                previous = tag;
                continue;
            }
            if (label == null || !Label.isValidName(label) || !prefixes().contains(prefix)) {
                problems.add(new Problem(i, "'" + tag + "' is not an IOB2 tag"));
                previous = OUTSIDE; // ends what came before, as decode reads it
                continue;
            }
            if (prefix.equals("I") && !Objects.equals(TagScheme.labelOf(previous), label)) {
                problems.add(new Problem(i, "'" + tag + "' follows '" + previous + "'; an entity starts with B-"));
            }
            previous = tag; // a stray I- begins an entity, as decode reads it
        }
        return problems;
    }
}
