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
 * @param declarationsAreMarkup in an HTML cable, a {@code <!DOCTYPE …>}, any other {@code <!…>} ({@code <![if
 *                       !supportLists]>}, {@code <![CDATA[…]]>}) and a {@code <?xml …?>} end at their first {@code >} and
 *                       are no text, as a browser reads them (generation 5)
 * @param duplicatesChain three or more tags on the same words ({@code [PER [ORG [LOC Rubaie  ]  ]  ]}) keep the innermost
 *                       as the entity and every outer one as text, as two such tags do; before, the outermost became an
 *                       entity over the text of the one between (generation 5)
 * @param moreHtmlSigns  a file is read as HTML also for its name ({@code .html}, {@code .htm}, {@code .xhtml}) and for
 *                       more of the markup Word and other pages open with ({@code <!DOCTYPE html}, {@code <p class=…>},
 *                       {@code <title>}, {@code <b>}, …; {@link CableReader#looksLikeHtml(String, String, MarkupRules)})
 *                       (generation 5)
 * @param tagLikeTextJudged a known label followed by small letters, a tab, a colon or another space ({@code [PER:x  ]})
 *                       is named, and a cable's bracketed words ({@code [REF A]}: a label no tagger uses, closed by a
 *                       {@code ]} on its line) are no tag never closed (generation 5)
 */
record MarkupRules(boolean blocksSeparate, boolean asABrowser, boolean tagLabelsRefused, boolean declarationsAreMarkup,
                   boolean duplicatesChain, boolean moreHtmlSigns, boolean tagLikeTextJudged) {

    /** The rules of {@code ReadingRules.GENERATION}: a test holds the two together. */
    static final MarkupRules CURRENT = ofGeneration(5);

    static MarkupRules ofGeneration(int generation) {
        return new MarkupRules(generation >= 2, generation >= 3, generation >= 4, generation >= 5, generation >= 5, generation >= 5,
                generation >= 5);
    }
}
