package cabletag.formats;

/**
 * Which rules of reading this program has: what the readers make of a file's bytes (its text, entities,
 * problems and header fields). What is kept from an earlier reading of an unchanged file (the window's cable
 * summaries) holds only while it was read by the same rules; a program that reads the same bytes differently
 * would otherwise show the old counts and problem lines in the window while the commands find the new ones.
 */
public final class ReadingRules {

    /**
     * Raised by every change that makes any file read differently. 1: a NUL in a CoNLL file or a brat text is a
     * problem, and a CoNLL document keeps the tokens and sentences its file gave.
     */
    public static final int GENERATION = 1;

    private ReadingRules() {
    }
}
