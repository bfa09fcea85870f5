package cabletag.formats;

import cabletag.core.Document;
import cabletag.core.SourceFormat;
import cabletag.core.SourceLayout;
import cabletag.formats.inline.EarlierReading;

/**
 * Which rules of reading this program has: what the readers make of a file's bytes (its text, entities,
 * problems and header fields). What is kept from an earlier reading of an unchanged file (the window's cable
 * summaries) holds only while it was read by the same rules; a program that reads the same bytes differently
 * would otherwise show the old counts and problem lines in the window while the commands find the new ones.
 * Stored corrections say which rules counted their offsets, so that a clean text that changed with the rules
 * is told from the text they were saved over, and each correction carried onto the same words (ADR 0014, ADR 0015).
 */
public final class ReadingRules {

    /**
     * Raised by every change that makes any file read differently. 1: a NUL in a CoNLL file or a brat text is a
     * problem, and a CoNLL document keeps the tokens and sentences its file gave. 2: in an HTML cable, a
     * {@code <br>} and the start or end of a block ({@code <p>}, {@code <div>}, {@code <li>}, {@code <tr>}, …)
     * give the clean text a line break, and a table cell's a tab, where it would otherwise join two words
     * (ADR 0014). 3: in an HTML cable, markup ends where a browser ends it (a {@code >} in a quoted attribute value
     * does not end it, it may run over line breaks, and a {@code <script>}'s or {@code <style>}'s contents are part
     * of it), and character references read as a browser reads them ({@code &#13;} as a line break, every HTML 4
     * name, {@code &#146;} as ’), and in every cable an entity leaves out the white space at its ends (ADR 0015).
     * 4: a label that is a tag of the token schemes ({@code O}, {@code B-PER}; {@code Label.whyATag}) labels no entity:
     * a cable's tag of one stays text, a dataset's entity of one is dropped, a CoNLL tag of one ({@code B-O}) is read
     * as O, each named; and a CoNLL document's {@code meta.line} is a number. 5: in an HTML cable, a {@code <!DOCTYPE …>},
     * any other {@code <!…>} (Word's {@code <![if !supportLists]>}, a {@code <![CDATA[…]]>}) and a {@code <?xml …?>} are
     * markup, no text, as are {@code </ p>} and {@code </>}; a file named {@code .html}, {@code .htm} or {@code .xhtml},
     * or whose head opens with more of a page's markup ({@code <!DOCTYPE html}, {@code <p class=…>}, {@code <title>},
     * {@code <b>}, …), is read as HTML; and {@code <!-->}, {@code <!--->} and {@code --!>} end a
     * comment; and in every cable, three or more tags on the same words keep the innermost as the entity and every
     * outer one as text, as two do (before, the outermost was an entity over the text of the one between), and a known
     * label followed by small letters, a tab, a colon, a no-break or other space, or a page's {@code &nbsp;}
     * ({@code [Per …]}, {@code [PER:…]}) is named, and a cable's bracketed words ({@code [REF A]}: a label no tagger
     * uses, closed by a {@code ]} on its line) are no tag never closed, and no HTML tag runs over a blank line. Also
     * in 5, a JSON line's entities are read from doccano's {@code "entities"} ({@code start_offset}, {@code end_offset})
     * and {@code "labels"} and spaCy's {@code "entities"} tuples as well (they were read past, unsaid), and a line's own
     * {@code meta.source} is kept, which the jsonl export writes in place of the dataset file's name; and a brat
     * {@code .txt} that holds a cable's tags ({@code [PER Ali  ]}) over words no entity of its {@code .ann} covers says so,
     * as annotation lost (before, its tags were silently words of the text). A
     * file not named as CoNLL is CoNLL only when its {@code -DOCSTART-} line holds column values alone or its next line
     * is a token and a tag (a cable opening with the word was an empty document); in a CoNLL file, a byte-order mark
     * before a {@code -DOCSTART-} mid-file is dropped and the document starts there, a file whose first token line
     * holds a tab is cut into columns at tabs (a token may hold a space), and words on a {@code -DOCSTART-} line or in
     * a column more than the file's lines have are named as not read.
     */
    public static final int GENERATION = 5;

    private static final String BLOCKS = "HTML blocks, line breaks and table cells now separate the words around them";
    private static final String AS_A_BROWSER = "script and style contents, and HTML markup over a line break or holding"
            + " a quoted '>', are no longer text, and &#13;, &ensp; and other character references are read as a browser"
            + " reads them; an entity no longer takes in the white space at its ends";
    private static final String TAG_LABELS = "a tag whose label is a tag of CoNLL ([O …], [B-PER …]) is now text";
    private static final String DECLARATIONS = "<!DOCTYPE …>, <![if …]>, <![CDATA[…]]> and <?xml …?> in an HTML page are"
            + " no longer text, and three or more tags on the same words keep only the innermost";

    private ReadingRules() {
    }

    /**
     * Whether the entities of {@code generation} took in the white space at their ends ({@code [LOC Baghdad\n  ]}
     * read as "Baghdad" and its line break, a tab after {@code [PER }): generation 3 leaves it out (ADR 0015).
     */
    public static boolean entitiesHeldEdgeSpace(int generation) {
        return generation < 3;
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
        // a text of generation 1 or 2 moved for the reading of HTML (a tag whose label is a tag is rare beside it)
        String since = generation < 2 ? BLOCKS + "; " + AS_A_BROWSER : generation < 3 ? AS_A_BROWSER : generation < 4 ? TAG_LABELS : null;
        return since == null ? DECLARATIONS : since + "; " + DECLARATIONS;
    }

    /**
     * What the rules of {@code generation} read from the bytes {@code document} was read from, with where each of its
     * characters is now; null when they read them as now: the current generation, a later one, a document read from a
     * dataset, a cable that is no HTML page and holds no tag that generation 4 leaves as text (before it only the
     * reading of HTML changed, ADR 0014 and 0015) nor two tags on the same words (the tags generation 5 may read
     * otherwise).
     */
    public static EarlierReading earlierReading(Document document, int generation) {
        SourceLayout layout = document.source().layout();
        String source = document.source().text();
        if (generation >= GENERATION || document.source().format() != SourceFormat.INLINE || layout == null || source == null) {
            return null;
        }
        // every generation so far read HTML otherwise (5: declarations); beyond HTML, generation 4 reads a cable
        // otherwise only where a tag's label is a tag ([bad-label]), 5 where tags are on the same words ([duplicate-tag])
        boolean readOtherwise = layout.isHtml() || document.diagnostics().stream().anyMatch(problem ->
                generation < 4 && "bad-label".equals(problem.code()) || "duplicate-tag".equals(problem.code()));
        if (!readOtherwise) {
            return null;
        }
        return EarlierReading.of(document, generation);
    }
}
