package cabletag.formats.tokens;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A flat tagging scheme in the manner of OpenNLP's {@code BioCodec}/{@code BilouCodec}: turns entities
 * over tokens into one tag per token and back, and says whether a tag sequence is well formed.
 * Flat schemes cannot carry nested entities; callers pass {@code SpanSet.outermost()}.
 */
public interface TagScheme {

    String OUTSIDE = "O";

    TagScheme IOB2 = new Iob2Scheme();
    TagScheme BIOES = new BioesScheme();

    /** Lower-case name used on the command line: {@code iob2}, {@code bioes}. */
    String name();

    /** Tag prefixes this scheme uses, in the order a label list shows them ({@code B}, {@code I}, ...). */
    List<String> prefixes();

    /** One tag per token; {@code spans} must be disjoint, in order and inside {@code [0, tokenCount)}. */
    List<String> encode(List<TokenSpan> spans, int tokenCount);

    /**
     * Entities from tags. Ill-formed runs (an {@code I-} with no {@code B-}, a label change inside a
     * run) are read leniently, the way conlleval counts chunks; {@link #validate} says what was wrong.
     */
    List<TokenSpan> decode(List<String> tags);

    /** The first problem with a tag sequence, or empty when it is a valid sequence of this scheme. */
    default Optional<Problem> validate(List<String> tags) {
        List<Problem> problems = problems(tags);
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    /**
     * Every problem with a tag sequence, in order, one per tag at most (and one for an entity left open at the end
     * of the sequence): after each one the sequence is read on as
     * {@link #decode} reads it (a stray {@code I-} begins an entity), so a later bad tag is named too, and what
     * follows from a tag already named (the entity a stray {@code I-} began, left unclosed) is not named again.
     */
    List<Problem> problems(List<String> tags);

    /** Where and why a tag sequence is not valid: token index and a message. */
    record Problem(int token, String message) { }

    /**
     * The scheme of a name, in any case. BIO is the usual name of IOB2 and IOBES of BIOES, so they are taken as
     * such. Names of schemes cabletag does not write are refused by name, never taken for a near one: IOB1 (an
     * entity starts with I-) read as IOB2 would differ from the file the user asked for, the bare IOB may mean
     * either, and BILOU is BIOES with other letters.
     */
    static TagScheme named(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "iob2":
            case "bio":
                return IOB2;
            case "bioes":
            case "iobes":
                return BIOES;
            case "iob1":
                throw new IllegalArgumentException("tag scheme '" + name + "' is not written: in IOB1 an entity starts with I-"
                        + " (B- only where it follows one of the same label); use iob2 (also bio), where every entity starts"
                        + " with B-, or bioes");
            case "iob":
                throw new IllegalArgumentException("tag scheme '" + name + "' may mean IOB1 or IOB2; say which: iob2 (also bio)"
                        + " is written, IOB1 is not (use iob2 or bioes)");
            case "bilou":
            case "biluo":
                throw new IllegalArgumentException("tag scheme '" + name + "' is not written; it is BIOES with other letters"
                        + " (U- for S-, L- for E-): use bioes (also iobes)");
            default:
                throw new IllegalArgumentException("unknown tag scheme '" + name
                        + "' (use iob2, also called bio, or bioes, also called iobes)");
        }
    }

    /** Splits {@code B-PER} into prefix {@code B} and label {@code PER}; {@code O} has no label. */
    static String prefixOf(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    static String labelOf(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? null : tag.substring(dash + 1);
    }
}
