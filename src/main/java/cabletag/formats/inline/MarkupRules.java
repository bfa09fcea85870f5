package cabletag.formats.inline;

/**
 * What the HTML reader (and, since generation 4, the tag reader of every cable) does, by the generation of
 * {@code ReadingRules} it belongs to. The reader keeps the rules of
 * earlier generations so that corrections whose offsets an earlier cabletag counted can be carried over exactly: the
 * same bytes read both ways give two clean texts whose characters both map to the source (ADR 0015).
 *
 * @param blocksSeparate a {@code <br>}, a block's start or end and a table cell's separate the words around them
 *                       (generation 2, ADR 0014)
 * @param asABrowser     markup ends where a browser ends it (outside quoted attribute values, over line breaks, after
 *                       a script's or a style's contents), and character references read as a browser reads them
 *                       ({@code &#13;} as a line break, every HTML 4 name, {@code &#150;} as the en dash)
 *                       (generation 3, ADR 0015)
 * @param tagLabelsRefused a tag whose label is a tag of the token schemes ({@code [O …]}, {@code [B-PER …]}) is no
 *                       tag and stays text, named ({@link cabletag.core.Label#whyATag}; generation 4)
 */
record MarkupRules(boolean blocksSeparate, boolean asABrowser, boolean tagLabelsRefused) {

    /** The rules of {@code ReadingRules.GENERATION}: a test holds the two together. */
    static final MarkupRules CURRENT = ofGeneration(4);

    static MarkupRules ofGeneration(int generation) {
        return new MarkupRules(generation >= 2, generation >= 3, generation >= 4);
    }
}
