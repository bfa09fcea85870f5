package cabletag.formats.tokens;

import cabletag.core.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    public Optional<Problem> validate(List<String> tags) {
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
                return Optional.of(new Problem(i, "'" + tag + "' is not an IOB2 tag"));
            }
            if (prefix.equals("I") && !Objects.equals(TagScheme.labelOf(previous), label)) {
                return Optional.of(new Problem(i, "'" + tag + "' follows '" + previous + "'; an entity starts with B-"));
            }
            previous = tag;
        }
        return Optional.empty();
    }
}
