package cabletag.formats;

import cabletag.core.Document;
import cabletag.core.SourceLayout;
import java.util.Arrays;

/**
 * Which rules of reading this program has: what the readers make of a file's bytes (its text, entities,
 * problems and header fields). What is kept from an earlier reading of an unchanged file (the window's cable
 * summaries) holds only while it was read by the same rules; a program that reads the same bytes differently
 * would otherwise show the old counts and problem lines in the window while the commands find the new ones.
 * Stored corrections say which rules counted their offsets, so that a clean text that changed with the rules
 * is taken as a changed file's is: each correction is looked for by its text (ADR 0014).
 */
public final class ReadingRules {

    /**
     * Raised by every change that makes any file read differently. 1: a NUL in a CoNLL file or a brat text is a
     * problem, and a CoNLL document keeps the tokens and sentences its file gave. 2: in an HTML cable, a
     * {@code <br>} and the start or end of a block ({@code <p>}, {@code <div>}, {@code <li>}, {@code <tr>}, …)
     * give the clean text a line break, and a table cell's a tab, where it would otherwise join two words
     * (ADR 0014).
     */
    public static final int GENERATION = 2;

    private ReadingRules() {
    }

    /**
     * What reads differently now than under {@code generation}, in a few words for a line about a cable, or null
     * when nothing (the same generation).
     */
    public static String changedSince(int generation) {
        if (generation == GENERATION) {
            return null;
        }
        if (generation > GENERATION) {
            return "a later cabletag read its text by other rules";
        }
        return "HTML blocks, line breaks and table cells now separate the words around them";
    }

    /**
     * The offsets in {@code document}'s clean text of the characters its reading under {@code generation} did not
     * give, ascending: with the other characters in order, they are the clean text that generation read from the
     * same bytes. Generation 1 had no separator for block markup (ADR 0014): each is a piece of markup read as one
     * character. Empty for the current generation, a later one, and a document read from a dataset.
     */
    public static int[] insertedSince(Document document, int generation) {
        SourceLayout layout = document.source().layout();
        String source = document.source().text();
        if (generation >= 2 || layout == null || source == null || !layout.isHtml()) {
            return new int[0];
        }
        int[] inserted = new int[16];
        int count = 0;
        for (int piece = 0; piece < layout.pieceCount(); piece++) {
            // a reference starts with '&', a CR line break with '\r', a NUL is '\0': markup is the separator
            if (layout.kind(piece) == SourceLayout.PieceKind.REPLACED && source.charAt(layout.sourceStart(piece)) == '<') {
                if (count == inserted.length) {
                    inserted = Arrays.copyOf(inserted, count * 2);
                }
                inserted[count++] = layout.cleanStart(piece);
            }
        }
        return Arrays.copyOf(inserted, count);
    }
}
